import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { checkChannelAction } from './channel-access';
import { bumpCounters } from './channel';
import type { MessageContext } from './edit-message';
import { channelEvent } from './events';
import { isMessageDeleted, type Message } from './message';
import type { MessageChange } from './message-change';
import { messageInChannel } from './message-target';

/** Enough for a term's standing directives; more and the pinned list stops being a shortlist. */
export const PINNED_MAX = 20;

/**
 * Owners and posters pin or unpin any live message of the channel. Pinning a pinned message (or unpinning an
 * unpinned one) is a no-op, so retries are harmless.
 */
export function setMessagePinned(
  ctx: MessageContext & { pinnedCount: number },
  messageId: string,
  pinned: boolean,
  params: { actorId: string; at: string },
): DomainResult<MessageChange> {
  const allowed = checkChannelAction(ctx.channel, ctx.actor, 'pin');
  if (!allowed.ok) return allowed;
  const found = messageInChannel(ctx.channel, messageId, ctx.message);
  if (!found.ok) return found;
  const message = found.value;
  const counters = { lastSeq: ctx.channel.lastSeq, lastRevision: ctx.channel.lastRevision };
  if ((message.pinnedAt !== null) === pinned) return ok({ message, counters, events: [] });
  if (pinned && isMessageDeleted(message)) {
    return fail(ErrorCode.MessageDeleted, 'A deleted message cannot be pinned', { messageId });
  }
  if (pinned && ctx.pinnedCount >= PINNED_MAX) {
    return fail(ErrorCode.PinLimitReached, `At most ${PINNED_MAX} messages can be pinned`, {
      max: PINNED_MAX,
    });
  }
  const next = bumpCounters(ctx.channel, false);
  const updated: Message = {
    ...message,
    pinnedAt: pinned ? params.at : null,
    pinnedBy: pinned ? params.actorId : null,
    revision: next.lastRevision,
  };
  const where = { channelId: ctx.channel.id, actorId: params.actorId, at: params.at };
  const payload = { messageId, seq: message.seq };
  const event = pinned
    ? channelEvent('MessagePinned', where, payload)
    : channelEvent('MessageUnpinned', where, payload);
  return ok({ message: updated, counters: next, events: [event] });
}

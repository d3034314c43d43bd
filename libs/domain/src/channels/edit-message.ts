import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { checkChannelAction } from './channel-access';
import { bumpCounters, type Channel, type ChannelMember } from './channel';
import { channelEvent } from './events';
import { isMessageDeleted, type Message } from './message';
import type { MessageChange } from './message-change';
import { checkMessageText } from './message-text';
import { parseMentions, type MentionCandidate } from './mentions';
import { checkOwnMessage, messageInChannel } from './message-target';

export interface MessageContext {
  channel: Channel;
  /** The actor's member row, if any. */
  actor: ChannelMember | undefined;
  message: Message | null;
}

const unchanged = (channel: Channel, message: Message): MessageChange => ({
  message,
  counters: { lastSeq: channel.lastSeq, lastRevision: channel.lastRevision },
  events: [],
});

/**
 * The author rewrites their message (while they may still post there): the old text goes to the history for
 * the audit log, mentions are parsed again. The same text again is a no-op, so a retried edit is harmless.
 */
export function editMessage(
  ctx: MessageContext & { mentionable: readonly MentionCandidate[] },
  messageId: string,
  rawText: string,
  params: { actorId: string; at: string },
): DomainResult<MessageChange> {
  const allowed = checkChannelAction(ctx.channel, ctx.actor, 'post');
  if (!allowed.ok) return allowed;
  const found = messageInChannel(ctx.channel, messageId, ctx.message);
  if (!found.ok) return found;
  const own = checkOwnMessage(found.value, params.actorId);
  if (!own.ok) return own;
  const message = own.value;
  if (isMessageDeleted(message))
    return fail(ErrorCode.MessageDeleted, 'This message was deleted', { messageId });
  const text = checkMessageText(rawText, { allowEmpty: message.poll !== null });
  if (!text.ok) return text;
  if (text.value === message.text) return ok(unchanged(ctx.channel, message));
  const parsed = parseMentions(text.value, ctx.mentionable);
  const counters = bumpCounters(ctx.channel, false);
  const edited: Message = {
    ...message,
    text: text.value,
    mentions: { userIds: parsed.userIds.filter((id) => id !== params.actorId), all: parsed.all },
    editedAt: params.at,
    revision: counters.lastRevision,
    history: [...message.history, { text: message.text, at: params.at, change: 'edited' }],
  };
  const event = channelEvent(
    'MessageEdited',
    { channelId: ctx.channel.id, actorId: params.actorId, at: params.at },
    { messageId, seq: message.seq, previousText: message.text, text: text.value },
  );
  return ok({ message: edited, counters, events: [event] });
}

/**
 * The author deletes their message: a tombstone keeps its seq (clients see "message deleted", the thread
 * stays), its text moves to the history, its poll and pin go. Deleting a tombstone again is a no-op.
 */
export function deleteMessage(
  ctx: MessageContext,
  messageId: string,
  params: { actorId: string; at: string },
): DomainResult<MessageChange> {
  const allowed = checkChannelAction(ctx.channel, ctx.actor, 'deleteOwn');
  if (!allowed.ok) return allowed;
  const found = messageInChannel(ctx.channel, messageId, ctx.message);
  if (!found.ok) return found;
  const own = checkOwnMessage(found.value, params.actorId);
  if (!own.ok) return own;
  const message = own.value;
  if (isMessageDeleted(message)) return ok(unchanged(ctx.channel, message));
  const counters = bumpCounters(ctx.channel, false);
  const tombstone: Message = {
    ...message,
    text: '',
    mentions: { userIds: [], all: false },
    poll: null,
    deletedAt: params.at,
    pinnedAt: null,
    pinnedBy: null,
    revision: counters.lastRevision,
    history: [...message.history, { text: message.text, at: params.at, change: 'deleted' }],
  };
  const event = channelEvent(
    'MessageDeleted',
    { channelId: ctx.channel.id, actorId: params.actorId, at: params.at },
    { messageId, seq: message.seq, previousText: message.text, pollQuestion: message.poll?.question ?? null },
  );
  return ok({ message: tombstone, counters, events: [event] });
}

import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { checkChannelAction } from './channel-access';
import { bumpCounters } from './channel';
import type { MessageContext } from './edit-message';
import { channelEvent } from './events';
import { isMessageDeleted } from './message';
import type { MessageChange } from './message-change';
import { messageInChannel } from './message-target';
import { castVote, type PollVote } from './poll';

/**
 * Any active member votes (readers of an announcement too: a directive's poll asks them). The message's
 * revision moves so a reconnecting client fetches the new tally.
 */
export function voteOnPoll(
  ctx: MessageContext & { votes: readonly PollVote[] },
  messageId: string,
  optionIds: readonly string[],
  params: { voterId: string; at: string },
): DomainResult<MessageChange & { votes: PollVote[]; vote: PollVote | null }> {
  const allowed = checkChannelAction(ctx.channel, ctx.actor, 'vote');
  if (!allowed.ok) return allowed;
  const found = messageInChannel(ctx.channel, messageId, ctx.message);
  if (!found.ok) return found;
  const message = found.value;
  if (isMessageDeleted(message))
    return fail(ErrorCode.MessageDeleted, 'This message was deleted', { messageId });
  if (!message.poll) return fail(ErrorCode.PollNotFound, 'This message has no poll', { messageId });
  const cast = castVote(message.poll, ctx.votes, {
    messageId,
    userId: params.voterId,
    optionIds: [...optionIds],
    at: params.at,
  });
  if (!cast.ok) return cast;
  const counters = bumpCounters(ctx.channel, false);
  const event = channelEvent(
    'PollVoted',
    { channelId: ctx.channel.id, actorId: params.voterId, at: params.at },
    { messageId, seq: message.seq, optionIds: cast.value.vote?.optionIds ?? [] },
  );
  return ok({
    message: { ...message, revision: counters.lastRevision },
    counters,
    events: [event],
    votes: cast.value.votes,
    vote: cast.value.vote,
  });
}

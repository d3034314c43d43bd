import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { checkChannelAction } from './channel-access';
import { bumpCounters, type Channel, type ChannelMember } from './channel';
import { channelEvent } from './events';
import { isMessageDeleted, type Message } from './message';
import type { MessageChange } from './message-change';
import { checkMessageText } from './message-text';
import { parseMentions, type MentionCandidate } from './mentions';
import { buildPoll, type Poll, type PollDraft } from './poll';

export interface SendMessageInput {
  clientMessageId: string;
  text: string;
  parentId: string | null;
  poll: PollDraft | null;
}

export interface SendContext {
  channel: Channel;
  /** The sender's member row, if any. */
  sender: ChannelMember | undefined;
  /** The message `parentId` names, as loaded; null when the input has no parent or it was not found. */
  parent: Message | null;
  /** Active members, for @mentions. */
  mentionable: readonly MentionCandidate[];
}

/**
 * The thread a reply joins: threads are one level deep, so replying to a reply joins its root's thread.
 * The parent must be a live message of the same channel.
 */
export function threadRootFor(
  channelId: string,
  parentId: string,
  parent: Message | null,
): DomainResult<string> {
  if (!parent || parent.id !== parentId || parent.channelId !== channelId) {
    return fail(ErrorCode.ThreadParentInvalid, 'The message you reply to is not in this channel', {
      parentId,
    });
  }
  if (isMessageDeleted(parent))
    return fail(ErrorCode.MessageDeleted, 'The message you reply to was deleted', { parentId });
  return ok(parent.parentId ?? parent.id);
}

/**
 * A member's new message: checks the role, the thread, the poll and the text, parses mentions (never the
 * sender) and takes the channel's next seq. Idempotency (resolveRetry) runs before this.
 */
export function postMessage(
  ctx: SendContext,
  input: SendMessageInput,
  params: { messageId: string; authorId: string; at: string },
): DomainResult<MessageChange> {
  const allowed = checkChannelAction(ctx.channel, ctx.sender, 'post');
  if (!allowed.ok) return allowed;
  let parentId: string | null = null;
  if (input.parentId !== null) {
    const root = threadRootFor(ctx.channel.id, input.parentId, ctx.parent);
    if (!root.ok) return root;
    parentId = root.value;
  }
  let poll: Poll | null = null;
  if (input.poll) {
    // A poll buried in a thread is missed: polls go to the channel itself.
    if (parentId !== null) return fail(ErrorCode.ValidationFailed, 'Polls cannot be posted in a thread');
    const built = buildPoll(input.poll, params.at);
    if (!built.ok) return built;
    poll = built.value;
  }
  const text = checkMessageText(input.text, { allowEmpty: poll !== null });
  if (!text.ok) return text;
  const parsed = parseMentions(text.value, ctx.mentionable);
  const mentions = { userIds: parsed.userIds.filter((id) => id !== params.authorId), all: parsed.all };
  const counters = bumpCounters(ctx.channel, true);
  const message: Message = {
    id: params.messageId,
    channelId: ctx.channel.id,
    seq: counters.lastSeq,
    revision: counters.lastRevision,
    author: { kind: 'user', userId: params.authorId },
    clientMessageId: input.clientMessageId,
    text: text.value,
    parentId,
    mentions,
    poll,
    system: null,
    createdAt: params.at,
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    pinnedBy: null,
    history: [],
  };
  const event = channelEvent(
    'MessagePosted',
    { channelId: ctx.channel.id, actorId: params.authorId, at: params.at },
    {
      messageId: message.id,
      seq: message.seq,
      parentId,
      mentionedUserIds: mentions.userIds,
      mentionsAll: mentions.all,
      hasPoll: poll !== null,
      systemType: null,
    },
  );
  return ok({ message, counters, events: [event] });
}

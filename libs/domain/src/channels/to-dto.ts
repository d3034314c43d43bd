import type { MessageDto, PollDto, PollUpdateDto } from './dto';
import type { Message } from './message';
import { tallyPoll, type Poll, type PollVote } from './poll';

/** A poll for one viewer (null: a room broadcast, no one's choice): counts for everyone and the viewer's choice. */
export function toPollDto(
  poll: Poll,
  votes: readonly PollVote[],
  viewerId: string | null,
  now: string,
): PollDto {
  const tally = tallyPoll(poll, votes, now);
  return {
    question: poll.question,
    multiple: poll.multiple,
    deadline: poll.deadline,
    closed: tally.closed,
    options: tally.options,
    voterCount: tally.voterCount,
    myOptionIds: viewerId === null ? null : (votes.find((v) => v.userId === viewerId)?.optionIds ?? []),
  };
}

export function toPollUpdateDto(
  message: Message,
  votes: readonly PollVote[],
  now: string,
): PollUpdateDto | null {
  if (!message.poll) return null;
  const tally = tallyPoll(message.poll, votes, now);
  return {
    channelId: message.channelId,
    messageId: message.id,
    revision: message.revision,
    options: tally.options.map(({ id, votes: count }) => ({ id, votes: count })),
    voterCount: tally.voterCount,
    closed: tally.closed,
  };
}

export interface MessageDtoExtras {
  authorName: string;
  replyCount: number;
  lastReplyAt: string | null;
  /** The poll's votes (only this message's). */
  votes: readonly PollVote[];
  /** Null for a room broadcast. */
  viewerId: string | null;
  now: string;
}

/** What clients receive: never the history; a tombstone shows no text, mentions or poll. */
export function toMessageDto(message: Message, extras: MessageDtoExtras): MessageDto {
  const deleted = message.deletedAt !== null;
  return {
    id: message.id,
    channelId: message.channelId,
    seq: message.seq,
    revision: message.revision,
    author:
      message.author.kind === 'system'
        ? { kind: 'system' }
        : { kind: 'user', userId: message.author.userId, fullName: extras.authorName },
    clientMessageId: message.clientMessageId,
    text: deleted ? '' : message.text,
    parentId: message.parentId,
    replyCount: extras.replyCount,
    lastReplyAt: extras.lastReplyAt,
    mentions: deleted ? { userIds: [], all: false } : message.mentions,
    poll:
      deleted || !message.poll ? null : toPollDto(message.poll, extras.votes, extras.viewerId, extras.now),
    system: message.system,
    createdAt: message.createdAt,
    editedAt: message.editedAt,
    deleted,
    pinned:
      message.pinnedAt !== null && message.pinnedBy !== null
        ? { by: message.pinnedBy, at: message.pinnedAt }
        : null,
  };
}

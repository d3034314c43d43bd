import { Injectable } from '@nestjs/common';
import {
  derivedChannelTitleVi,
  messagePreview,
  toMessageDto,
  unreadCount,
  type ChannelDto,
  type Message,
  type MessageDto,
  type PollVote,
} from '@cdt/domain';
import type { ChannelCardRow } from './channel-list.repository';
import { toMessage, toVote, type MessageRow } from './channel.mapper';
import { MessagesRepository } from './messages.repository';

/** Builds what clients receive from rows: channel cards and messages (with reply counts and poll tallies). */
@Injectable()
export class ChannelViews {
  constructor(private readonly messages: MessagesRepository) {}

  /** Messages for one viewer (null: a room broadcast, where nobody's own poll choice is shown). */
  async messageDtos(rows: readonly MessageRow[], viewerId: string | null): Promise<MessageDto[]> {
    const roots = rows.filter((r) => r.parentId === null).map((r) => r.id);
    const polls = rows.filter((r) => r.poll !== null && r.deletedAt === null).map((r) => r.id);
    const [stats, voteRows] = await Promise.all([
      this.messages.replyStats(roots),
      this.messages.votesOf(polls),
    ]);
    const votes = groupVotes(voteRows.map(toVote));
    const now = new Date().toISOString();
    return rows.map((row) => {
      const stat = stats.get(row.id);
      return toMessageDto(toMessage(row), {
        authorName: row.authorName ?? '',
        replyCount: stat?.count ?? 0,
        lastReplyAt: stat ? stat.lastAt.toISOString() : null,
        votes: votes.get(row.id) ?? [],
        viewerId,
        now,
      });
    });
  }

  async messageDto(row: MessageRow, viewerId: string | null): Promise<MessageDto> {
    return (await this.messageDtosFor(row, [viewerId]))[0]!;
  }

  /** One message as several viewers see it (e.g. the room broadcast and the actor's ack), one set of queries. */
  async messageDtosFor(row: MessageRow, viewerIds: readonly (string | null)[]): Promise<MessageDto[]> {
    const live = row.poll !== null && row.deletedAt === null;
    const [stats, voteRows] = await Promise.all([
      row.parentId === null ? this.messages.replyStats([row.id]) : Promise.resolve(new Map()),
      live ? this.messages.votesOf([row.id]) : Promise.resolve([]),
    ]);
    const stat = (stats as Map<string, { count: number; lastAt: Date }>).get(row.id);
    const votes = voteRows.map(toVote);
    const now = new Date().toISOString();
    return viewerIds.map((viewerId) =>
      toMessageDto(toMessage(row), {
        authorName: row.authorName ?? '',
        replyCount: stat?.count ?? 0,
        lastReplyAt: stat ? stat.lastAt.toISOString() : null,
        votes,
        viewerId,
        now,
      }),
    );
  }

  /** A message just stored: no replies and no votes yet, so no query is needed. */
  freshMessageDto(message: Message, authorName: string | null, viewerId: string | null): MessageDto {
    return toMessageDto(message, {
      authorName: authorName ?? '',
      replyCount: 0,
      lastReplyAt: null,
      votes: [],
      viewerId,
      now: message.createdAt,
    });
  }

  channelDto(row: ChannelCardRow): ChannelDto {
    const left = row.leftAtSeq !== null;
    const counterpart =
      row.counterpartId !== null
        ? { id: row.counterpartId, fullName: row.counterpartName ?? '', phone: row.counterpartPhone }
        : null;
    return {
      id: row.id,
      key: row.key,
      kind: row.kind,
      title: channelTitle(row),
      unit:
        row.unitId !== null && row.unitName !== null && row.unitKind !== null
          ? { id: row.unitId, name: row.unitName, kind: row.unitKind }
          : null,
      teamId: row.teamId,
      status: row.status,
      lastSeq: row.lastSeq,
      lastRevision: row.lastRevision,
      myRole: left ? null : row.role,
      readUpToSeq: row.leftAtSeq,
      lastReadSeq: row.lastReadSeq,
      unreadCount: unreadCount(row.lastSeqVisible, row.lastReadSeq, row.ownAfter),
      mentionCount: row.mentionCount,
      memberCount: row.memberCount,
      pinnedCount: row.pinnedCount,
      lastMessage: lastMessage(row),
      counterpart: row.kind === 'direct' ? counterpart : null,
    };
  }
}

/** The group's own title, the team's name, the announcement title, or the other person's name. */
function channelTitle(row: ChannelCardRow): string {
  switch (row.kind) {
    case 'working_group':
      return row.title ?? '';
    case 'direct':
      return row.counterpartName ?? '';
    case 'announcement':
      return derivedChannelTitleVi('announcement', row.unitName ?? '');
    default:
      return row.teamName ?? derivedChannelTitleVi(row.kind, row.unitName ?? '');
  }
}

function lastMessage(row: ChannelCardRow): ChannelDto['lastMessage'] {
  if (row.lastMessageSeq === null || row.lastMessageAt === null) return null;
  const preview = messagePreview({
    seq: row.lastMessageSeq,
    text: row.lastMessageText ?? '',
    poll: row.lastMessagePoll,
    system: row.lastMessageSystem,
    deletedAt: row.lastMessageDeletedAt?.toISOString() ?? null,
    author:
      row.lastMessageAuthorId === null
        ? { kind: 'system' }
        : { kind: 'user', userId: row.lastMessageAuthorId },
    createdAt: row.lastMessageAt.toISOString(),
  });
  return {
    seq: preview.seq,
    kind: preview.kind,
    text: preview.text,
    authorName: row.lastMessageAuthorName,
    createdAt: preview.createdAt,
  };
}

function groupVotes(votes: readonly PollVote[]): Map<string, PollVote[]> {
  const byMessage = new Map<string, PollVote[]>();
  for (const vote of votes) byMessage.set(vote.messageId, [...(byMessage.get(vote.messageId) ?? []), vote]);
  return byMessage;
}

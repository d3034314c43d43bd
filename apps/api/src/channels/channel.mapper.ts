import type {
  Channel,
  ChannelKind,
  ChannelMember,
  ChannelMemberRole,
  ChannelStatus,
  Message,
  MessageVersion,
  Poll,
  PollVote,
  SystemPayload,
} from '@cdt/domain';

/** A channel row as the repositories read it. */
export interface ChannelRow {
  id: string;
  key: string;
  kind: ChannelKind;
  unitId: string | null;
  teamId: string | null;
  title: string | null;
  status: ChannelStatus;
  lastSeq: number;
  lastRevision: number;
  createdAt: Date;
  createdBy: string | null;
}

/** One membership span of a person in a channel. */
export interface MemberRow {
  id: string;
  channelId: string;
  userId: string;
  role: ChannelMemberRole;
  joinedAtSeq: number;
  leftAtSeq: number | null;
  lastReadSeq: number;
}

export interface MessageRow {
  id: string;
  channelId: string;
  seq: number;
  revision: number;
  authorId: string | null;
  /** The author's name now (people rename); null for the hub. */
  authorName: string | null;
  clientMessageId: string | null;
  parentId: string | null;
  text: string;
  mentionUserIds: string[];
  mentionsAll: boolean;
  poll: Poll | null;
  systemPayload: SystemPayload | null;
  history: MessageVersion[];
  pinnedAt: Date | null;
  pinnedBy: string | null;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
}

export interface VoteRow {
  messageId: string;
  userId: string;
  optionIds: string[];
  votedAt: Date;
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export function toChannel(row: ChannelRow): Channel {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    unitId: row.unitId,
    teamId: row.teamId,
    title: row.title,
    status: row.status,
    lastSeq: row.lastSeq,
    lastRevision: row.lastRevision,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

export function toMember(row: MemberRow): ChannelMember {
  return {
    channelId: row.channelId,
    userId: row.userId,
    role: row.role,
    joinedAtSeq: row.joinedAtSeq,
    leftAtSeq: row.leftAtSeq,
    lastReadSeq: row.lastReadSeq,
  };
}

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    channelId: row.channelId,
    seq: row.seq,
    revision: row.revision,
    author: row.authorId === null ? { kind: 'system' } : { kind: 'user', userId: row.authorId },
    clientMessageId: row.clientMessageId,
    text: row.text,
    parentId: row.parentId,
    mentions: { userIds: row.mentionUserIds, all: row.mentionsAll },
    poll: row.poll,
    system: row.systemPayload,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    deletedAt: iso(row.deletedAt),
    pinnedAt: iso(row.pinnedAt),
    pinnedBy: row.pinnedBy,
    history: row.history,
  };
}

export function toVote(row: VoteRow): PollVote {
  return {
    messageId: row.messageId,
    userId: row.userId,
    optionIds: row.optionIds,
    at: row.votedAt.toISOString(),
  };
}

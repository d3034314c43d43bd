import type { UnitKind } from '../hierarchy/unit-kind';
import type { PersonDto } from '../teams/dto';
import type { ChannelKind, ChannelMemberRole, ChannelStatus } from './channel-kind';
import type { Mentions } from './message';
import type { PreviewKind } from './preview';
import type { SystemPayload } from './system-payload';

export interface MessagePreviewDto {
  seq: number;
  kind: PreviewKind;
  text: string;
  /** Null for the hub's own messages. */
  authorName: string | null;
  createdAt: string;
}

/** A channel in the caller's list. */
export interface ChannelDto {
  id: string;
  key: string;
  kind: ChannelKind;
  /** Display title: the group's name, the unit's team or announcement title, or the other person's name. */
  title: string;
  unit: { id: string; name: string; kind: UnitKind } | null;
  teamId: string | null;
  status: ChannelStatus;
  lastSeq: number;
  lastRevision: number;
  /** Null once the caller has left: the channel is then read-only history up to `readUpToSeq`. */
  myRole: ChannelMemberRole | null;
  readUpToSeq: number | null;
  lastReadSeq: number;
  unreadCount: number;
  /** Unread messages that mention the caller (or @all). */
  mentionCount: number;
  memberCount: number;
  pinnedCount: number;
  lastMessage: MessagePreviewDto | null;
  /** The other person of a direct channel. */
  counterpart: PersonDto | null;
}

/** Someone the caller may message directly or add to a working group. */
export interface ChannelContactDto {
  person: PersonDto;
  username: string;
}

export interface ChannelMemberDto {
  person: PersonDto;
  username: string;
  role: ChannelMemberRole;
  lastReadSeq: number;
}

export interface PollOptionDto {
  id: string;
  text: string;
  votes: number;
}

/** A poll as a member sees it: counts for everyone, and their own choice. */
export interface PollDto {
  question: string;
  multiple: boolean;
  deadline: string;
  closed: boolean;
  options: PollOptionDto[];
  voterCount: number;
  /** The viewer's choice; null in room broadcasts (keep the one you have, from your own vote's ack). */
  myOptionIds: string[] | null;
}

/** The broadcast after a vote: counts only (each client keeps its own choice from its ack). */
export interface PollUpdateDto {
  channelId: string;
  messageId: string;
  revision: number;
  options: { id: string; votes: number }[];
  voterCount: number;
  closed: boolean;
}

export type MessageAuthorDto = { kind: 'user'; userId: string; fullName: string } | { kind: 'system' };

export interface MessageDto {
  id: string;
  channelId: string;
  seq: number;
  revision: number;
  author: MessageAuthorDto;
  clientMessageId: string | null;
  /** Empty on a tombstone. */
  text: string;
  parentId: string | null;
  /** On a thread root: its replies (live ones) and the latest reply's time. */
  replyCount: number;
  lastReplyAt: string | null;
  mentions: Mentions;
  poll: PollDto | null;
  system: SystemPayload | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  pinned: { by: string; at: string } | null;
}

export interface ReadStateDto {
  channelId: string;
  userId: string;
  lastReadSeq: number;
}

export interface SeenByDto {
  messageId: string;
  seq: number;
  audience: number;
  seenBy: PersonDto[];
}

/** "Seen by" summed per unit, for announcements. */
export interface SeenSummaryDto {
  messageId: string;
  seq: number;
  audience: number;
  seen: number;
  units: { unit: { id: string; name: string; kind: UnitKind }; members: number; seen: number }[];
  unitsTotal: number;
  unitsSeen: number;
}

export interface HistoryPageDto {
  items: MessageDto[];
  olderCursor: string | null;
  newerCursor: string | null;
}

export interface SyncResultDto {
  channelId: string;
  /** Changed older messages first, then the gap by seq. */
  messages: MessageDto[];
  lastSeq: number;
  /** The client's next afterRevision, once hasMore is false. */
  lastRevision: number;
  hasMore: boolean;
}

export interface SearchResultDto {
  items: MessageDto[];
  /** Pass as `before` for older matches. */
  olderCursor: string | null;
}

export const CHANNEL_CHANGE_REASONS = [
  'created',
  'members',
  'role',
  'archived',
  'reactivated',
  'left',
] as const;
export type ChannelChangeReason = (typeof CHANNEL_CHANGE_REASONS)[number];

/** Sent to each affected user's room: clients refetch their channel list (and the channel's members). */
export interface ChannelChangedDto {
  channelId: string;
  reason: ChannelChangeReason;
}

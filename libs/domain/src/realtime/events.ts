import type {
  ChannelChangedDto,
  MessageDto,
  PollDto,
  PollUpdateDto,
  ReadStateDto,
  SyncResultDto,
} from '../channels/dto';
import type {
  ChannelJoinRequest,
  DeleteMessageRequest,
  EditMessagePayload,
  MarkReadRequest,
  PinMessagePayload,
  SendMessagePayload,
  SyncRequestPayload,
  VotePollRequest,
} from '../channels/schemas';
import type { ErrorBody } from '../errors/error-codes';
import type { RollupChangedPayload } from '../rollups/dto';
import type { TeamEventType } from '../teams/events';
import type { AssignmentActPayload } from '../tasks/assignment-schemas';
import type { AssignmentActResult } from '../tasks/dto';
import type {
  AssignmentChangedPayload,
  TaskChangedPayload,
  TaskPublishedPayload,
} from '../tasks/live-updates';
import type { NotificationPayload } from '../tasks/notifications';

/** Every socket ack is either `{ ok: true, data }` or `{ ok: false, error }`. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Rooms the server joins a socket to; names are built here so client and server never disagree. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  unit: (unitId: string) => `unit:${unitId}`,
  /** A team's active members, so a member without a grant still hears about their own team. */
  team: (teamId: string) => `team:${teamId}`,
  /** A channel's active members (joined on 'channel:join' after the membership check). */
  channel: (channelId: string) => `channel:${channelId}`,
} as const;

/** A change in the team registry: clients refetch the team, its roster and the approvals inbox. */
export interface TeamsChangedPayload {
  teamId: string;
  /** The team's unit and all its ancestors, root first. */
  unitIds: string[];
  /** The first domain event of the change (e.g. MembershipApproved). */
  type: TeamEventType;
  /** The join/leave request the change concerns, if any. */
  requestId?: string;
}

/** Events the server emits to clients. */
export interface ServerToClientEvents {
  /** Sent once after the handshake: who the server thinks this socket is. */
  'session:ready': (payload: { userId: string; unitIds: string[] }) => void;
  /** The user's access changed (grant added or revoked): clients refetch what they show. */
  'access:changed': (payload: { userId: string }) => void;
  /** A unit (or its children) changed: clients invalidate cached unit queries. */
  'units:changed': (payload: { unitIds: string[] }) => void;
  /** A team, its roster or one of its join/leave requests changed. */
  'teams:changed': (payload: TeamsChangedPayload) => void;
  // tasks
  /** A task reached the receiving room's teams (each room gets its own teams, not the whole fan-out). */
  'task:published': (payload: TaskPublishedPayload) => void;
  /** One assignment moved: matrices and inboxes patch their row (patchWithAssignmentChange). */
  'assignment:changed': (payload: AssignmentChangedPayload) => void;
  /** A task's fields or status changed (edited, cancelled, closed): clients refetch it. */
  'task:changed': (payload: TaskChangedPayload) => void;
  /** An in-app notification for this user (reminders, nudges, escalations, new tasks). */
  notification: (payload: NotificationPayload) => void;
  // dashboards
  /** These units' rollup figures were recomputed: open dashboards refetch them (throttled on the client). */
  'rollup:changed': (payload: RollupChangedPayload) => void;
  // channels
  /** A stored message, to the channel's room (poll choices as null: keep your own). */
  'message:new': (payload: MessageDto) => void;
  /** An edit, deletion (tombstone) or pin change; apply it if its revision is newer than the one you hold. */
  'message:updated': (payload: MessageDto) => void;
  /** A read marker moved: to the reader's own sockets (other devices) and to the room for "seen by". */
  'channel:read': (payload: ReadStateDto) => void;
  /** The user's membership in a channel changed (added, removed, role, archived): refetch the channel list. */
  'channel:changed': (payload: ChannelChangedDto) => void;
  /** New poll counts after a vote. */
  'poll:updated': (payload: PollUpdateDto) => void;
}

/** Events clients emit to the server; each takes an ack. */
export interface ClientToServerEvents {
  ping: (payload: Record<string, never>, ack: (res: Ack<{ at: string }>) => void) => void;
  // tasks
  /**
   * Act on an assignment (acknowledge, progress, complete, decline, reopen). The server dedupes by
   * `clientActionId`, so an offline-queued action sent again after a lost ack is applied once.
   */
  'assignment:act': (payload: AssignmentActPayload, ack: (res: Ack<AssignmentActResult>) => void) => void;
  // channels
  /** Join a channel's room (active members only); the ack gives the counters to sync from. */
  'channel:join': (
    payload: ChannelJoinRequest,
    ack: (
      res: Ack<{ channelId: string; lastSeq: number; lastRevision: number; lastReadSeq: number }>,
    ) => void,
  ) => void;
  'channel:leave': (payload: ChannelJoinRequest, ack: (res: Ack<{ channelId: string }>) => void) => void;
  /** Stored before the ack; a retry with the same clientMessageId acks the stored message again. */
  'message:send': (payload: SendMessagePayload, ack: (res: Ack<MessageDto>) => void) => void;
  'message:edit': (payload: EditMessagePayload, ack: (res: Ack<MessageDto>) => void) => void;
  'message:delete': (payload: DeleteMessageRequest, ack: (res: Ack<MessageDto>) => void) => void;
  /** Pins (pinned: true) or unpins a message. */
  'message:pin': (payload: PinMessagePayload, ack: (res: Ack<MessageDto>) => void) => void;
  /** The ack carries the poll with the voter's own choice. */
  'poll:vote': (payload: VotePollRequest, ack: (res: Ack<PollDto>) => void) => void;
  'channel:read': (payload: MarkReadRequest, ack: (res: Ack<ReadStateDto>) => void) => void;
  /** Everything after afterSeq (and changes after afterRevision); repeat while hasMore. */
  'channel:sync': (payload: SyncRequestPayload, ack: (res: Ack<SyncResultDto>) => void) => void;
}

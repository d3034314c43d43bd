import type { Membership } from './membership';
import type { MembershipRole } from './membership-roles';
import type { TeamSlot } from './slots';
import type { Team } from './team';

/** Join (§3.1.4 "Đăng ký tham gia") or leave (§3.1.4 "Xin ra khỏi"). */
export const REQUEST_KINDS = ['join', 'leave'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Who opened it: the person themself, or the team's leader/deputy on their behalf. */
export const REQUEST_ORIGINS = ['self', 'team_leadership'] as const;
export type RequestOrigin = (typeof REQUEST_ORIGINS)[number];

/** States name whose turn it is, so inboxes are plain filters (leader: awaiting_leader; chair: awaiting_chair). */
export const REQUEST_STATES = [
  'awaiting_leader',
  'awaiting_chair',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const PENDING_REQUEST_STATES: readonly RequestState[] = ['awaiting_leader', 'awaiting_chair'];

export function isPendingRequest(state: RequestState): boolean {
  return PENDING_REQUEST_STATES.includes(state);
}

/** Whose decision a request waits for, or null once it is closed. */
export function awaitingWhom(state: RequestState): 'team_leader' | 'commune_chair' | null {
  if (state === 'awaiting_leader') return 'team_leader';
  return state === 'awaiting_chair' ? 'commune_chair' : null;
}

/** Steps after opening: join is nominated, leave is forwarded, then the commune chair approves or rejects. */
export const REQUEST_ACTIONS = ['nominate', 'forward', 'approve', 'reject', 'withdraw'] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const REQUEST_HISTORY_ACTIONS = ['apply', 'propose', 'ask_to_leave', ...REQUEST_ACTIONS] as const;
export type RequestHistoryAction = (typeof REQUEST_HISTORY_ACTIONS)[number];

export interface RequestHistoryEntry {
  action: RequestHistoryAction;
  actorId: string;
  /** ISO timestamp. */
  at: string;
  note: string | null;
  /** State after the step. */
  state: RequestState;
}

/** A join or leave request; the API persists exactly these fields. */
export interface MembershipRequest {
  id: string;
  kind: RequestKind;
  origin: RequestOrigin;
  teamId: string;
  /** The person joining or leaving (person = user account). */
  subjectId: string;
  /** Join: the role asked for. Leave: the role held. */
  role: MembershipRole;
  slot: TeamSlot | null;
  /** Leave: the membership to end. Join: null until approved. */
  membershipId: string | null;
  state: RequestState;
  openedById: string;
  openedAt: string;
  history: RequestHistoryEntry[];
}

/**
 * What the acting user is relative to THIS request's team, computed by the caller from memberships and
 * grants (never by counting levels). The domain compares `userId` with the request's subject and opener.
 */
export interface RequestActor {
  userId: string;
  /** Active leader of this team. */
  isTeamLeader: boolean;
  /** Active deputy of this team. */
  isTeamDeputy: boolean;
  /** Chair of the commune the team belongs to: its own unit for a commune team, the village's commune otherwise. */
  isCommuneChair: boolean;
}

/** The team and its memberships as they are now: rules are re-checked against them at every step. */
export interface RequestContext {
  team: Pick<Team, 'id' | 'unitId' | 'kind' | 'status'>;
  members: readonly Membership[];
}

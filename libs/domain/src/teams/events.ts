import type { CalendarDate } from './calendar';
import type { MembershipRole } from './membership-roles';
import type { RequestKind, RequestOrigin, RequestState } from './membership-request';
import type { TeamSlot } from './slots';
import type { EstablishmentDecision } from './team';
import type { TeamKind } from './team-kind';

/** Payload of each team-registry event, by event type. */
export interface TeamEventPayloads {
  TeamProposed: { kind: TeamKind; name: string };
  TeamEstablished: { decision: EstablishmentDecision };
  TeamActivated: { activatedOn: CalendarDate };
  TeamDissolved: { dissolvedOn: CalendarDate; reason: string };
  MembershipRequested: {
    requestId: string;
    requestKind: RequestKind;
    origin: RequestOrigin;
    subjectId: string;
    role: MembershipRole;
    slot: TeamSlot | null;
    state: RequestState;
  };
  MembershipNominated: { requestId: string; subjectId: string };
  MembershipForwarded: { requestId: string; subjectId: string };
  MembershipApproved: { requestId: string; requestKind: RequestKind; subjectId: string };
  MembershipRejected: {
    requestId: string;
    requestKind: RequestKind;
    subjectId: string;
    /** Who refused: the leader declining to nominate/forward, or the commune chair. */
    stage: 'team_leader' | 'commune_chair';
    note: string | null;
  };
  MembershipRequestWithdrawn: { requestId: string; requestKind: RequestKind; subjectId: string };
  MembershipStarted: {
    membershipId: string;
    personId: string;
    role: MembershipRole;
    slot: TeamSlot | null;
    /** The approved join request, or null for a direct addition. */
    requestId: string | null;
  };
  MembershipEnded: {
    membershipId: string;
    personId: string;
    role: MembershipRole;
    reason: string | null;
    /** The approved leave request, or null for a direct removal. */
    requestId: string | null;
  };
}

export type TeamEventType = keyof TeamEventPayloads;

/** Fields every team-registry event carries, so listeners can route it to the unit chain's rooms. */
export interface TeamEventEnvelope<T extends TeamEventType> {
  type: T;
  teamId: string;
  /** The team's unit (commune or village). */
  unitId: string;
  actorId: string;
  /** ISO timestamp. */
  at: string;
  payload: TeamEventPayloads[T];
}

/** Every change in the team registry, discriminated by `type`. */
export type TeamDomainEvent = { [T in TeamEventType]: TeamEventEnvelope<T> }[TeamEventType];

export type TeamEventOf<T extends TeamEventType> = Extract<TeamDomainEvent, { type: T }>;

export const TEAM_EVENT_TYPES = [
  'TeamProposed',
  'TeamEstablished',
  'TeamActivated',
  'TeamDissolved',
  'MembershipRequested',
  'MembershipNominated',
  'MembershipForwarded',
  'MembershipApproved',
  'MembershipRejected',
  'MembershipRequestWithdrawn',
  'MembershipStarted',
  'MembershipEnded',
] as const satisfies readonly TeamEventType[];

/** Builds a typed event; keeps construction sites short. */
export function teamEvent<T extends TeamEventType>(
  type: T,
  where: { teamId: string; unitId: string; actorId: string; at: string },
  payload: TeamEventPayloads[T],
): TeamEventOf<T> {
  return { type, ...where, payload } as TeamEventOf<T>;
}

// Compile-time guard: adding an event type without listing it above fails the build.
const _everyEventTypeListed: [Exclude<TeamEventType, (typeof TEAM_EVENT_TYPES)[number]>] extends [never]
  ? true
  : false = true;

import type { UnitDto } from '../hierarchy/unit';
import type { RolloutPeriod } from '../rollout/phases';
import type { CalendarDate } from './calendar';
import type { CompositionFinding } from './composition';
import type { MembershipStatus } from './membership';
import type {
  RequestAction,
  RequestHistoryEntry,
  RequestKind,
  RequestOrigin,
  RequestState,
} from './membership-request';
import type { MembershipRole } from './membership-roles';
import type { TeamPermissions } from './permissions';
import type { SizeStatus } from './size-rules';
import type { TeamSlot } from './slots';
import type { EstablishmentDecision, TeamHistoryEntry } from './team';
import type { TeamKind, TeamStatus } from './team-kind';

/** A person as team screens show them. */
export interface PersonDto {
  id: string;
  fullName: string;
  phone: string | null;
}

export interface TeamDto {
  id: string;
  kind: TeamKind;
  name: string;
  status: TeamStatus;
  unit: UnitDto;
  decision: EstablishmentDecision | null;
  activatedOn: CalendarDate | null;
  dissolvedOn: CalendarDate | null;
  dissolutionReason: string | null;
  coreCount: number;
  collaboratorCount: number;
  sizeStatus: SizeStatus;
  /** The roll-out phase the team was formed in (by its decision date), null while only proposed. */
  rolloutPeriod: RolloutPeriod | null;
  /** Errors and warnings of the composition check. */
  findings: CompositionFinding[];
  /** What the caller may do through their own membership (all false when they have none). */
  myPermissions: TeamPermissions;
  pendingRequestCount: number;
}

/** A team's page: the team, its roster by role, and its history. */
export interface TeamDetailDto extends TeamDto {
  members: MembershipDto[];
  history: TeamHistoryEntryDto[];
}

/** A team step with the acting user's full name, so pages never show an id. */
export interface TeamHistoryEntryDto extends TeamHistoryEntry {
  actorName: string;
}

export interface MembershipDto {
  id: string;
  teamId: string;
  person: PersonDto;
  role: MembershipRole;
  slot: TeamSlot | null;
  status: MembershipStatus;
  startedOn: CalendarDate;
  endedOn: CalendarDate | null;
  endReason: string | null;
}

/** A history step with the actor's name resolved for display. */
export interface RequestHistoryEntryDto extends RequestHistoryEntry {
  actorName: string;
}

export interface MembershipRequestDto {
  id: string;
  kind: RequestKind;
  origin: RequestOrigin;
  state: RequestState;
  team: { id: string; name: string; kind: TeamKind; unitId: string; unitName: string };
  subject: PersonDto;
  role: MembershipRole;
  slot: TeamSlot | null;
  membershipId: string | null;
  openedBy: PersonDto;
  openedAt: string;
  history: RequestHistoryEntryDto[];
  /** Steps the caller may take now (availableRequestActions). */
  availableActions: RequestAction[];
}

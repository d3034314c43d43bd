import type { CalendarDate } from './calendar';
import { isCoreRole, type MembershipRole } from './membership-roles';
import type { TeamSlot } from './slots';

export const MEMBERSHIP_STATUSES = ['active', 'ended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** What the composition and size rules need to know about one membership. */
export interface RosterEntry {
  personId: string;
  role: MembershipRole;
  slot: TeamSlot | null;
  /** Absent means active (compliance inputs often list active memberships only). */
  status?: MembershipStatus;
}

/** A person's membership in a team; the API persists exactly these fields. */
export interface Membership extends RosterEntry {
  id: string;
  teamId: string;
  status: MembershipStatus;
  startedOn: CalendarDate;
  endedOn: CalendarDate | null;
  endReason: string | null;
}

export function isActiveEntry(entry: RosterEntry): boolean {
  return entry.status === undefined || entry.status === 'active';
}

export function activeEntries<T extends RosterEntry>(entries: readonly T[]): T[] {
  return entries.filter(isActiveEntry);
}

/** Active leaders, deputies and members: the people counted in the team's size. */
export function coreEntries<T extends RosterEntry>(entries: readonly T[]): T[] {
  return activeEntries(entries).filter((entry) => isCoreRole(entry.role));
}

export function collaboratorEntries<T extends RosterEntry>(entries: readonly T[]): T[] {
  return activeEntries(entries).filter((entry) => entry.role === 'collaborator');
}

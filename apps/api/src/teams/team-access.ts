import { canSeeUnit, covers, type GrantRole, type MembershipRole, type RequestActor } from '@cdt/domain';
import type { ActorGrant } from '../common/current-user';

/** Where a team sits, as access rules need it: its unit and the commune it belongs to. */
export interface TeamPlace {
  unitPath: string;
  /** The team's commune: its own unit for a commune team, the village's parent for a village team. */
  communePath: string | null;
}

/** Roles that govern every team their grant covers; a commune chair governs the teams of their own commune. */
const STEERING_ROLES: readonly GrantRole[] = ['admin', 'province_steering', 'district_steering'];

/** Holds a commune_chair grant covering the team's commune (the approver of §3.1.4). */
export function isCommuneChairOf(grants: readonly ActorGrant[], place: TeamPlace): boolean {
  const commune = place.communePath;
  return commune !== null && grants.some((g) => g.role === 'commune_chair' && covers(g.unitPath, commune));
}

/** May establish, launch and dissolve the team and add or remove members directly. */
export function canGovernTeam(grants: readonly ActorGrant[], place: TeamPlace): boolean {
  if (isCommuneChairOf(grants, place)) return true;
  return grants.some((g) => STEERING_ROLES.includes(g.role) && covers(g.unitPath, place.unitPath));
}

/** Reads the team: through a grant covering its unit, or as one of its active members (no grant on the unit). */
export function canReadTeam(
  grants: readonly ActorGrant[],
  place: TeamPlace,
  myRole: MembershipRole | null,
): boolean {
  return myRole !== null || canSeeUnit(grants, place.unitPath);
}

/** What the caller is relative to this team's join/leave chain; the domain decides from it. */
export function requestActorFor(
  actor: { userId: string; grants: readonly ActorGrant[] },
  place: TeamPlace,
  myRole: MembershipRole | null,
): RequestActor {
  return {
    userId: actor.userId,
    isTeamLeader: myRole === 'leader',
    isTeamDeputy: myRole === 'deputy',
    isCommuneChair: isCommuneChairOf(actor.grants, place),
  };
}

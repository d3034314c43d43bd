import { canSeeUnit, covers, type ScopedGrant } from '../access/jurisdiction';
import type { GrantRole } from '../access/roles';
import type { UnitKind } from '../hierarchy/unit-kind';
import type { MembershipRole } from '../teams/membership-roles';
import type { AssignmentActor } from './assignment-commands';
import type { TaskStatus } from './task';

/** Grants that steer (province, district) or lead a commune: their holders issue tasks from their unit down. */
export const TASK_ISSUING_ROLES = [
  'admin',
  'province_steering',
  'district_steering',
  'commune_chair',
] as const satisfies readonly GrantRole[];

/** Villages have no steering body: tasks come from a province, a district or a commune. */
export const ISSUER_UNIT_KINDS: readonly UnitKind[] = ['province', 'district', 'commune'];

function isIssuingRole(role: GrantRole): boolean {
  return (TASK_ISSUING_ROLES as readonly GrantRole[]).includes(role);
}

/** The user holds an issuing grant covering the task's issuing unit (its own unit or one above). */
export function isTaskIssuer(grants: readonly ScopedGrant[], issuerUnitPath: string): boolean {
  return grants.some((grant) => isIssuingRole(grant.role) && covers(grant.unitPath, issuerUnitPath));
}

/** The user may issue tasks in the name of this unit. */
export function canIssueFrom(
  grants: readonly ScopedGrant[],
  unit: { path: string; kind: UnitKind },
): boolean {
  return ISSUER_UNIT_KINDS.includes(unit.kind) && isTaskIssuer(grants, unit.path);
}

/** Who is looking: their grants (with unit paths) and the teams they are an active member of. */
export interface TaskViewer {
  grants: readonly ScopedGrant[];
  teamIds: readonly string[];
}

export interface VisibleAssignment {
  teamId: string;
  /** Materialized path of the team's unit ("/p/d/c/v/"). */
  teamUnitPath: string;
}

/**
 * Members of the team see its assignment; so does anyone with a grant on the team's unit or a unit above it
 * (the issuing unit is one of those, since a task targets only its own subtree). Nobody else does.
 */
export function canSeeAssignment(viewer: TaskViewer, assignment: VisibleAssignment): boolean {
  return viewer.teamIds.includes(assignment.teamId) || canSeeUnit(viewer.grants, assignment.teamUnitPath);
}

/** A task is seen by grants covering its issuing unit, and, once published, by whoever sees one assignment. */
export function canSeeTask(
  viewer: TaskViewer,
  task: { status: TaskStatus; issuerUnitPath: string; assignments: readonly VisibleAssignment[] },
): boolean {
  if (canSeeUnit(viewer.grants, task.issuerUnitPath)) return true;
  return task.status !== 'draft' && task.assignments.some((a) => canSeeAssignment(viewer, a));
}

/** The actor for an assignment from the user's role in its team and their grants. */
export function assignmentActorFor(
  userId: string,
  teamRole: MembershipRole | null,
  grants: readonly ScopedGrant[],
  issuerUnitPath: string,
): AssignmentActor {
  return {
    userId,
    isTeamLeaderOrDeputy: teamRole === 'leader' || teamRole === 'deputy',
    isIssuer: isTaskIssuer(grants, issuerUnitPath),
  };
}

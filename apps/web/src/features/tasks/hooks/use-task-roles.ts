import { ISSUER_UNIT_KINDS, TASK_ISSUING_ROLES, type GrantRole, type UnitDto } from '@cdt/domain';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useTeams } from '../../teams/hooks/use-teams';

const isIssuingRole = (role: GrantRole) => (TASK_ISSUING_ROLES as readonly GrantRole[]).includes(role);

/** Units the caller may issue tasks from: their issuing grants' own units (the server checks again). */
export function useIssuerUnits(): UnitDto[] {
  const { grants } = useCurrentUser();
  const units = grants
    .filter((grant) => isIssuingRole(grant.role) && ISSUER_UNIT_KINDS.includes(grant.unit.kind))
    .map((grant) => grant.unit);
  return units.filter((unit, index) => units.findIndex((other) => other.id === unit.id) === index);
}

/** Steering users and commune chairs: the task list and the task form. */
export function useCanIssueTasks(): boolean {
  return useIssuerUnits().length > 0;
}

/** Few people belong to more teams than this; the inbox only needs to know there is one. */
const MY_TEAMS_LIMIT = 20;

/** Active member of a team (leader, deputy or member): the team inbox. Asks for the caller's own teams only. */
export function useIsTeamMember(): boolean {
  const teams = useTeams({ mine: true, limit: MY_TEAMS_LIMIT });
  return teams.data?.some((team) => team.myPermissions.readTeamWork) ?? false;
}

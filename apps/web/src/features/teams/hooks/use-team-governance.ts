import type { GrantDto, GrantRole, TeamDto, UnitDetailDto } from '@cdt/domain';
import { useQuery } from '@tanstack/react-query';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { fetchUnit, unitKeys } from '../../hierarchy/api/units-api';
import { communeIdOf } from '../lib/team-place';

/** Roles that govern every team under their unit; a commune chair governs the teams of their commune. */
const STEERING_ROLES: readonly GrantRole[] = ['admin', 'province_steering', 'district_steering'];

function isChairOf(grants: readonly GrantDto[], communeId: string | null): boolean {
  return grants.some((grant) => grant.role === 'commune_chair' && grant.unit.id === communeId);
}

/** A steering grant on the unit itself or one of its ancestors (`chain`). */
function steersAny(grants: readonly GrantDto[], chain: readonly string[]): boolean {
  return grants.some((grant) => STEERING_ROLES.includes(grant.role) && chain.includes(grant.unit.id));
}

/**
 * Whether the caller may establish, launch, dissolve and change the roster directly (the server decides again).
 * Steering grants need the team unit's ancestors, fetched only for callers who hold one.
 */
export function useCanGovernTeam(team: Pick<TeamDto, 'kind' | 'unit'>): boolean {
  const { grants } = useCurrentUser();
  const isChair = isChairOf(grants, communeIdOf(team));
  const steering = grants.some((grant) => STEERING_ROLES.includes(grant.role));
  const unit = useQuery({
    queryKey: unitKeys.detail(team.unit.id),
    queryFn: ({ signal }) => fetchUnit(team.unit.id, signal),
    enabled: !isChair && steering,
  });
  if (isChair) return true;
  return steersAny(grants, [team.unit.id, ...(unit.data?.ancestors.map((ancestor) => ancestor.id) ?? [])]);
}

/** Whether the caller may propose a team at this unit (a commune or a village): its commune's chair or steering above. */
export function useCanGovernUnit(unit: UnitDetailDto): boolean {
  const { grants } = useCurrentUser();
  const communeId = unit.kind === 'commune' ? unit.id : unit.kind === 'village' ? unit.parentId : null;
  if (communeId === null) return false;
  return isChairOf(grants, communeId) || steersAny(grants, [unit.id, ...unit.ancestors.map((a) => a.id)]);
}

/** Holds any grant (steering, chair or viewer): may open units, the compliance and the roll-out views. */
export function useHasAnyGrant(): boolean {
  return useCurrentUser().grants.length > 0;
}

/** Holds a managing grant (chair or steering): may import and export rosters. */
export function useCanManageRosters(): boolean {
  return useCurrentUser().grants.some((grant) => grant.role !== 'viewer');
}

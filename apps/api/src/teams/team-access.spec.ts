import type { ActorGrant } from '../common/current-user';
import { canGovernTeam, canReadTeam, isCommuneChairOf, requestActorFor, type TeamPlace } from './team-access';
import { parentPath } from './teams.service';

/** Paths as the units table stores them: "/province/district/commune/village/", or without the district. */
const grant = (role: ActorGrant['role'], unitPath: string): ActorGrant => ({
  id: 'g',
  role,
  unitId: 'u',
  unitPath,
});
const villageTeam = (commune: string): TeamPlace => ({ unitPath: `${commune}v1/`, communePath: commune });
const FOUR_LEVELS = '/p/d/c/';
const TWO_TIER = '/p/c/';

describe('team access, stated relative to units (never by counting levels)', () => {
  it("finds a village team's commune as the village's parent, whatever lies above it", () => {
    expect(parentPath('/p/d/c/v/')).toBe(FOUR_LEVELS);
    expect(parentPath('/p/c/v/')).toBe(TWO_TIER);
  });

  it.each([FOUR_LEVELS, TWO_TIER])('lets the chair of the commune %s govern its village teams', (commune) => {
    const chair = [grant('commune_chair', commune)];
    expect(isCommuneChairOf(chair, villageTeam(commune))).toBe(true);
    expect(canGovernTeam(chair, villageTeam(commune))).toBe(true);
    expect(canGovernTeam(chair, { unitPath: commune, communePath: commune })).toBe(true);
  });

  it("refuses another commune's chair, a viewer and a member", () => {
    const team = villageTeam(FOUR_LEVELS);
    expect(canGovernTeam([grant('commune_chair', '/p/d/other/')], team)).toBe(false);
    expect(canGovernTeam([grant('viewer', '/p/')], team)).toBe(false);
    expect(canReadTeam([grant('viewer', '/p/')], team, null)).toBe(true);
    expect(canGovernTeam([], team)).toBe(false);
    expect(canReadTeam([], team, 'member')).toBe(true);
    expect(canReadTeam([grant('commune_chair', '/p/d/other/')], team, null)).toBe(false);
  });

  it('lets steering roles govern the teams their grant covers, and nothing beside', () => {
    const team = villageTeam(FOUR_LEVELS);
    expect(canGovernTeam([grant('district_steering', '/p/d/')], team)).toBe(true);
    expect(canGovernTeam([grant('province_steering', '/p/')], villageTeam(TWO_TIER))).toBe(true);
    expect(canGovernTeam([grant('district_steering', '/p/e/')], team)).toBe(false);
  });

  it('makes only the chair of the commune the approver; a steering role or the leader is not', () => {
    const team = villageTeam(FOUR_LEVELS);
    const actor = (grants: ActorGrant[]) => ({ userId: 'x', grants });
    expect(requestActorFor(actor([grant('commune_chair', FOUR_LEVELS)]), team, null).isCommuneChair).toBe(
      true,
    );
    expect(requestActorFor(actor([grant('admin', '/p/')]), team, null).isCommuneChair).toBe(false);
    expect(requestActorFor(actor([]), team, 'leader')).toEqual({
      userId: 'x',
      isTeamLeader: true,
      isTeamDeputy: false,
      isCommuneChair: false,
    });
  });
});

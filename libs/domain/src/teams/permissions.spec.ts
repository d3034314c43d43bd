import { teamPermissions } from './permissions';

describe('teamPermissions', () => {
  it('lets the leader and deputy act for the team; only the leader nominates', () => {
    expect(teamPermissions('leader')).toEqual({
      readTeamWork: true,
      actForTeam: true,
      proposeMembers: true,
      nominateMembers: true,
      grantsOnUnit: false,
    });
    expect(teamPermissions('deputy')).toMatchObject({
      actForTeam: true,
      proposeMembers: true,
      nominateMembers: false,
    });
  });

  it('lets members and collaborators read, nothing more', () => {
    for (const role of ['member', 'collaborator'] as const) {
      expect(teamPermissions(role)).toEqual({
        readTeamWork: true,
        actForTeam: false,
        proposeMembers: false,
        nominateMembers: false,
        grantsOnUnit: false,
      });
    }
  });

  it('gives nothing without a membership, and never a grant on the unit', () => {
    expect(Object.values(teamPermissions(null)).every((v) => v === false)).toBe(true);
    for (const role of ['leader', 'deputy', 'member', 'collaborator', null] as const) {
      expect(teamPermissions(role).grantsOnUnit).toBe(false);
    }
  });

  it('returns a fresh object each time', () => {
    const first = teamPermissions('member');
    first.actForTeam = true;
    expect(teamPermissions('member').actForTeam).toBe(false);
  });
});

import type { ScopedGrant } from '../access/jurisdiction';
import {
  assignmentActorFor,
  canIssueFrom,
  canSeeAssignment,
  canSeeTask,
  isTaskIssuer,
  type TaskViewer,
} from './visibility';

// Province p → district d1 → commune c1 → village v1; a sibling commune c2 with village v2.
const paths = {
  p: '/p/',
  d1: '/p/d1/',
  c1: '/p/d1/c1/',
  v1: '/p/d1/c1/v1/',
  c2: '/p/d1/c2/',
  v2: '/p/d1/c2/v2/',
};
const grant = (role: ScopedGrant['role'], unitPath: string): ScopedGrant => ({ role, unitPath });
const viewer = (grants: ScopedGrant[], teamIds: string[] = []): TaskViewer => ({ grants, teamIds });
const villageAssignment = { teamId: 'tv1', teamUnitPath: paths.v1 };

describe('isTaskIssuer and canIssueFrom', () => {
  it('recognises a steering grant on the issuing unit or above it', () => {
    expect(isTaskIssuer([grant('district_steering', paths.d1)], paths.d1)).toBe(true);
    expect(isTaskIssuer([grant('province_steering', paths.p)], paths.d1)).toBe(true);
    expect(isTaskIssuer([grant('commune_chair', paths.c1)], paths.c1)).toBe(true);
    expect(isTaskIssuer([grant('admin', paths.p)], paths.c1)).toBe(true);
  });

  it('refuses a grant below or beside the issuing unit, and viewers', () => {
    expect(isTaskIssuer([grant('commune_chair', paths.c1)], paths.d1)).toBe(false);
    expect(isTaskIssuer([grant('commune_chair', paths.c2)], paths.c1)).toBe(false);
    expect(isTaskIssuer([grant('viewer', paths.p)], paths.d1)).toBe(false);
    expect(isTaskIssuer([], paths.d1)).toBe(false);
  });

  it('lets provinces, districts and communes issue, never villages', () => {
    const chair = [grant('commune_chair', paths.c1)];
    expect(canIssueFrom(chair, { path: paths.c1, kind: 'commune' })).toBe(true);
    expect(canIssueFrom(chair, { path: paths.v1, kind: 'village' })).toBe(false);
    expect(canIssueFrom([grant('province_steering', paths.p)], { path: paths.p, kind: 'province' })).toBe(
      true,
    );
  });
});

describe('canSeeAssignment', () => {
  it('shows it to the team’s members, whatever their grants', () => {
    expect(canSeeAssignment(viewer([], ['tv1']), villageAssignment)).toBe(true);
  });

  it('shows it to grants on the team’s unit or above: commune, district (issuer), province', () => {
    for (const path of [paths.v1, paths.c1, paths.d1, paths.p]) {
      expect(canSeeAssignment(viewer([grant('viewer', path)]), villageAssignment)).toBe(true);
    }
  });

  it('hides it from another team’s members and from grants beside the team', () => {
    expect(canSeeAssignment(viewer([], ['tv2']), villageAssignment)).toBe(false);
    expect(canSeeAssignment(viewer([grant('commune_chair', paths.c2)]), villageAssignment)).toBe(false);
    expect(canSeeAssignment(viewer([grant('viewer', paths.v2)]), villageAssignment)).toBe(false);
  });
});

describe('canSeeTask', () => {
  const task = { status: 'published' as const, issuerUnitPath: paths.d1, assignments: [villageAssignment] };

  it('shows it to the issuing unit and above, and to whoever sees one of its assignments', () => {
    expect(canSeeTask(viewer([grant('district_steering', paths.d1)]), task)).toBe(true);
    expect(canSeeTask(viewer([grant('viewer', paths.p)]), task)).toBe(true);
    expect(canSeeTask(viewer([], ['tv1']), task)).toBe(true);
    expect(canSeeTask(viewer([grant('commune_chair', paths.c1)]), task)).toBe(true);
  });

  it('hides it from units it does not reach', () => {
    expect(canSeeTask(viewer([grant('commune_chair', paths.c2)], ['tv2']), task)).toBe(false);
  });

  it('shows a draft to the issuing unit only', () => {
    const draft = { ...task, status: 'draft' as const };
    expect(canSeeTask(viewer([grant('district_steering', paths.d1)]), draft)).toBe(true);
    expect(canSeeTask(viewer([], ['tv1']), draft)).toBe(false);
    expect(canSeeTask(viewer([grant('commune_chair', paths.c1)]), draft)).toBe(false);
  });
});

describe('assignmentActorFor', () => {
  it('makes leaders and deputies team actors, and issuing grants issuers', () => {
    expect(assignmentActorFor('u', 'deputy', [], paths.d1)).toEqual({
      userId: 'u',
      isTeamLeaderOrDeputy: true,
      isIssuer: false,
    });
    expect(assignmentActorFor('u', 'member', [grant('district_steering', paths.d1)], paths.d1)).toEqual({
      userId: 'u',
      isTeamLeaderOrDeputy: false,
      isIssuer: true,
    });
    expect(assignmentActorFor('u', null, [grant('viewer', paths.p)], paths.d1)).toEqual({
      userId: 'u',
      isTeamLeaderOrDeputy: false,
      isIssuer: false,
    });
  });
});

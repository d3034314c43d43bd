import type { PlainUnit } from '../teams/subtree';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import { rolloutProgress, type RolloutInput } from './progress';

const units: PlainUnit[] = [];
const teams: RolloutInput['teams'][number][] = [];
const unit = (id: string, kind: PlainUnit['kind'], parentId: string | null) =>
  units.push({ id, kind, parentId, name: id.toUpperCase() });
const teamAt = (unitId: string, kind: TeamKind, formedOn: string | null, status: TeamStatus = 'active') =>
  teams.push({ id: `t-${unitId}`, unitId, kind, status, formedOn });

/** A commune with its commune team and village teams formed on the given dates. */
function commune(id: string, parentId: string, communeTeamOn: string | null, villageDates: string[]) {
  unit(id, 'commune', parentId);
  if (communeTeamOn) teamAt(id, 'commune', communeTeamOn);
  villageDates.forEach((date, i) => {
    unit(`${id}-v${i}`, 'village', id);
    teamAt(`${id}-v${i}`, 'village', date);
  });
}

unit('p', 'province', null);
unit('d1', 'district', 'p');
unit('d2', 'district', 'p');
// Pilot: c1 on plan; c2's commune team predates the plan (2021 ministry pilot) and has one village team only.
commune('c1', 'd1', '2022-05-15', ['2022-06-01', '2022-07-10', '2022-09-01']);
commune('c2', 'd1', '2022-04-20', ['2022-06-10']);
// Expansion: three communes with 5, 6 and 4 village teams.
commune('c3', 'd1', '2022-08-10', ['2022-09-01', '2022-09-02', '2022-09-03', '2022-09-04', '2022-09-05']);
commune('c4', 'd1', '2022-08-20', [
  '2022-09-01',
  '2022-09-02',
  '2022-09-03',
  '2022-09-04',
  '2022-09-05',
  '2022-10-01',
]);
commune('c5', 'd1', '2022-10-01', ['2022-10-02', '2022-10-03', '2022-10-04', '2022-10-05']);
// Scale-up and after: c6 entered in November; c7 has a dissolved team and a proposed one only.
commune('c6', 'd1', '2022-11-20', []);
commune('c7', 'd1', null, []);
teamAt('c7', 'commune', '2022-06-01', 'dissolved');
teams.push({ id: 't-c7-new', unitId: 'c7', kind: 'commune', status: 'proposed', formedOn: null });
commune('c8', 'd2', '2023-03-01', []);

const district = (asOf: string) => rolloutProgress({ scopeUnitId: 'd1', units, teams, asOf });

describe('rolloutProgress for a district', () => {
  it('treats the district as one area', () => {
    const progress = district('2022-11-15');
    expect(progress.currentPeriod).toBe('scale_up');
    expect(progress.areas.map((a) => [a.areaUnitId, a.areaKind, a.areaName])).toEqual([
      ['d1', 'district', 'D1'],
    ]);
  });

  it('counts communes, commune teams and village teams per phase against the targets', () => {
    const [pilot, expansion, scaleUp] = district('2022-11-15').areas[0]!.phases;
    expect(pilot).toMatchObject({
      phase: 'pilot',
      actual: { communes: 2, communeTeams: 2, villageTeams: 3 },
      status: 'missed',
    });
    expect(pilot!.target).toEqual({
      communes: { min: 2, max: 2 },
      communeTeams: { min: 2, max: 2 },
      villageTeams: { min: 4, max: 4 },
    });
    // c1's third village team (September) counts toward expansion: 5 + 6 + 4 + 1.
    expect(expansion).toMatchObject({
      actual: { communes: 3, communeTeams: 3, villageTeams: 16 },
      status: 'met',
    });
    expect(scaleUp).toMatchObject({
      target: null,
      actual: { communes: 1, communeTeams: 1, villageTeams: 0 },
      status: 'in_progress',
    });
  });

  it('shows each commune’s entry phase and its village teams against that phase’s per-commune target', () => {
    const rows = district('2022-11-15').areas[0]!.communes;
    expect(
      rows.map((c) => [c.communeId, c.enteredIn, c.villageTeamsInEntryPhase, c.meetsVillageTarget]),
    ).toEqual([
      ['c1', 'pilot', 2, true],
      ['c2', 'before_plan', 1, false],
      ['c3', 'expansion', 5, true],
      ['c4', 'expansion', 6, true],
      ['c5', 'expansion', 4, false],
      ['c6', 'scale_up', 0, null],
    ]);
    expect(rows[0]).toMatchObject({
      communeTeamFormedIn: 'pilot',
      villageTeams: 3,
      villageTeamsByPeriod: { pilot: 2, expansion: 1 },
      villageTarget: { min: 2, max: 2 },
    });
    expect(rows[4]!.villageTarget).toEqual({ min: 5, max: 10 });
  });

  it('lists which phase each live team was formed in, proposed teams without one, dissolved ones not at all', () => {
    const listed = district('2022-11-15').areas[0]!.teams;
    expect(listed.find((t) => t.teamId === 't-c2')).toMatchObject({ period: 'before_plan', communeId: 'c2' });
    expect(listed.find((t) => t.teamId === 't-c1-v2')).toMatchObject({
      kind: 'village',
      communeId: 'c1',
      period: 'expansion',
    });
    expect(listed.find((t) => t.teamId === 't-c7-new')).toMatchObject({ period: null, formedOn: null });
    expect(listed.filter((t) => t.unitId === 'c7')).toHaveLength(1);
  });

  it('reports phases as upcoming, in progress, met early, or missed by date', () => {
    expect(district('2022-04-01').areas[0]!.phases.map((p) => p.status)).toEqual([
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(district('2022-06-15').areas[0]!.phases[0]!.status).toBe('in_progress');
    expect(district('2023-01-10').areas[0]!.phases.map((p) => p.status)).toEqual(['missed', 'met', 'ended']);
  });
});

describe('rolloutProgress over other shapes', () => {
  it('gives one area per district for a province with districts', () => {
    const progress = rolloutProgress({ scopeUnitId: 'p', units, teams, asOf: '2023-01-10' });
    expect(progress.areas.map((a) => a.areaUnitId)).toEqual(['d1', 'd2']);
    const d2 = progress.areas[1]!;
    expect(d2.communes.map((c) => [c.communeId, c.enteredIn, c.meetsVillageTarget])).toEqual([
      ['c8', 'after_plan', null],
    ]);
    expect(d2.phases.map((p) => p.actual.communes)).toEqual([0, 0, 0]);
  });

  it('treats a province without districts as the area (the unit above the communes)', () => {
    const flat: PlainUnit[] = [
      { id: 'q', kind: 'province', parentId: null, name: 'Quảng Trị' },
      { id: 'x1', kind: 'commune', parentId: 'q', name: 'X1' },
      { id: 'x1-v', kind: 'village', parentId: 'x1', name: 'X1 V' },
      { id: 'x2', kind: 'commune', parentId: 'q', name: 'X2' },
    ];
    const progress = rolloutProgress({
      scopeUnitId: 'q',
      units: flat,
      teams: [
        { id: 'a', unitId: 'x1', kind: 'commune', status: 'active', formedOn: '2022-05-05' },
        { id: 'b', unitId: 'x1-v', kind: 'village', status: 'active', formedOn: '2022-05-06' },
      ],
      asOf: '2022-06-01',
    });
    expect(progress.areas).toHaveLength(1);
    expect(progress.areas[0]).toMatchObject({ areaUnitId: 'q', areaKind: 'province', areaName: 'Quảng Trị' });
    expect(progress.areas[0]!.phases[0]).toMatchObject({
      actual: { communes: 1, communeTeams: 1, villageTeams: 1 },
      status: 'in_progress',
    });
  });

  it('scoped to one commune, reports that commune under its area', () => {
    const progress = rolloutProgress({ scopeUnitId: 'c3', units, teams, asOf: '2022-11-15' });
    expect(progress.areas.map((a) => a.areaUnitId)).toEqual(['d1']);
    expect(progress.areas[0]!.communes.map((c) => c.communeId)).toEqual(['c3']);
  });
});

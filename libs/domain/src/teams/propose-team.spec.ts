import { ErrorCode } from '../errors/error-codes';
import { checkTeamCanBeProposed, proposeTeam, type ExistingTeam } from './propose-team';
import { defaultTeamName, teamFormedOn } from './team';
import { teamKindForUnit } from './team-kind';

const commune = { id: 'c1', kind: 'commune' as const, name: 'Xã Gio Mai' };
const village = { id: 'v1', kind: 'village' as const, name: 'Thôn Tân Mỹ' };
const decision = { number: '45/QĐ-UBND', signedOn: '2022-05-10', signerName: 'Lê Văn B', signerUserId: null };

describe('team kinds', () => {
  it('maps communes and villages to their team kind, and other units to none', () => {
    expect(teamKindForUnit('commune')).toBe('commune');
    expect(teamKindForUnit('village')).toBe('village');
    expect(teamKindForUnit('district')).toBeNull();
    expect(teamKindForUnit('province')).toBeNull();
  });
});

describe('checkTeamCanBeProposed', () => {
  it('refuses a team kind that does not fit the unit', () => {
    const result = checkTeamCanBeProposed(commune, 'village', []);
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.TeamKindMismatch } });
    expect(checkTeamCanBeProposed({ id: 'd', kind: 'district' }, 'commune', []).ok).toBe(false);
  });

  it('allows one non-dissolved team of a kind per unit', () => {
    const existing: ExistingTeam[] = [{ id: 't0', kind: 'commune', unitId: 'c1', status: 'proposed' }];
    expect(checkTeamCanBeProposed(commune, 'commune', existing)).toEqual({
      ok: false,
      error: {
        code: ErrorCode.TeamAlreadyExists,
        message: 'This commune already has a commune team',
        details: { existingTeamId: 't0', status: 'proposed' },
      },
    });
  });

  it('ignores dissolved teams and teams of other units', () => {
    const existing: ExistingTeam[] = [
      { id: 't0', kind: 'commune', unitId: 'c1', status: 'dissolved' },
      { id: 't1', kind: 'commune', unitId: 'c2', status: 'active' },
    ];
    expect(checkTeamCanBeProposed(commune, 'commune', existing)).toEqual({ ok: true, value: true });
  });
});

describe('proposeTeam', () => {
  it('creates a proposed team named after its unit, with one history entry and one event', () => {
    const result = proposeTeam({
      id: 't1',
      unit: village,
      kind: 'village',
      existingTeams: [],
      actorId: 'u1',
      at: 'T',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { team, events } = result.value;
    expect(team).toMatchObject({
      id: 't1',
      kind: 'village',
      unitId: 'v1',
      name: 'Tổ công nghệ số cộng đồng thôn Tân Mỹ',
      status: 'proposed',
      decision: null,
    });
    expect(team.history).toEqual([
      { action: 'propose', actorId: 'u1', at: 'T', note: null, status: 'proposed' },
    ]);
    expect(events).toEqual([
      {
        type: 'TeamProposed',
        teamId: 't1',
        unitId: 'v1',
        actorId: 'u1',
        at: 'T',
        payload: { kind: 'village', name: 'Tổ công nghệ số cộng đồng thôn Tân Mỹ' },
      },
    ]);
  });

  it('records a decision already signed, with its own event', () => {
    const result = proposeTeam({
      id: 't1',
      unit: commune,
      kind: 'commune',
      name: '  Tổ CNSCĐ xã Gio Mai ',
      decision,
      existingTeams: [],
      actorId: 'u1',
      at: 'T',
      note: 'nhập từ quyết định',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.team.name).toBe('Tổ CNSCĐ xã Gio Mai');
    expect(result.value.team.decision).toEqual(decision);
    expect(result.value.team.history.map((h) => h.action)).toEqual(['propose', 'establish']);
    expect(result.value.events.map((e) => e.type)).toEqual(['TeamProposed', 'TeamEstablished']);
  });

  it('passes on the uniqueness refusal', () => {
    const existing: ExistingTeam[] = [{ id: 't0', kind: 'commune', unitId: 'c1', status: 'active' }];
    const result = proposeTeam({
      id: 't1',
      unit: commune,
      kind: 'commune',
      existingTeams: existing,
      actorId: 'u',
      at: 'T',
    });
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.TeamAlreadyExists } });
  });
});

describe('team names and formation dates', () => {
  it('lower-cases the administrative prefix inside the name', () => {
    expect(defaultTeamName('Xã Gio Mai')).toBe('Tổ công nghệ số cộng đồng xã Gio Mai');
    expect(defaultTeamName('Thị trấn  Ái Tử')).toBe('Tổ công nghệ số cộng đồng thị trấn Ái Tử');
    expect(defaultTeamName('Tổ dân phố 3')).toBe('Tổ công nghệ số cộng đồng tổ dân phố 3');
    expect(defaultTeamName('Tân Mỹ')).toBe('Tổ công nghệ số cộng đồng Tân Mỹ');
  });

  it('dates a team by its decision, else by its launch', () => {
    expect(teamFormedOn({ decision, activatedOn: '2022-05-20' })).toBe('2022-05-10');
    expect(teamFormedOn({ decision: null, activatedOn: '2022-05-20' })).toBe('2022-05-20');
    expect(teamFormedOn({ decision: null, activatedOn: null })).toBeNull();
  });
});

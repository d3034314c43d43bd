import { ErrorCode } from '../errors/error-codes';
import { team } from './spec-fixtures';
import type { Team } from './team';
import { transitionTeam, type TeamCommand } from './team-transitions';
import { TEAM_STATUSES } from './team-kind';

const decision = {
  number: '45/QĐ-UBND',
  signedOn: '2022-05-10',
  signerName: 'Lê Văn B',
  signerUserId: 'chair',
};
const chair = { id: 'chair' };
const commands: Record<TeamCommand['type'], TeamCommand> = {
  establish: { type: 'establish', decision },
  activate: { type: 'activate', activatedOn: '2022-05-20' },
  dissolve: { type: 'dissolve', dissolvedOn: '2022-12-01', reason: 'Sáp nhập thôn' },
};

function withDecision(t: Team): Team {
  return { ...t, decision };
}

describe('transitionTeam: the status machine proposed → active → dissolved', () => {
  const allowed: Record<string, boolean> = {
    'proposed:establish': true,
    'proposed:activate': true,
    'proposed:dissolve': true,
    'active:establish': false,
    'active:activate': false,
    'active:dissolve': true,
    'dissolved:establish': false,
    'dissolved:activate': false,
    'dissolved:dissolve': false,
  };
  for (const status of TEAM_STATUSES) {
    for (const command of Object.values(commands)) {
      const key = `${status}:${command.type}`;
      it(`${allowed[key] ? 'allows' : 'refuses'} ${command.type} on a ${status} team`, () => {
        const result = transitionTeam(withDecision(team('commune', status)), command, chair, 'T');
        expect(result.ok).toBe(allowed[key]);
        if (!result.ok) expect(result.error.code).toBe(ErrorCode.TeamInvalidTransition);
      });
    }
  }
});

describe('establish', () => {
  it('records the decision, keeps the team proposed, and emits TeamEstablished', () => {
    const proposed = team('village', 'proposed');
    const result = transitionTeam(proposed, { ...commands.establish, note: 'QĐ số 45' }, chair, 'T');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.team.status).toBe('proposed');
    expect(result.value.team.decision).toEqual(decision);
    expect(result.value.team.history).toEqual([
      { action: 'establish', actorId: 'chair', at: 'T', note: 'QĐ số 45', status: 'proposed' },
    ]);
    expect(result.value.events).toEqual([
      {
        type: 'TeamEstablished',
        teamId: 'team-1',
        unitId: 'village-1',
        actorId: 'chair',
        at: 'T',
        payload: { decision },
      },
    ]);
    expect(proposed.decision).toBeNull();
  });
});

describe('activate', () => {
  it('needs the establishment decision first', () => {
    const result = transitionTeam(team('commune', 'proposed'), commands.activate, chair, 'T');
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.TeamDecisionRequired } });
  });

  it('cannot start before the decision was signed, but may start the same day', () => {
    const proposed = withDecision(team('commune', 'proposed'));
    const early = transitionTeam(proposed, { type: 'activate', activatedOn: '2022-05-09' }, chair, 'T');
    expect(early).toMatchObject({ ok: false, error: { code: ErrorCode.TeamDateOutOfOrder } });
    const sameDay = transitionTeam(proposed, { type: 'activate', activatedOn: '2022-05-10' }, chair, 'T');
    expect(sameDay).toMatchObject({
      ok: true,
      value: { team: { status: 'active', activatedOn: '2022-05-10' } },
    });
  });

  it('emits TeamActivated and appends to the history', () => {
    const result = transitionTeam(withDecision(team('commune', 'proposed')), commands.activate, chair, 'T');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.events.map((e) => [e.type, e.payload])).toEqual([
      ['TeamActivated', { activatedOn: '2022-05-20' }],
    ]);
    expect(result.value.team.history.at(-1)).toMatchObject({ action: 'activate', status: 'active' });
  });
});

describe('dissolve', () => {
  it('records date and reason', () => {
    const result = transitionTeam(team('village', 'active'), commands.dissolve, chair, 'T');
    expect(result).toMatchObject({
      ok: true,
      value: {
        team: { status: 'dissolved', dissolvedOn: '2022-12-01', dissolutionReason: 'Sáp nhập thôn' },
        events: [{ type: 'TeamDissolved', payload: { dissolvedOn: '2022-12-01', reason: 'Sáp nhập thôn' } }],
      },
    });
  });

  it('cannot date the dissolution before the team started', () => {
    const result = transitionTeam(
      team('village', 'active'),
      { type: 'dissolve', dissolvedOn: '2022-05-19', reason: 'x' },
      chair,
      'T',
    );
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.TeamDateOutOfOrder } });
  });

  it('drops a proposal that never got a decision, at any date', () => {
    const result = transitionTeam(
      team('village', 'proposed'),
      { type: 'dissolve', dissolvedOn: '2022-01-01', reason: 'Không đủ người' },
      chair,
      'T',
    );
    expect(result.ok).toBe(true);
  });

  it('needs a reason', () => {
    const result = transitionTeam(
      team('village', 'active'),
      { type: 'dissolve', dissolvedOn: '2022-12-01', reason: '   ' },
      chair,
      'T',
    );
    expect(result).toMatchObject({ ok: false, error: { code: ErrorCode.ValidationFailed } });
  });
});

import { ErrorCode } from '../errors/error-codes';
import { checkCanAddCoreMember, sizeStatus, TEAM_SIZE } from './size-rules';
import { fullCommuneRoster, member, villageRoster } from './spec-fixtures';

describe('team size (§3.1.1, §3.1.4)', () => {
  it('keeps a commune team at exactly 5 and a village team at 5 to 8', () => {
    expect(TEAM_SIZE).toEqual({ commune: { min: 5, max: 5 }, village: { min: 5, max: 8 } });
  });

  it.each([
    ['commune', 4, 'below_minimum'],
    ['commune', 5, 'within_range'],
    ['commune', 6, 'above_maximum'],
    ['village', 4, 'below_minimum'],
    ['village', 5, 'within_range'],
    ['village', 8, 'within_range'],
    ['village', 9, 'above_maximum'],
  ] as const)('a %s team with %i core members is %s', (kind, count, status) => {
    expect(sizeStatus(kind, count)).toBe(status);
  });
});

describe('checkCanAddCoreMember', () => {
  it('lets a commune team with 4 core members take a 5th', () => {
    const result = checkCanAddCoreMember({ kind: 'commune' }, fullCommuneRoster().slice(0, 4));
    expect(result).toEqual({ ok: true, value: { coreCountAfter: 5, sizeStatusAfter: 'within_range' } });
  });

  it('refuses a 6th core member of a commune team and offers the collaborator group', () => {
    const result = checkCanAddCoreMember({ kind: 'commune' }, fullCommuneRoster());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(ErrorCode.TeamFull);
    expect(result.error.message).toMatch(/collaborator group/);
    expect(result.error.details).toEqual({
      kind: 'commune',
      coreCount: 5,
      max: 5,
      suggestedRole: 'collaborator',
    });
  });

  it('flags a village team still below its minimum after the addition, but allows it', () => {
    const result = checkCanAddCoreMember({ kind: 'village' }, villageRoster(3));
    expect(result).toEqual({ ok: true, value: { coreCountAfter: 4, sizeStatusAfter: 'below_minimum' } });
  });

  it('lets a village team grow from 4 to 5 and from 7 to 8', () => {
    expect(checkCanAddCoreMember({ kind: 'village' }, villageRoster(4))).toEqual({
      ok: true,
      value: { coreCountAfter: 5, sizeStatusAfter: 'within_range' },
    });
    expect(checkCanAddCoreMember({ kind: 'village' }, villageRoster(7))).toEqual({
      ok: true,
      value: { coreCountAfter: 8, sizeStatusAfter: 'within_range' },
    });
  });

  it('refuses a 9th core member of a village team', () => {
    const result = checkCanAddCoreMember({ kind: 'village' }, villageRoster(8));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(ErrorCode.TeamFull);
      expect(result.error.details).toMatchObject({ coreCount: 8, max: 8 });
    }
  });

  it('counts neither collaborators nor ended memberships', () => {
    const roster = [
      ...villageRoster(7),
      member('collaborator', null),
      member('collaborator', 'student'),
      member('member', 'resident', { status: 'ended', endedOn: '2022-06-01' }),
    ];
    expect(checkCanAddCoreMember({ kind: 'village' }, roster)).toMatchObject({
      ok: true,
      value: { coreCountAfter: 8 },
    });
  });
});

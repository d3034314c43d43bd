import { ErrorCode } from '../errors/error-codes';
import { checkCanAddMember } from './add-member-check';
import { fullCommuneRoster, member, villageRoster } from './spec-fixtures';

const active = { status: 'active' } as const;

function codeOf(result: ReturnType<typeof checkCanAddMember>): string | null {
  return result.ok ? null : result.error.code;
}

describe('checkCanAddMember', () => {
  it('accepts a village member with a tag and a leader with the implied slot', () => {
    expect(
      checkCanAddMember({ kind: 'village', ...active }, villageRoster(4), {
        personId: 'x',
        role: 'member',
        slot: 'teacher',
      }),
    ).toEqual({
      ok: true,
      value: { personId: 'x', role: 'member', slot: 'teacher' },
    });
    expect(
      checkCanAddMember({ kind: 'commune', status: 'proposed' }, [], { personId: 'y', role: 'leader' }),
    ).toEqual({
      ok: true,
      value: { personId: 'y', role: 'leader', slot: 'commune_leadership' },
    });
  });

  it('refuses any addition to a dissolved team', () => {
    const result = checkCanAddMember({ kind: 'village', status: 'dissolved' }, [], {
      personId: 'x',
      role: 'collaborator',
    });
    expect(codeOf(result)).toBe(ErrorCode.TeamNotActive);
  });

  it('refuses someone already active in the team, but takes back someone whose membership ended', () => {
    const roster = villageRoster(5);
    const personId = roster[4]!.personId;
    expect(
      codeOf(checkCanAddMember({ kind: 'village', ...active }, roster, { personId, role: 'collaborator' })),
    ).toBe(ErrorCode.AlreadyMember);
    const ended = [member('member', 'resident', { personId: 'back', status: 'ended' })];
    expect(
      checkCanAddMember({ kind: 'village', ...active }, ended, {
        personId: 'back',
        role: 'member',
        slot: 'resident',
      }).ok,
    ).toBe(true);
  });

  it('refuses a slot that does not fit', () => {
    const result = checkCanAddMember({ kind: 'village', ...active }, [], {
      personId: 'x',
      role: 'member',
      slot: 'youth_union',
    });
    expect(codeOf(result)).toBe(ErrorCode.TeamSlotInvalid);
  });

  it('refuses a 6th core member of a commune team with TEAM_FULL, even when the seat is also taken', () => {
    const result = checkCanAddMember({ kind: 'commune', ...active }, fullCommuneRoster(), {
      personId: 'x',
      role: 'member',
      slot: 'youth_union',
    });
    expect(codeOf(result)).toBe(ErrorCode.TeamFull);
  });

  it('takes a collaborator into a full team', () => {
    const result = checkCanAddMember({ kind: 'commune', ...active }, fullCommuneRoster(), {
      personId: 'x',
      role: 'collaborator',
      slot: 'teacher',
    });
    expect(result).toEqual({ ok: true, value: { personId: 'x', role: 'collaborator', slot: 'teacher' } });
  });

  it('refuses a second leader or deputy', () => {
    const roster = villageRoster(4);
    expect(
      codeOf(checkCanAddMember({ kind: 'village', ...active }, roster, { personId: 'x', role: 'leader' })),
    ).toBe(ErrorCode.TeamRoleTaken);
    expect(
      codeOf(checkCanAddMember({ kind: 'village', ...active }, roster, { personId: 'x', role: 'deputy' })),
    ).toBe(ErrorCode.TeamRoleTaken);
  });

  it('refuses a commune seat that is already filled', () => {
    const roster = fullCommuneRoster().filter((m) => m.slot !== 'womens_union');
    const result = checkCanAddMember({ kind: 'commune', ...active }, roster, {
      personId: 'x',
      role: 'member',
      slot: 'youth_union',
    });
    expect(codeOf(result)).toBe(ErrorCode.TeamSlotTaken);
    expect(
      checkCanAddMember({ kind: 'commune', ...active }, roster, {
        personId: 'x',
        role: 'member',
        slot: 'womens_union',
      }).ok,
    ).toBe(true);
  });

  it('does not count an ended holder of a seat or role', () => {
    const roster = [member('leader', 'commune_leadership', { status: 'ended' })];
    expect(
      checkCanAddMember({ kind: 'commune', ...active }, roster, { personId: 'x', role: 'leader' }).ok,
    ).toBe(true);
  });
});

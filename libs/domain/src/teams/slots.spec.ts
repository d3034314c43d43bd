import { ErrorCode } from '../errors/error-codes';
import {
  allowedSlots,
  COMMUNE_MEMBER_SLOTS,
  COMMUNE_SLOTS,
  impliedSlot,
  resolveSlot,
  TEAM_SLOTS,
  VILLAGE_MEMBER_TAGS,
} from './slots';

describe('composition slots', () => {
  it('lists the five commune seats of §3.1.2 and the seven village tags of §3.1.3', () => {
    expect(COMMUNE_SLOTS).toEqual([
      'commune_leadership',
      'youth_union',
      'womens_union',
      'admin_reform_officer',
      'culture_social_or_police',
    ]);
    expect(COMMUNE_MEMBER_SLOTS).not.toContain('commune_leadership');
    expect(VILLAGE_MEMBER_TAGS).toHaveLength(7);
    expect(new Set(TEAM_SLOTS).size).toBe(TEAM_SLOTS.length);
  });

  it('implies the slot where the plan fixes it', () => {
    expect(impliedSlot('commune', 'leader')).toBe('commune_leadership');
    expect(impliedSlot('village', 'leader')).toBe('village_head');
    expect(impliedSlot('village', 'deputy')).toBe('village_youth_secretary');
    expect(impliedSlot('commune', 'deputy')).toBeNull();
    expect(impliedSlot('village', 'member')).toBeNull();
    expect(impliedSlot('commune', 'collaborator')).toBeNull();
  });

  it('lets collaborators of either kind carry a tag or nothing', () => {
    expect(allowedSlots('commune', 'collaborator')).toEqual([null, ...VILLAGE_MEMBER_TAGS]);
    expect(allowedSlots('village', 'collaborator')).toEqual([null, ...VILLAGE_MEMBER_TAGS]);
  });
});

describe('resolveSlot', () => {
  it('fills in the implied slot when none is given', () => {
    expect(resolveSlot('commune', 'leader', undefined)).toEqual({ ok: true, value: 'commune_leadership' });
    expect(resolveSlot('village', 'deputy', null)).toEqual({ ok: true, value: 'village_youth_secretary' });
  });

  it('accepts a commune member in a member seat and a village member with a tag', () => {
    expect(resolveSlot('commune', 'member', 'womens_union')).toEqual({ ok: true, value: 'womens_union' });
    expect(resolveSlot('commune', 'deputy', 'youth_union')).toEqual({ ok: true, value: 'youth_union' });
    expect(resolveSlot('village', 'member', 'teacher')).toEqual({ ok: true, value: 'teacher' });
    expect(resolveSlot('village', 'collaborator', undefined)).toEqual({ ok: true, value: null });
  });

  it('requires a seat or a tag where the plan implies none', () => {
    const commune = resolveSlot('commune', 'member', undefined);
    expect(commune.ok).toBe(false);
    if (!commune.ok) {
      expect(commune.error.code).toBe(ErrorCode.TeamSlotInvalid);
      expect(commune.error.message).toContain('needs a slot');
    }
    expect(resolveSlot('village', 'member', null).ok).toBe(false);
  });

  it('refuses a slot that does not fit the role or the team kind', () => {
    const cases = [
      ['commune', 'leader', 'youth_union'],
      ['commune', 'member', 'commune_leadership'],
      ['commune', 'member', 'teacher'],
      ['village', 'leader', 'teacher'],
      ['village', 'deputy', 'youth_union'],
      ['village', 'member', 'village_head'],
      ['village', 'collaborator', 'womens_union'],
    ] as const;
    for (const [kind, role, slot] of cases) {
      const result = resolveSlot(kind, role, slot);
      expect({ kind, role, slot, ok: result.ok }).toEqual({ kind, role, slot, ok: false });
      if (!result.ok) expect(result.error.details).toMatchObject({ kind, role, slot });
    }
  });
});

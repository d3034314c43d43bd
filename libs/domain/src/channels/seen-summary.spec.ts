import { memberUnits, summarizeSeen } from './seen-summary';
import { memberRow, referenceInput } from './spec-fixtures';

describe('summarizeSeen', () => {
  it('sums seen-by per unit: how many villages have seen a directive', () => {
    const members = [
      memberRow('official', 'owner', { lastReadSeq: 9 }),
      memberRow('v1-a', 'reader', { lastReadSeq: 9 }),
      memberRow('v1-b', 'reader', { lastReadSeq: 1 }),
      memberRow('v2-a', 'reader', { lastReadSeq: 2 }),
      memberRow('v3-a', 'reader', { lastReadSeq: 3 }),
      memberRow('both', 'reader', { lastReadSeq: 3 }),
      memberRow('chair', 'reader', { lastReadSeq: 3 }),
    ];
    const unitsOf = new Map([
      ['v1-a', ['V1']],
      ['v1-b', ['V1']],
      ['v2-a', ['V2']],
      ['v3-a', ['V3']],
      ['both', ['V2', 'V3', 'V3']],
    ]);
    expect(summarizeSeen({ seq: 3, authorId: 'official' }, members, unitsOf)).toEqual({
      seq: 3,
      audience: 6,
      seen: 4,
      units: [
        { unitId: 'V1', members: 2, seen: 1 },
        { unitId: 'V2', members: 2, seen: 1 },
        { unitId: 'V3', members: 2, seen: 2 },
      ],
      unitsTotal: 3,
      unitsSeen: 3,
    });
    expect(summarizeSeen({ seq: 9, authorId: 'official' }, members, unitsOf)).toMatchObject({
      seen: 1,
      unitsTotal: 3,
      unitsSeen: 1,
    });
  });
});

describe('memberUnits', () => {
  it('maps members to the units of their active teams, optionally of one kind', () => {
    const { teams, memberships } = referenceInput();
    const all = memberUnits(teams, memberships);
    expect(all.get('v1-member')).toEqual(['V1']);
    expect(all.get('c1-leader')).toEqual(['C1']);
    expect(all.has('v2-leader')).toBe(false); // proposed team
    expect(all.has('c1-former')).toBe(false); // ended membership
    const villages = memberUnits(teams, memberships, 'village');
    expect(villages.has('c1-leader')).toBe(false);
    expect([...villages.keys()].sort()).toEqual([
      'v1-collab',
      'v1-deputy',
      'v1-leader',
      'v1-member',
      'v3-leader',
      'v3-member',
      'v4-deputy',
      'v4-leader',
    ]);
  });
});

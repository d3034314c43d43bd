import { applyMembershipDiff, diffMembership, isEmptyDiff, planChannelSync } from './membership-diff';
import type { DesiredChannel } from './derive-channels';
import { memberRow } from './spec-fixtures';

describe('diffMembership', () => {
  it('lists additions, removals and role changes, each sorted by user id', () => {
    const diff = diffMembership(
      [
        { userId: 'stay', role: 'poster' },
        { userId: 'promote', role: 'poster' },
        { userId: 'zgone', role: 'reader' },
        { userId: 'agone', role: 'owner' },
      ],
      [
        { userId: 'stay', role: 'poster' },
        { userId: 'promote', role: 'owner' },
        { userId: 'new2', role: 'reader' },
        { userId: 'new1', role: 'poster' },
      ],
    );
    expect(diff).toEqual({
      add: [
        { userId: 'new1', role: 'poster' },
        { userId: 'new2', role: 'reader' },
      ],
      remove: ['agone', 'zgone'],
      roleChange: [{ userId: 'promote', from: 'poster', to: 'owner' }],
    });
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('is empty when the sets agree, whatever their order', () => {
    const a = [
      { userId: 'x', role: 'owner' as const },
      { userId: 'y', role: 'reader' as const },
    ];
    expect(isEmptyDiff(diffMembership(a, [...a].reverse()))).toBe(true);
  });
});

describe('applyMembershipDiff', () => {
  const channel = { id: 'ch-1', lastSeq: 40 };

  it('ends leavers at the current seq (their rows stay) and starts joiners with nothing unread', () => {
    const members = [
      memberRow('stay', 'poster', { lastReadSeq: 12 }),
      memberRow('gone', 'poster', { lastReadSeq: 30 }),
    ];
    const changed = applyMembershipDiff(channel, members, {
      add: [{ userId: 'new', role: 'reader' }],
      remove: ['gone'],
      roleChange: [{ userId: 'stay', from: 'poster', to: 'owner' }],
    });
    expect(changed).toEqual([
      memberRow('gone', 'poster', { lastReadSeq: 30, leftAtSeq: 40 }),
      memberRow('new', 'reader', { joinedAtSeq: 40, lastReadSeq: 40 }),
      memberRow('stay', 'owner', { lastReadSeq: 12 }),
    ]);
  });

  it('reopens the row of someone who comes back, and ignores steps that do not apply', () => {
    const members = [
      memberRow('back', 'poster', { leftAtSeq: 20, lastReadSeq: 18 }),
      memberRow('active', 'poster'),
      memberRow('left', 'poster', { leftAtSeq: 5 }),
    ];
    const changed = applyMembershipDiff(channel, members, {
      add: [
        { userId: 'back', role: 'poster' },
        { userId: 'active', role: 'poster' },
      ],
      remove: ['left', 'unknown'],
      roleChange: [{ userId: 'left', from: 'poster', to: 'owner' }],
    });
    expect(changed).toEqual([memberRow('back', 'poster', { joinedAtSeq: 40, lastReadSeq: 40 })]);
  });
});

describe('planChannelSync', () => {
  const desired = (key: string, members: DesiredChannel['members']): DesiredChannel => ({
    key,
    kind: 'village',
    unitId: key.split(':')[1]!,
    teamId: 't',
    members,
  });

  it('creates missing channels, updates changed ones, reactivates and archives', () => {
    const plan = planChannelSync(
      [
        { key: 'village:same', kind: 'village', status: 'active', members: [{ userId: 'a', role: 'owner' }] },
        {
          key: 'village:changed',
          kind: 'village',
          status: 'active',
          members: [{ userId: 'a', role: 'owner' }],
        },
        { key: 'village:back', kind: 'village', status: 'archived', members: [] },
        {
          key: 'village:gone',
          kind: 'village',
          status: 'active',
          members: [{ userId: 'z', role: 'poster' }],
        },
        { key: 'village:long-gone', kind: 'village', status: 'archived', members: [] },
        {
          key: 'group:g',
          kind: 'working_group',
          status: 'active',
          members: [{ userId: 'g', role: 'owner' }],
        },
      ],
      [
        desired('village:same', [{ userId: 'a', role: 'owner' }]),
        desired('village:changed', [{ userId: 'b', role: 'owner' }]),
        desired('village:back', [{ userId: 'c', role: 'owner' }]),
        desired('village:new', [{ userId: 'd', role: 'owner' }]),
      ],
    );
    expect(plan.create.map((c) => c.key)).toEqual(['village:new']);
    expect(plan.update).toEqual([
      {
        key: 'village:changed',
        diff: { add: [{ userId: 'b', role: 'owner' }], remove: ['a'], roleChange: [] },
        reactivate: false,
      },
      {
        key: 'village:back',
        diff: { add: [{ userId: 'c', role: 'owner' }], remove: [], roleChange: [] },
        reactivate: true,
      },
    ]);
    // Working groups are never touched by derivation; archived channels stay archived.
    expect(plan.archive).toEqual([{ key: 'village:gone', diff: { add: [], remove: ['z'], roleChange: [] } }]);
  });
});

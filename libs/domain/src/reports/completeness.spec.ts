import {
  completenessByUnit,
  completenessOf,
  emptyCompleteness,
  whoHasNotReported,
  type Submission,
} from './completeness';
import { DEADLINE, FOUR_LEVELS } from './spec-fixtures';

const ON_TIME = '2026-11-19T03:00:00.000Z';
const LATE = '2026-11-21T03:00:00.000Z';
const submission = (
  reporterId: string,
  state: Submission['state'],
  firstSubmittedAt: string | null,
): Submission => ({
  reporterId,
  state,
  firstSubmittedAt,
  deadlineAt: DEADLINE,
});

const expected = [
  { reporterId: 't-c1', unitId: 'c1', name: 'Tổ xã Vĩnh Thái' },
  { reporterId: 't-v1', unitId: 'v1', name: 'Tổ thôn Tân Mỹ' },
  { reporterId: 't-v2', unitId: 'v2', name: 'Tổ thôn Thái Lai' },
  { reporterId: 't-c2', unitId: 'c2', name: 'Tổ xã Vĩnh Hòa' },
  { reporterId: 't-c3', unitId: 'c3', name: 'Tổ xã Gio Mỹ' },
];
const submissions = [
  submission('t-c1', 'accepted', ON_TIME),
  submission('t-v1', 'submitted', LATE),
  submission('t-v2', 'returned', ON_TIME),
  submission('t-c2', 'draft', null),
  submission('stranger', 'submitted', ON_TIME),
];

describe('completenessOf', () => {
  it('counts expected, submitted, on time, returned and accepted, with rates over the expected', () => {
    expect(completenessOf(expected, submissions)).toEqual({
      expected: 5,
      submitted: 2,
      onTime: 1,
      returned: 1,
      accepted: 1,
      completenessRate: 0.4,
      timelinessRate: 0.2,
    });
  });

  it('counts a resubmitted report as submitted, on time by its first submission', () => {
    const figures = completenessOf([{ reporterId: 'a' }], [submission('a', 'resubmitted', ON_TIME)]);
    expect(figures).toMatchObject({ submitted: 1, onTime: 1, completenessRate: 1, timelinessRate: 1 });
  });

  it('ignores reports from parties not expected, so rates stay within 100 %', () => {
    expect(completenessOf([], submissions)).toEqual(emptyCompleteness());
    expect(emptyCompleteness().completenessRate).toBeNull();
  });
});

describe('completenessByUnit', () => {
  it('adds the reporters of every unit’s subtree, at every level', () => {
    const byUnit = completenessByUnit(FOUR_LEVELS, expected, submissions);
    expect(byUnit.get('p')).toEqual(completenessOf(expected, submissions));
    expect(byUnit.get('c1')).toMatchObject({ expected: 3, submitted: 2, onTime: 1, returned: 1 });
    expect(byUnit.get('d1')).toMatchObject({ expected: 4, submitted: 2, completenessRate: 0.5 });
    expect(byUnit.get('d2')).toMatchObject({
      expected: 1,
      submitted: 0,
      completenessRate: 0,
      timelinessRate: 0,
    });
    expect(byUnit.get('v2')).toMatchObject({ expected: 1, submitted: 0, returned: 1 });
  });
});

describe('whoHasNotReported', () => {
  it('lists the expected reporters without a counted report, in order, with where each stands', () => {
    expect(whoHasNotReported(expected, submissions)).toEqual([
      { reporterId: 't-v2', unitId: 'v2', name: 'Tổ thôn Thái Lai', status: 'returned' },
      { reporterId: 't-c2', unitId: 'c2', name: 'Tổ xã Vĩnh Hòa', status: 'draft' },
      { reporterId: 't-c3', unitId: 'c3', name: 'Tổ xã Gio Mỹ', status: 'missing' },
    ]);
  });

  it('is empty once everyone has reported', () => {
    const all = expected.map((r) => submission(r.reporterId, 'submitted', ON_TIME));
    expect(whoHasNotReported(expected, all)).toEqual([]);
  });
});

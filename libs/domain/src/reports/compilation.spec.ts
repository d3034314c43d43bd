import { emptyAssignmentFigures } from '../rollups/figures';
import { draftCompilation, type CompilationInput } from './compilation';
import { activity, DEADLINE } from './spec-fixtures';

const ON_TIME = '2026-11-19T03:00:00.000Z';
const LATE = '2026-11-22T03:00:00.000Z';

const buckets = (
  done_on_time: number,
  done_late: number,
  open_within_deadline: number,
  open_overdue: number,
) => ({
  byBucket: {
    ...emptyAssignmentFigures().byBucket,
    done_on_time,
    done_late,
    open_within_deadline,
    open_overdue,
    declined: 9,
  },
});

const input: CompilationInput = {
  period: { id: '2026-11' },
  areaUnitId: 'd1',
  communes: [
    { id: 'c1', name: 'Vĩnh Thái' },
    { id: 'c2', name: 'Vĩnh Hòa' },
  ],
  expectedTeams: [
    { teamId: 't-c1', name: 'Tổ xã Vĩnh Thái', kind: 'commune', communeId: 'c1' },
    { teamId: 't-v1', name: 'Tổ thôn Tân Mỹ', kind: 'village', communeId: 'c1' },
    { teamId: 't-v2', name: 'Tổ thôn Thái Lai', kind: 'village', communeId: 'c1' },
    { teamId: 't-c2', name: 'Tổ xã Vĩnh Hòa', kind: 'commune', communeId: 'c2' },
  ],
  teamReports: [
    {
      teamId: 't-c1',
      state: 'accepted',
      firstSubmittedAt: ON_TIME,
      deadlineAt: DEADLINE,
      content: activity({
        residentsGuided: {
          vneid: 40,
          public_service_portal: 10,
          cashless_payment: 0,
          ecommerce: 0,
          other: 0,
        },
        training: { sessions: 1, participants: 30 },
        initiatives: [{ title: 'Góc VNeID', description: 'Tại nhà văn hóa' }],
        notes: 'Thiếu máy tính bảng.',
      }),
    },
    {
      teamId: 't-v1',
      state: 'submitted',
      firstSubmittedAt: LATE,
      deadlineAt: DEADLINE,
      content: activity({
        residentsGuided: { vneid: 12, public_service_portal: 0, cashless_payment: 8, ecommerce: 3, other: 0 },
        publicity: { activities: 2, description: 'Loa thôn' },
        commendations: [{ nomineeKind: 'resident', name: 'Lê Thị B', reason: 'Hướng dẫn 30 người' }],
      }),
    },
    // Returned: left out of the sums and listed as not reported.
    {
      teamId: 't-v2',
      state: 'returned',
      firstSubmittedAt: ON_TIME,
      deadlineAt: DEADLINE,
      content: activity({ training: { sessions: 9, participants: 99 } }),
    },
    // Not expected (dissolved before the period ended): left out entirely.
    {
      teamId: 't-old',
      state: 'submitted',
      firstSubmittedAt: ON_TIME,
      deadlineAt: DEADLINE,
      content: activity({ publicity: { activities: 50, description: '' } }),
    },
  ],
  taskFigures: new Map([
    ['c1', buckets(3, 1, 2, 2)],
    ['c2', buckets(0, 0, 1, 0)],
  ]),
};

describe('draftCompilation', () => {
  const content = draftCompilation(input);

  it('sums each commune’s counted reports and task buckets', () => {
    const [c1, c2] = content.communes;
    expect(c1).toMatchObject({
      communeId: 'c1',
      communeName: 'Vĩnh Thái',
      teamsExpected: 3,
      teamsReported: 2,
      teamsOnTime: 1,
    });
    expect(c1!.activity).toEqual({
      residentsGuided: { vneid: 52, public_service_portal: 10, cashless_payment: 8, ecommerce: 3, other: 0 },
      residentsGuidedTotal: 73,
      trainingSessions: 1,
      trainingParticipants: 30,
      publicityActivities: 2,
      initiatives: 1,
      commendationProposals: 1,
    });
    // Declined assignments stay out of the four reported buckets.
    expect(c1!.tasks).toEqual({
      byBucket: { done_on_time: 3, done_late: 1, open_within_deadline: 2, open_overdue: 2 },
      reported: 8,
      completionRate: 0.5,
      onTimeRate: 0.375,
    });
    expect(c2).toMatchObject({
      teamsExpected: 1,
      teamsReported: 0,
      tasks: { reported: 1, completionRate: 0 },
    });
  });

  it('totals the area', () => {
    expect(content.totals).toMatchObject({ teamsExpected: 4, teamsReported: 2, teamsOnTime: 1 });
    expect(content.totals.activity.residentsGuidedTotal).toBe(73);
    expect(content.totals.activity.publicityActivities).toBe(2);
    expect(content.totals.tasks).toEqual({
      byBucket: { done_on_time: 3, done_late: 1, open_within_deadline: 3, open_overdue: 2 },
      reported: 9,
      completionRate: 4 / 9,
      onTimeRate: 3 / 9,
    });
  });

  it('lists initiatives, commendation proposals and notes with their team', () => {
    expect(content.initiatives).toEqual([
      {
        teamId: 't-c1',
        teamName: 'Tổ xã Vĩnh Thái',
        communeId: 'c1',
        title: 'Góc VNeID',
        description: 'Tại nhà văn hóa',
      },
    ]);
    expect(content.commendations).toEqual([
      {
        teamId: 't-v1',
        teamName: 'Tổ thôn Tân Mỹ',
        communeId: 'c1',
        nomineeKind: 'resident',
        name: 'Lê Thị B',
        reason: 'Hướng dẫn 30 người',
      },
    ]);
    expect(content.teamNotes).toEqual([
      { teamId: 't-c1', teamName: 'Tổ xã Vĩnh Thái', communeId: 'c1', notes: 'Thiếu máy tính bảng.' },
    ]);
  });

  it('lists who has not reported, and why', () => {
    expect(content.notReported).toEqual([
      { teamId: 't-v2', teamName: 'Tổ thôn Thái Lai', communeId: 'c1', kind: 'village', status: 'returned' },
      { teamId: 't-c2', teamName: 'Tổ xã Vĩnh Hòa', communeId: 'c2', kind: 'commune', status: 'missing' },
    ]);
  });

  it('starts with an empty review, and keeps the official’s review when the draft is refreshed', () => {
    expect([content.summary, content.proposals]).toEqual(['', '']);
    const refreshed = draftCompilation({
      ...input,
      review: { summary: 'Nhìn chung tốt', proposals: 'Cấp thêm thiết bị' },
    });
    expect([refreshed.summary, refreshed.proposals]).toEqual(['Nhìn chung tốt', 'Cấp thêm thiết bị']);
    expect({ ...refreshed, summary: '', proposals: '' }).toEqual(content);
  });

  it('drafts an empty compilation when no team has reported', () => {
    const empty = draftCompilation({ ...input, teamReports: [], taskFigures: new Map() });
    expect(empty.totals.teamsReported).toBe(0);
    expect(empty.totals.tasks.completionRate).toBeNull();
    expect(empty.notReported.map((t) => t.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });
});

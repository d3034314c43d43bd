import { combine } from '../rollups/figures';
import { assignment, NOW } from '../rollups/spec-fixtures';
import { teamFigures } from '../rollups/team-figures';
import { emptyAssignmentFigures } from '../rollups/figures';
import { draftCompilation } from './compilation';
import { completenessOf } from './completeness';
import { AREA_MONTHLY_COMPILATION, TEAM_MONTHLY_ACTIVITY } from './definitions';
import { periodById } from './period';
import { activity, DEADLINE } from './spec-fixtures';
import { compilationTables } from './tables/compilation-tables';
import { completenessTables } from './tables/completeness-tables';
import { DASHBOARD_TABLE_METRICS, dashboardUnitTable } from './tables/dashboard-table';
import { teamReportTable } from './tables/report-table';

const period = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;
const figures = (states: Parameters<typeof assignment>[0][]) =>
  teamFigures({
    team: { kind: 'village', status: 'active' },
    members: [],
    assignments: states.map((s) => assignment(s)),
    now: NOW,
  });

describe('dashboardUnitTable', () => {
  const vinhLinh = figures(['completed', 'assigned']);
  const gioLinh = figures(['completed']);
  const table = dashboardUnitTable({
    unitName: 'Quảng Trị',
    asOf: NOW,
    rows: [
      { name: 'Vĩnh Linh', figures: vinhLinh },
      { name: 'Gio Linh', figures: gioLinh },
    ],
    totals: combine(vinhLinh, gioLinh),
  });

  it('has the unit name and one column per metric, rates as percent', () => {
    expect(table.columns.map((c) => c.key)).toEqual(['name', ...DASHBOARD_TABLE_METRICS]);
    expect(table.columns.find((c) => c.key === 'completionRate')).toEqual({
      key: 'completionRate',
      kind: 'percent',
      label: { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate' },
    });
    expect(table.columns.find((c) => c.key === 'openOverdue')!.label.vi).toBe('Chưa hoàn thành, quá hạn');
  });

  it('gives a row per unit and the unit’s own figures as totals', () => {
    expect(table.rows[0]).toMatchObject({
      name: 'Vĩnh Linh',
      assignments: 2,
      doneOnTime: 1,
      completionRate: 0.5,
    });
    expect(table.totals).toMatchObject({
      name: 'Tổng cộng',
      assignments: 3,
      completionRate: 2 / 3,
      teams: 2,
    });
    expect(table.subtitle).toEqual({
      vi: 'Quảng Trị – Số liệu đến 09:00 01/11/2026',
      en: 'Quảng Trị – Figures as of 09:00 01/11/2026',
    });
  });
});

describe('completenessTables', () => {
  const figuresOf = completenessOf(
    [{ reporterId: 'a' }, { reporterId: 'b' }],
    [{ reporterId: 'a', state: 'submitted', firstSubmittedAt: NOW, deadlineAt: DEADLINE }],
  );
  const [summary, missing] = completenessTables({
    unitName: 'Xã Vĩnh Thái',
    definitionName: TEAM_MONTHLY_ACTIVITY.name,
    period,
    rows: [{ name: 'Thôn Tân Mỹ', figures: figuresOf }],
    totals: figuresOf,
    notReported: [{ name: 'Tổ thôn Thái Lai', unitName: 'Thôn Thái Lai', status: 'missing' }],
  });

  it('shows expected, submitted, on time and the two DHIS2 rates', () => {
    expect(summary!.rows).toEqual([
      {
        name: 'Thôn Tân Mỹ',
        expected: 2,
        submitted: 1,
        onTime: 1,
        returned: 0,
        completenessRate: 0.5,
        timelinessRate: 0.5,
      },
    ]);
    expect(summary!.subtitle!.vi).toBe(
      'Xã Vĩnh Thái – Kỳ 2026-11 (15/10/2026 – 14/11/2026), hạn gửi 20/11/2026',
    );
  });

  it('lists who has not reported in Vietnamese', () => {
    expect(missing!.rows).toEqual([
      { name: 'Tổ thôn Thái Lai', unit: 'Thôn Thái Lai', status: 'Chưa báo cáo' },
    ]);
  });
});

describe('compilationTables', () => {
  const content = draftCompilation({
    period,
    areaUnitId: 'd1',
    communes: [{ id: 'c1', name: 'Vĩnh Thái' }],
    expectedTeams: [
      { teamId: 't1', name: 'Tổ xã Vĩnh Thái', kind: 'commune', communeId: 'c1' },
      { teamId: 't2', name: 'Tổ thôn Tân Mỹ', kind: 'village', communeId: 'c1' },
    ],
    teamReports: [
      {
        teamId: 't1',
        state: 'submitted',
        firstSubmittedAt: NOW,
        deadlineAt: DEADLINE,
        content: activity({
          residentsGuided: {
            vneid: 5,
            public_service_portal: 0,
            cashless_payment: 0,
            ecommerce: 0,
            other: 0,
          },
          initiatives: [{ title: 'Cà phê số', description: '' }],
          commendations: [{ nomineeKind: 'business', name: 'HTX Vĩnh Thái', reason: 'Bán hàng trên sàn' }],
        }),
      },
    ],
    taskFigures: new Map([
      ['c1', { byBucket: { ...emptyAssignmentFigures().byBucket, done_on_time: 1, open_overdue: 1 } }],
    ]),
    review: { summary: 'Đạt yêu cầu', proposals: '' },
  });
  const tables = compilationTables(content, {
    areaName: 'Huyện Vĩnh Linh',
    period: periodById(AREA_MONTHLY_COMPILATION, '2026-11')!,
  });

  it('gives the commune figures, the review, the lists and who has not reported, one sheet each', () => {
    expect(tables.map((t) => t.sheetName)).toEqual([
      'Tổng hợp',
      'Đánh giá',
      'Sáng kiến',
      'Đề xuất khen thưởng',
      'Chưa báo cáo',
    ]);
    expect(tables[0]!.rows[0]).toMatchObject({
      commune: 'Vĩnh Thái',
      teamsExpected: 2,
      teamsReported: 1,
      'residents.vneid': 5,
      residentsTotal: 5,
      initiatives: 1,
      commendations: 1,
      assignments: 2,
      openOverdue: 1,
      completionRate: 0.5,
    });
    expect(tables[0]!.totals).toMatchObject({ commune: 'Tổng cộng', residentsTotal: 5 });
    expect(tables[1]!.rows[0]).toEqual({ item: 'Nhận xét, đánh giá', text: 'Đạt yêu cầu' });
    expect(tables[2]!.rows).toEqual([
      { team: 'Tổ xã Vĩnh Thái', commune: 'Vĩnh Thái', title: 'Cà phê số', description: '' },
    ]);
    expect(tables[3]!.rows[0]).toMatchObject({
      nomineeKind: 'Doanh nghiệp, hộ kinh doanh',
      name: 'HTX Vĩnh Thái',
    });
    expect(tables[4]!.rows).toEqual([
      {
        team: 'Tổ thôn Tân Mỹ',
        commune: 'Vĩnh Thái',
        kind: 'Tổ công nghệ số cộng đồng cấp thôn',
        status: 'Chưa báo cáo',
      },
    ]);
    expect(tables[0]!.subtitle!.vi).toContain('hạn gửi 29/11/2026');
  });
});

describe('teamReportTable', () => {
  it('lists every item of the report with its count and details', () => {
    const table = teamReportTable(
      activity({
        residentsGuided: { vneid: 3, public_service_portal: 0, cashless_payment: 0, ecommerce: 0, other: 2 },
        otherPlatforms: 'Zalo OA',
        training: { sessions: 1, participants: 12 },
        initiatives: [{ title: 'Góc số', description: 'Ở chợ' }],
        commendations: [{ nomineeKind: 'member', name: 'Trần C', reason: 'Nhiệt tình' }],
        notes: 'Không',
      }),
      { teamName: 'Tổ thôn Tân Mỹ', period },
    );
    expect(table.rows).toEqual([
      { item: 'Người dân được hướng dẫn: VNeID', value: 3, detail: '' },
      { item: 'Người dân được hướng dẫn: Cổng Dịch vụ công', value: 0, detail: '' },
      { item: 'Người dân được hướng dẫn: Thanh toán không dùng tiền mặt', value: 0, detail: '' },
      { item: 'Người dân được hướng dẫn: Sàn thương mại điện tử', value: 0, detail: '' },
      { item: 'Người dân được hướng dẫn: Nền tảng khác', value: 2, detail: 'Zalo OA' },
      { item: 'Tổng số lượt người dân được hướng dẫn', value: 5, detail: '' },
      { item: 'Số buổi tập huấn', value: 1, detail: '' },
      { item: 'Số người tham gia tập huấn', value: 12, detail: '' },
      { item: 'Số hoạt động tuyên truyền', value: 0, detail: '' },
      { item: 'Sáng kiến', value: null, detail: 'Góc số: Ở chợ' },
      { item: 'Đề xuất khen thưởng (Thành viên Tổ)', value: null, detail: 'Trần C: Nhiệt tình' },
      { item: 'Ghi chú', value: null, detail: 'Không' },
    ]);
  });
});

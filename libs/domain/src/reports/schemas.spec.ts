import { DEFAULT_REPORT_DEFINITIONS, TEAM_MONTHLY_ACTIVITY } from './definitions';
import {
  adHocRequestSchema,
  completenessQuerySchema,
  exportQuerySchema,
  listReportsQuerySchema,
  openReportRequestSchema,
  reportDefinitionSchema,
  returnReportRequestSchema,
} from './schemas';

const uuid = '3f1c2a9e-0000-4000-8000-000000000001';

describe('reportDefinitionSchema', () => {
  it('accepts every default definition as it is', () => {
    for (const definition of DEFAULT_REPORT_DEFINITIONS)
      expect(reportDefinitionSchema.parse(definition)).toEqual(definition);
  });

  it('refuses a deadline before the data cut-off, unknown recipients and empty reporter kinds', () => {
    const early = reportDefinitionSchema.safeParse({
      ...TEAM_MONTHLY_ACTIVITY,
      deadline: { monthsAfterPeriodEnd: 0, day: 10 },
    });
    expect(early.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['deadline', 'the deadline must come after the data cut-off'],
    ]);
    expect(
      reportDefinitionSchema.safeParse({ ...TEAM_MONTHLY_ACTIVITY, recipient: 'ministry' }).success,
    ).toBe(false);
    expect(
      reportDefinitionSchema.safeParse({
        ...TEAM_MONTHLY_ACTIVITY,
        reporter: { type: 'team', teamKinds: [] },
      }).success,
    ).toBe(false);
    expect(reportDefinitionSchema.safeParse({ ...TEAM_MONTHLY_ACTIVITY, id: 'Team Monthly' }).success).toBe(
      false,
    );
  });
});

describe('report request schemas', () => {
  it('opens a report for a team or a unit, not both', () => {
    expect(
      openReportRequestSchema.parse({
        definitionId: 'team-monthly-activity',
        periodId: '2026-11',
        reporter: { teamId: uuid },
      }),
    ).toEqual({
      definitionId: 'team-monthly-activity',
      periodId: '2026-11',
      reporter: { teamId: uuid },
    });
    expect(
      openReportRequestSchema.safeParse({
        definitionId: 'x',
        periodId: '2026-11',
        reporter: { teamId: uuid, unitId: uuid },
      }).success,
    ).toBe(false);
  });

  it('needs a reason to return a report', () => {
    expect(returnReportRequestSchema.safeParse({ reason: '   ' }).success).toBe(false);
    expect(returnReportRequestSchema.parse({ reason: ' Thiếu số liệu ' })).toEqual({
      reason: 'Thiếu số liệu',
    });
  });

  it('checks an ad-hoc request’s dates', () => {
    const request = {
      definitionId: 'team-ad-hoc-activity',
      unitId: uuid,
      title: 'Rà soát',
      start: '2026-11-02',
      end: '2026-11-06',
      deadlineDate: '2026-11-09',
    };
    expect(adHocRequestSchema.safeParse(request).success).toBe(true);
    expect(
      adHocRequestSchema.safeParse({ ...request, deadlineDate: '2026-11-05' }).error?.issues[0]?.path,
    ).toEqual(['deadlineDate']);
    expect(adHocRequestSchema.safeParse({ ...request, end: '2026-11-01' }).error?.issues[0]?.path).toEqual([
      'end',
    ]);
  });

  it('reads report lists and completeness from the query string', () => {
    expect(listReportsQuerySchema.parse({ unitId: uuid, states: 'submitted', limit: '20' })).toEqual({
      unitId: uuid,
      states: ['submitted'],
      limit: 20,
    });
    expect(
      completenessQuerySchema.safeParse({ unitId: uuid, definitionId: 'team-monthly-activity' }).success,
    ).toBe(false);
  });
});

describe('exportQuerySchema', () => {
  it('takes each table with its own parameters', () => {
    expect(exportQuerySchema.parse({ table: 'dashboard', format: 'xlsx', unitId: uuid })).toEqual({
      table: 'dashboard',
      format: 'xlsx',
      unitId: uuid,
      sort: 'name',
      order: 'asc',
    });
    expect(
      exportQuerySchema.parse({
        table: 'completeness',
        format: 'pdf',
        unitId: uuid,
        definitionId: 'team-monthly-activity',
        periodId: '2026-11',
      }),
    ).toMatchObject({ table: 'completeness', periodId: '2026-11' });
    expect(exportQuerySchema.parse({ table: 'report', format: 'pdf', reportId: uuid })).toEqual({
      table: 'report',
      format: 'pdf',
      reportId: uuid,
    });
  });

  it('refuses unknown formats and tables, and keeps the dashboard’s period check', () => {
    expect(exportQuerySchema.safeParse({ table: 'report', format: 'docx', reportId: uuid }).success).toBe(
      false,
    );
    expect(exportQuerySchema.safeParse({ table: 'everything', format: 'pdf' }).success).toBe(false);
    expect(exportQuerySchema.safeParse({ table: 'compilation', format: 'pdf' }).success).toBe(false);
    expect(
      exportQuerySchema.safeParse({
        table: 'dashboard',
        format: 'pdf',
        unitId: uuid,
        from: '2026-11-02',
        to: '2026-11-01',
      }).success,
    ).toBe(false);
  });
});

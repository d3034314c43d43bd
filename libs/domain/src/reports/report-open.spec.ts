import { ErrorCode } from '../errors/error-codes';
import { AREA_MONTHLY_COMPILATION, TEAM_AD_HOC_ACTIVITY, TEAM_MONTHLY_ACTIVITY } from './definitions';
import { periodById } from './period';
import { checkReportPeriod, openReport } from './report-open';
import { activity } from './spec-fixtures';

const AT = '2026-10-15T01:00:00.000Z';

describe('checkReportPeriod', () => {
  it('gives the period once it has begun in Vietnam', () => {
    // 08:00 on 15 October in Vietnam: November's period (from the 15th) has begun.
    const result = checkReportPeriod(TEAM_MONTHLY_ACTIVITY, '2026-11', AT);
    expect(result.ok && result.value.start).toBe('2026-10-15');
  });

  it('refuses a period not yet begun (422 REPORT_PERIOD_NOT_OPEN)', () => {
    expect(checkReportPeriod(TEAM_MONTHLY_ACTIVITY, '2026-11', '2026-10-14T16:59:59.000Z')).toEqual({
      ok: false,
      error: {
        code: ErrorCode.ReportPeriodNotOpen,
        message: 'The period 2026-11 has not begun',
        details: { periodId: '2026-11', start: '2026-10-15' },
      },
    });
  });

  it('refuses ids that are not the definition’s periods, and ad-hoc definitions', () => {
    for (const id of ['2026-Q4', '2026-11-01', 'november']) {
      const result = checkReportPeriod(TEAM_MONTHLY_ACTIVITY, id, AT);
      expect(!result.ok && result.error.code).toBe(ErrorCode.ReportPeriodInvalid);
    }
    const adHoc = checkReportPeriod(TEAM_AD_HOC_ACTIVITY, '2026-11', AT);
    expect(!adHoc.ok && adHoc.error.code).toBe(ErrorCode.ReportPeriodInvalid);
  });
});

describe('openReport', () => {
  const period = periodById(TEAM_MONTHLY_ACTIVITY, '2026-11')!;
  const reporter = {
    kind: 'team',
    reporterId: 't-v1',
    name: 'Tổ thôn',
    unitId: 'v1',
    recipientUnitId: 'c1',
  } as const;

  it('opens a draft addressed to the recipient, with the period’s deadline', () => {
    const result = openReport({
      id: 'r1',
      definition: TEAM_MONTHLY_ACTIVITY,
      period,
      reporter,
      content: activity(),
      at: AT,
    });
    expect(result.ok && result.value).toEqual({
      id: 'r1',
      definitionId: 'team-monthly-activity',
      periodId: '2026-11',
      reporter: { kind: 'team', id: 't-v1', unitId: 'v1' },
      recipientUnitId: 'c1',
      state: 'draft',
      content: activity(),
      deadlineAt: '2026-11-20T16:59:59.999Z',
      firstSubmittedAt: null,
      lastSubmittedAt: null,
      acceptedAt: null,
      returnReason: null,
      updatedAt: AT,
      history: [],
    });
  });

  it('refuses a reporter the definition does not expect, or one with nobody above to receive', () => {
    const missing = openReport({
      id: 'r',
      definition: AREA_MONTHLY_COMPILATION,
      period,
      reporter: undefined,
      content: {},
      at: AT,
    });
    expect(!missing.ok && missing.error.code).toBe(ErrorCode.ReportNotExpected);
    const orphan = openReport({
      id: 'r',
      definition: TEAM_MONTHLY_ACTIVITY,
      period,
      reporter: { ...reporter, recipientUnitId: null },
      content: {},
      at: AT,
    });
    expect(!orphan.ok && orphan.error.details).toEqual({
      definitionId: 'team-monthly-activity',
      recipient: 'commune_above',
    });
  });
});

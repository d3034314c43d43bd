import {
  dashboardQuerySchema,
  dashboardTeamQuerySchema,
  drillDownQuerySchema,
  MAX_DASHBOARD_DAYS,
} from './dashboard-schemas';

const unitId = '3f1c2a9e-0000-4000-8000-000000000001';
const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('dashboardQuerySchema', () => {
  it('needs a unit and defaults to sorting by name, ascending', () => {
    expect(dashboardQuerySchema.parse({ unitId })).toEqual({ unitId, sort: 'name', order: 'asc' });
    expect(dashboardQuerySchema.safeParse({}).success).toBe(false);
  });

  it('takes task, category, period and sort filters', () => {
    const query = {
      unitId,
      taskId: unitId,
      category: 'cashless_payment',
      from: '2026-10-01',
      to: '2026-10-31',
      sort: 'openOverdue',
      order: 'desc',
    };
    expect(dashboardQuerySchema.parse(query)).toEqual(query);
  });

  it('refuses unknown categories, sort keys and impossible dates', () => {
    expect(dashboardQuerySchema.safeParse({ unitId, category: 'karaoke' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ unitId, sort: 'mood' }).success).toBe(false);
    expect(dashboardQuerySchema.safeParse({ unitId, from: '2026-02-30' }).success).toBe(false);
  });

  it('refuses a period running backwards or longer than the limit', () => {
    expect(
      issuesOf(dashboardQuerySchema.safeParse({ unitId, from: '2026-11-02', to: '2026-11-01' })),
    ).toEqual([['to', '"to" must not be before "from"']]);
    expect(dashboardQuerySchema.safeParse({ unitId, from: '2026-11-01', to: '2026-11-01' }).success).toBe(
      true,
    );
    expect(dashboardQuerySchema.safeParse({ unitId, from: '2025-01-01', to: '2027-01-01' }).success).toBe(
      true,
    );
    expect(
      issuesOf(dashboardQuerySchema.safeParse({ unitId, from: '2025-01-01', to: '2027-01-02' })),
    ).toEqual([['to', `a period spans at most ${MAX_DASHBOARD_DAYS} days`]]);
  });
});

describe('drillDownQuerySchema', () => {
  it('takes a bucket, state, team and page from the query string', () => {
    expect(
      drillDownQuerySchema.parse({
        unitId,
        bucket: 'open_overdue',
        state: 'assigned',
        teamKind: 'village',
        limit: '20',
      }),
    ).toEqual({ unitId, bucket: 'open_overdue', state: 'assigned', teamKind: 'village', limit: 20 });
    expect(drillDownQuerySchema.parse({ unitId }).limit).toBe(100);
    expect(drillDownQuerySchema.safeParse({ unitId, limit: '501' }).success).toBe(false);
    expect(drillDownQuerySchema.safeParse({ unitId, bucket: 'late' }).success).toBe(false);
  });

  it('checks the period like the overview', () => {
    expect(drillDownQuerySchema.safeParse({ unitId, from: '2026-11-02', to: '2026-11-01' }).success).toBe(
      false,
    );
  });
});

describe('dashboardTeamQuerySchema', () => {
  it("needs a team and takes the overview's filters, with the same period rule", () => {
    const query = { teamId: unitId, taskId: unitId, category: 'cashless_payment', from: '2026-10-01' };
    expect(dashboardTeamQuerySchema.parse(query)).toEqual(query);
    expect(dashboardTeamQuerySchema.safeParse({ unitId }).success).toBe(false);
    expect(dashboardTeamQuerySchema.safeParse({ teamId: 'team-1' }).success).toBe(false);
    expect(
      issuesOf(dashboardTeamQuerySchema.safeParse({ teamId: unitId, from: '2026-11-02', to: '2026-11-01' })),
    ).toEqual([['to', '"to" must not be before "from"']]);
  });
});

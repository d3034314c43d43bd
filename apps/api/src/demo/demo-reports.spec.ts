import type { INestApplicationContext } from '@nestjs/common';
import { TEAM_MONTHLY_ACTIVITY, reportingPeriodAt, shiftPeriod } from '@cdt/domain';
import { DataSource } from 'typeorm';
import { createTestContext } from '../../../../test/support/context';
import { DemoReportsSeeder } from './demo-reports';

/** The demo's last-month reports (loaded by the run's bootstrap): filed by leaders, counted, idempotent. */
describe('demo reports', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  const lastMonth = shiftPeriod(
    TEAM_MONTHLY_ACTIVITY,
    reportingPeriodAt(TEAM_MONTHLY_ACTIVITY, new Date().toISOString()),
    -1,
  );

  beforeAll(async () => {
    app = await createTestContext();
    db = app.get(DataSource);
  });
  afterAll(() => app.close());

  it('holds submitted team reports of last month in three districts, none in Đakrông', async () => {
    const rows = await db.query<{ code: string; n: number; onTime: number }[]>(
      `SELECT d.code, count(*)::int AS n, count(*) FILTER (WHERE r.first_submitted_at <= r.deadline_at)::int AS "onTime"
       FROM reports r JOIN units d ON r.reporter_unit_path LIKE d.path || '%' AND d.kind = 'district'
       WHERE r.definition_id = $1 AND r.period_id = $2 AND r.state = 'submitted' AND r.created_by IS NOT NULL
       GROUP BY d.code ORDER BY d.code`,
      [TEAM_MONTHLY_ACTIVITY.id, lastMonth.id],
    );
    expect(rows.map((r) => r.code)).toEqual(['464', '466', '469']);
    for (const row of rows) expect(row.onTime).toBeGreaterThan(0);
  });

  it('adds nothing when run again, even for teams activated since', async () => {
    expect(await app.get(DemoReportsSeeder).seed(new Date().toISOString())).toEqual({ reports: 0 });
  });
});

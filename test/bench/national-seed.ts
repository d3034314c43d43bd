import { DEFAULT_REMINDER_POLICY } from '@cdt/domain';
import type * as Computer from '../../apps/api/src/rollups/rollup-computer';
import type { DashboardPlaces } from './dashboard-seed';
import { dist, openBenchDatabase } from './bench-seed';

/** The country after the 2025 reform: 34 provinces, 3,321 communes, no districts. */
export interface NationalSizes {
  provinces: number;
  communes: number;
  /** Teams: one per commune and one per village, so villages = teams − communes. */
  teams: number;
  assignments: number;
  /** Members per team (a leader, a deputy, the rest members), each a user. */
  membersPerTeam: number;
}

export interface NationalData extends DashboardPlaces {
  sizes: NationalSizes;
  /** Seconds spent inserting the rows, and in the API's full recomputation of every rollup. */
  insertSeconds: number;
  recomputeSeconds: number;
  rollups: { units: number; teams: number };
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/**
 * Set-based SQL (generate_series) for the synthetic country, into the run's database (which, made by
 * openBenchDatabase, also holds Quảng Trị's real units, without teams): provinces → communes → villages, a
 * team at every commune and village with its members, `tasksPerProvince` published tasks per province and
 * `assignments` assignments spread over every team, in mixed states and deadlines.
 */
const NATIONAL_SQL = (s: NationalSizes, tasksPerProvince: number) => [
  `CREATE TEMP TABLE np AS SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${s.provinces}) n`,
  `INSERT INTO units (id, code, name, kind, parent_id, path, name_search)
   SELECT id, 'NP' || n, 'Tỉnh Thử ' || n, 'province', NULL, '/' || id || '/', 'tinh thu ' || n FROM np`,
  `CREATE TEMP TABLE nc AS
   SELECT c.n, gen_random_uuid() AS id, np.id AS parent_id, '/' || np.id || '/' AS parent_path, np.n AS p
   FROM generate_series(1, ${s.communes}) c(n) JOIN np ON np.n = (c.n - 1) % ${s.provinces} + 1`,
  `INSERT INTO units (id, code, name, kind, parent_id, path, name_search)
   SELECT id, 'NC' || n, 'Xã Thử ' || n, 'commune', parent_id, parent_path || id || '/', 'xa thu ' || n FROM nc`,
  `INSERT INTO units (id, name, kind, parent_id, path, name_search)
   SELECT v.id, 'Thôn Thử ' || v.n, 'village', nc.id, nc.parent_path || nc.id || '/' || v.id || '/', 'thon thu ' || v.n
   FROM (SELECT n, gen_random_uuid() AS id FROM generate_series(1, ${s.teams - s.communes}) n) v
   JOIN nc ON nc.n = (v.n - 1) % ${s.communes} + 1`,
  `CREATE TEMP TABLE nt AS
   SELECT row_number() OVER (ORDER BY u.path) - 1 AS n, gen_random_uuid() AS id, u.id AS unit_id, u.path,
          u.kind, np.n AS p
   FROM units u JOIN np ON u.path LIKE '/' || np.id || '/%' WHERE u.kind IN ('commune', 'village')`,
  `INSERT INTO teams (id, unit_id, kind, name, status, decision_number, decision_signed_on, decision_signer_name,
                      activated_on)
   SELECT id, unit_id, kind, 'Tổ công nghệ số cộng đồng ' || n, 'active', n || '/QĐ-UBND', '2025-07-02',
          'Chủ tịch UBND', '2025-07-05'
   FROM nt`,
  `INSERT INTO users (username, full_name)
   SELECT 'nat.' || n, 'Thành Viên ' || n FROM generate_series(0, ${s.teams * s.membersPerTeam - 1}) n`,
  `INSERT INTO memberships (team_id, user_id, role, slot, status, started_on)
   SELECT nt.id, u.id,
          CASE m.k WHEN 0 THEN 'leader' WHEN 1 THEN 'deputy' ELSE 'member' END,
          CASE WHEN m.k > 0 THEN NULL WHEN nt.kind = 'commune' THEN 'commune_leadership' ELSE 'village_head' END,
          'active', '2025-07-05'
   FROM nt CROSS JOIN generate_series(0, ${s.membersPerTeam - 1}) m(k)
   JOIN users u ON u.username = 'nat.' || (nt.n * ${s.membersPerTeam} + m.k)`,
  // Each province sets its own deadlines, an hour apart from the next province's.
  `CREATE TEMP TABLE ntask AS
   SELECT np.id AS province_id, np.n AS p, r, gen_random_uuid() AS id,
          now() + (r - ${Math.floor(tasksPerProvince / 2)}) * interval '5 days' + np.n * interval '1 hour' AS due_at
   FROM np CROSS JOIN generate_series(0, ${tasksPerProvince - 1}) r`,
  `INSERT INTO tasks (id, issuer_unit_id, created_by, title, title_search, description, category, priority, status,
                      due_at, target, target_per_team, links, reminder_policy, published_at)
   SELECT ntask.id, province_id, (SELECT id FROM users WHERE username = 'nat.0'), 'Nhiệm vụ thử ' || r,
          'nhiem vu thu ' || r, 'Nhiệm vụ của bộ dữ liệu tổng hợp.', 'public_service_apps', 'normal', 'published',
          due_at, jsonb_build_object('type', 'subtree', 'unitId', province_id, 'teamKinds',
          '["commune","village"]'::jsonb), '{"value": 50, "unitLabel": "người dân"}', '[]',
          '${JSON.stringify(DEFAULT_REMINDER_POLICY)}', due_at - interval '30 days'
   FROM ntask`,
  // Team n gets rounds 0, 1, … of its province's tasks: assignment k is team k % teams, round k / teams.
  `INSERT INTO assignments (task_id, team_id, unit_id, unit_path, state, progress, target_value, assigned_at,
                            acknowledged_at, completed_at, declined_reason, updated_at)
   SELECT k.id, nt.id, nt.unit_id, nt.path, s.state,
          CASE WHEN s.state IN ('in_progress', 'completed') THEN 10 + h % 60 END, 50, k.due_at - interval '30 days',
          CASE WHEN s.state <> 'assigned' THEN k.due_at - interval '29 days' END,
          CASE WHEN s.state = 'completed' THEN k.due_at - (h % 7 - 2) * interval '1 day' END,
          CASE WHEN s.state = 'declined' THEN 'Không đủ người' END, k.due_at - interval '20 days'
   FROM generate_series(0, ${s.assignments - 1}) a(n)
   JOIN nt ON nt.n = a.n % ${s.teams}
   JOIN ntask k ON k.p = nt.p AND k.r = a.n / ${s.teams}
   CROSS JOIN LATERAL (SELECT abs(hashint4(a.n)) AS h) hh
   CROSS JOIN LATERAL (SELECT CASE
     WHEN h % 100 < 35 THEN 'assigned' WHEN h % 100 < 50 THEN 'acknowledged'
     WHEN h % 100 < 65 THEN 'in_progress' WHEN h % 100 < 95 THEN 'completed' ELSE 'declined' END AS state) s`,
  `INSERT INTO grants (user_id, unit_id, role)
   SELECT id, (SELECT id FROM np WHERE n = 1), 'province_steering' FROM users WHERE username = 'nat.0'`,
];

/** The synthetic country in the run's database, then every rollup by the API's nightly full recomputation. */
export async function seedNational(env: NodeJS.ProcessEnv, sizes: NationalSizes): Promise<NationalData> {
  const { ctx, db, tokensFor } = await openBenchDatabase(env);
  const { RollupComputer } = await dist<typeof Computer>('rollups/rollup-computer.js');
  try {
    const started = performance.now();
    const tasksPerProvince = Math.ceil(sizes.assignments / sizes.teams);
    const runner = db.createQueryRunner();
    try {
      // One connection: the temporary tables live in its session.
      for (const sql of NATIONAL_SQL(sizes, tasksPerProvince)) await runner.query(sql);
      // As autovacuum would have by the time anyone reads: statistics, and the visibility map for index-only scans.
      await runner.query('VACUUM ANALYZE');
    } finally {
      await runner.release();
    }
    const insertSeconds = seconds(started);
    const recomputeStarted = performance.now();
    const result = await ctx.get(RollupComputer).recomputeAll(new Date().toISOString());
    const recomputeSeconds = seconds(recomputeStarted);
    await db.query('ANALYZE unit_rollups, team_rollups');

    const one = async (sql: string) => (await db.query<{ id: string }[]>(sql))[0]!.id;
    const provinceId = await one(`SELECT id FROM units WHERE code = 'NP1'`);
    const communeId = await one(
      `SELECT u.id FROM units u WHERE u.parent_id = '${provinceId}' ORDER BY u.code LIMIT 1`,
    );
    const villageId = await one(
      `SELECT u.id FROM units u WHERE u.parent_id = '${communeId}' ORDER BY u.path LIMIT 1`,
    );
    const user = await one(`SELECT id FROM users WHERE username = 'nat.0'`);
    const [provinceToken] = await tokensFor([user]);
    return {
      sizes,
      insertSeconds,
      recomputeSeconds,
      rollups: { units: result.units, teams: result.teams },
      provinceId,
      districtId: null,
      communeId,
      villageId,
      provinceToken: provinceToken!,
    };
  } finally {
    await ctx.close();
  }
}

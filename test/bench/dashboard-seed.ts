import type * as Bootstrap from '../../apps/api/src/bootstrap';
import type * as AppConfig from '../../apps/api/src/config/app-config';
import { dist, openBenchDatabase } from './bench-seed';

/** The places the dashboard pages are read at, and who reads them. */
export interface DashboardPlaces {
  provinceId: string;
  districtId: string | null;
  communeId: string;
  villageId: string;
  /** A grant holder on the province: reads every page and listens to the province's dashboard. */
  provinceToken: string;
}

export interface DemoDashboardData extends DashboardPlaces {
  districtId: string;
  /** A grant holder on the district: listens to the district's dashboard. */
  districtToken: string;
  /** A province steering user's token: issues the benchmark's tasks. */
  issuerToken: string;
  /** One leader token per active team with a leader account (the ones that complete assignments). */
  leaderTokens: Map<string, string>;
}

/**
 * A fresh database prepared as the test runs prepare theirs: migrations, Quảng Trị's units, the demo data and
 * its rollups (bootstrapData). The district read is the one with the most active teams; its busiest commune
 * and that commune's first village team are the lower levels read.
 */
export async function seedDemoProvince(env: NodeJS.ProcessEnv): Promise<DemoDashboardData> {
  const { ctx, db, tokensFor } = await openBenchDatabase(env);
  const { bootstrapData } = await dist<typeof Bootstrap>('bootstrap.js');
  const { loadConfig } = await dist<typeof AppConfig>('config/app-config.js');
  try {
    await bootstrapData(ctx, loadConfig());
    const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
      const rows: T[] = await db.query(sql, params);
      if (!rows[0]) throw new Error(`demo data has nothing for: ${sql}`);
      return rows[0];
    };
    const issuer = await one<{ userId: string; unitId: string }>(
      `SELECT g.user_id AS "userId", g.unit_id AS "unitId" FROM grants g JOIN units u ON u.id = g.unit_id
       WHERE u.kind = 'province' AND g.role = 'province_steering' ORDER BY g.created_at LIMIT 1`,
    );
    const busiest = (kind: string, parentPath: string) =>
      one<{ id: string; path: string }>(
        `SELECT u.id, u.path FROM units u JOIN teams t ON t.status = 'active'
         JOIN units tu ON tu.id = t.unit_id AND tu.path LIKE u.path || '%'
         WHERE u.kind = $1 AND u.path LIKE $2 GROUP BY u.id, u.path ORDER BY count(*) DESC, u.path LIMIT 1`,
        [kind, `${parentPath}%`],
      );
    const district = await busiest('district', '/');
    const commune = await busiest('commune', district.path);
    const village = await busiest('village', commune.path);
    const districtViewer = await one<{ userId: string }>(
      `SELECT user_id AS "userId" FROM grants WHERE unit_id = $1 ORDER BY created_at LIMIT 1`,
      [district.id],
    );
    const leaders: { teamId: string; userId: string }[] = await db.query(
      `SELECT DISTINCT ON (m.team_id) m.team_id AS "teamId", m.user_id AS "userId"
       FROM memberships m JOIN teams t ON t.id = m.team_id
       WHERE m.role = 'leader' AND m.status = 'active' AND t.status = 'active' ORDER BY m.team_id, m.started_on`,
    );
    const [provinceToken, districtToken, ...leaderTokens] = await tokensFor([
      issuer.userId,
      districtViewer.userId,
      ...leaders.map((l) => l.userId),
    ]);
    return {
      provinceId: issuer.unitId,
      districtId: district.id,
      communeId: commune.id,
      villageId: village.id,
      provinceToken: provinceToken!,
      districtToken: districtToken!,
      issuerToken: provinceToken!,
      leaderTokens: new Map(leaders.map((l, i) => [l.teamId, leaderTokens[i]!])),
    };
  } finally {
    await ctx.close();
  }
}

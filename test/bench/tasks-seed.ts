import { randomUUID } from 'node:crypto';
import { foldForSearch } from '@cdt/domain';
import type * as DemoVillages from '../../apps/api/src/demo/demo-villages';
import { dist, openBenchDatabase } from './bench-seed';

export interface TaskBenchData {
  provinceId: string;
  /** A province steering user's token: the issuer of every benchmark task. */
  issuerToken: string;
  /** One leader per team, each with a token of their own session. */
  leaders: { teamId: string; userId: string; token: string }[];
}

/**
 * A fresh database with the whole demo province under teams: Quảng Trị's units, the demo villages of every
 * commune (topped up with extra villages until communes + villages reach `teams`), one active team for every
 * commune and every village, a leader account for each, and a province steering user. Tokens are signed here
 * with the run's JWT secret (see openBenchDatabase).
 */
export async function seedTaskBench(env: NodeJS.ProcessEnv, teams: number): Promise<TaskBenchData> {
  const { ctx, db, tokensFor } = await openBenchDatabase(env);
  const { demoVillageNames } = await dist<typeof DemoVillages>('demo/demo-villages.js');
  try {
    const [province] = await db.query<{ id: string; path: string }[]>(
      `SELECT id, path FROM units WHERE kind = 'province'`,
    );
    const communes = await db.query<{ id: string; code: string; name: string; path: string }[]>(
      `SELECT id, code, name, kind, path FROM units WHERE kind = 'commune' ORDER BY code`,
    );
    const villages: { id: string; parentId: string; name: string; path: string }[] = [];
    const addVillage = (commune: (typeof communes)[number], name: string) => {
      const id = randomUUID();
      villages.push({ id, parentId: commune.id, name, path: `${commune.path}${id}/` });
    };
    for (const commune of communes) {
      for (const name of demoVillageNames({ ...commune, kind: 'commune' })) addVillage(commune, name);
    }
    for (let n = 1; communes.length + villages.length < teams; n += 1) {
      addVillage(communes[n % communes.length]!, `Khu dân cư mới ${n}`);
    }
    await db.query(
      `INSERT INTO units (id, name, kind, parent_id, path, name_search)
       SELECT id, name, 'village', parent_id, path, search
       FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[]) AS v(id, name, parent_id, path, search)`,
      [
        villages.map((v) => v.id),
        villages.map((v) => v.name),
        villages.map((v) => v.parentId),
        villages.map((v) => v.path),
        villages.map((v) => foldForSearch(v.name)),
      ],
    );
    const created = await db.query<{ id: string; kind: string }[]>(
      `INSERT INTO teams (unit_id, kind, name, status, decision_number, decision_signed_on, decision_signer_name,
                          activated_on)
       SELECT u.id, u.kind, 'Tổ công nghệ số cộng đồng ' || u.name, 'active', '1/QĐ-UBND', '2023-01-02',
              'Chủ tịch UBND', '2023-01-05'
       FROM units u WHERE u.kind IN ('commune', 'village') ORDER BY u.path
       RETURNING id, kind`,
    );
    const users = await db.query<{ id: string }[]>(
      `INSERT INTO users (username, full_name)
       SELECT 'bench.leader.' || n, 'Tổ trưởng ' || n FROM generate_series(1, $1::int) n ORDER BY n RETURNING id`,
      [created.length],
    );
    await db.query(
      `INSERT INTO memberships (team_id, user_id, role, slot, status, started_on)
       SELECT t, u, 'leader', CASE k WHEN 'commune' THEN 'commune_leadership' ELSE 'village_head' END, 'active',
              '2023-01-05'
       FROM unnest($1::uuid[], $2::uuid[], $3::varchar[]) AS x(t, u, k)`,
      [created.map((t) => t.id), users.map((u) => u.id), created.map((t) => t.kind)],
    );
    const [issuer] = await db.query<{ id: string }[]>(
      `INSERT INTO users (username, full_name) VALUES ('bench.issuer', 'Ban Chỉ đạo tỉnh') RETURNING id`,
    );
    await db.query(`INSERT INTO grants (user_id, unit_id, role) VALUES ($1, $2, 'province_steering')`, [
      issuer!.id,
      province!.id,
    ]);
    const [issuerToken, ...leaderTokens] = await tokensFor([issuer!.id, ...users.map((u) => u.id)]);
    return {
      provinceId: province!.id,
      issuerToken: issuerToken!,
      leaders: created.map((team, i) => ({ teamId: team.id, userId: users[i]!.id, token: leaderTokens[i]! })),
    };
  } finally {
    await ctx.close();
  }
}

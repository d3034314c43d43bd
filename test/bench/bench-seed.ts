import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type * as Sync from '../../apps/api/src/channels/channel-sync.service';
import type * as Cli from '../../apps/api/src/cli.module';
import type * as AppConfig from '../../apps/api/src/config/app-config';
import type * as Database from '../../apps/api/src/database/data-source';
import type * as Source from '../../apps/api/src/hierarchy/quang-tri.source';
import type * as Importer from '../../apps/api/src/hierarchy/units.importer';

const DIST = join(__dirname, '../../apps/api/dist');
const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Loads a module of the built API (the same code `node apps/api/dist/main.js` runs), typed by its source. */
export async function dist<T>(path: string): Promise<T> {
  return (await import(join(DIST, path))) as T;
}

/** A private database and Redis prefix for one benchmark run. */
export function benchEnvironment(): NodeJS.ProcessEnv {
  const id = `cdt_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${id}`;
  return {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: '10',
    REDIS_URL,
    QUEUE_PREFIX: id.replace(/_/g, '-'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    WEB_DIST: '/nonexistent',
    BENCH_DATABASE: id,
  };
}

/** The run's fresh database, migrated, with Quảng Trị's units imported, and the API's data access on it. */
export interface BenchDatabase {
  ctx: INestApplicationContext;
  db: DataSource;
  /** Sessions for these users and access tokens signed with the run's JWT secret, in the same order. */
  tokensFor: (userIds: readonly string[]) => Promise<string[]>;
}

/**
 * Creates the run's database and prepares it as `npm start` would (migrations, units of the province). Tokens
 * are signed here: signing in a thousand people through argon2 would take minutes on two cores.
 */
export async function openBenchDatabase(env: NodeJS.ProcessEnv): Promise<BenchDatabase> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${env.BENCH_DATABASE}`);
  await admin.end();
  Object.assign(process.env, env);

  const { loadConfig } = await dist<typeof AppConfig>('config/app-config.js');
  const { runMigrations } = await dist<typeof Database>('database/data-source.js');
  const { CliModule } = await dist<typeof Cli>('cli.module.js');
  const { UnitsImporter } = await dist<typeof Importer>('hierarchy/units.importer.js');
  const { provinceTree } = await dist<typeof Source>('hierarchy/quang-tri.source.js');

  const config = loadConfig();
  await runMigrations(config);
  const ctx = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  await ctx.get(UnitsImporter).importTree(provinceTree('45'));
  const db = ctx.get(DataSource);
  const jwt = new JwtService({ secret: config.JWT_SECRET });
  const tokensFor = async (userIds: readonly string[]) => {
    const sessions = await db.query<{ id: string; userId: string }[]>(
      `INSERT INTO auth_sessions (user_id, user_agent) SELECT unnest($1::uuid[]), 'bench'
       RETURNING id, user_id AS "userId"`,
      [userIds],
    );
    const sessionOf = new Map(sessions.map((s) => [s.userId, s.id]));
    return userIds.map((sub) =>
      jwt.sign({ sub, sid: sessionOf.get(sub) }, { expiresIn: 4 * 3600, algorithm: 'HS256' }),
    );
  };
  return { ctx, db, tokensFor };
}

export interface BenchData {
  /** One access token per bench user, index i for user "bench0000i". */
  tokens: string[];
  /** A working group of users GROUP_FIRST … GROUP_FIRST+groupSize-1. */
  groupChannelId: string;
  /** Hướng Hóa's announcement channel: user 0 owns it, users 1 … announcementSize-1 read it. */
  announcementChannelId: string;
}

export const GROUP_FIRST = 1000;

/**
 * Writes `users` accounts with one session each into a fresh bench database. User 0 steers Hướng Hóa; users
 * 1 … announcementSize-1 sit in commune teams there, so the derived announcement of the district has
 * `announcementSize` members; users GROUP_FIRST… form a working group.
 */
export async function seedBenchDatabase(
  env: NodeJS.ProcessEnv,
  sizes: { users: number; groupSize: number; announcementSize: number },
): Promise<BenchData> {
  const { ctx, db, tokensFor } = await openBenchDatabase(env);
  const { ChannelSyncService } = await dist<typeof Sync>('channels/channel-sync.service.js');
  try {
    await db.query(
      `INSERT INTO users (username, full_name)
       SELECT 'bench' || lpad(i::text, 5, '0'), 'Người Dùng Thử ' || i FROM generate_series(0, $1::int - 1) i`,
      [sizes.users],
    );
    // Index i is user "bench0000i": the zero-padded names sort in creation order.
    const ids: string[] = (
      await db.query<{ id: string }[]>(`SELECT id FROM users WHERE username LIKE 'bench%' ORDER BY username`)
    ).map((u) => u.id);
    if (ids.length !== sizes.users) throw new Error('bench users were not created');
    const tokens = await tokensFor(ids);

    const [district] = await db.query<{ id: string }[]>(`SELECT id FROM units WHERE code = '465'`);
    await db.query(`INSERT INTO grants (user_id, unit_id, role) VALUES ($1, $2, 'district_steering')`, [
      ids[0],
      district!.id,
    ]);
    const communes: { id: string }[] = await db.query(
      `SELECT id FROM units WHERE parent_id = $1 AND kind = 'commune' ORDER BY code`,
      [district!.id],
    );
    const readers = ids.slice(1, sizes.announcementSize);
    const perTeam = Math.ceil(readers.length / communes.length);
    const teams: { id: string }[] = await db.query(
      `INSERT INTO teams (unit_id, kind, name, status, decision_number, decision_signed_on, decision_signer_name,
                          activated_on)
       SELECT u, 'commune', 'Tổ thử ' || n, 'active', '1/QĐ-UBND', '2023-01-02', 'Chủ tịch', '2023-01-05'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n) RETURNING id`,
      [communes.slice(0, Math.ceil(readers.length / perTeam)).map((c) => c.id)],
    );
    const seats = readers.map((userId, i) => ({
      teamId: teams[Math.floor(i / perTeam)]!.id,
      userId,
      role: i % perTeam === 0 ? 'leader' : 'member',
    }));
    await db.query(
      `INSERT INTO memberships (team_id, user_id, role, status, started_on)
       SELECT t, u, r, 'active', '2023-01-05' FROM unnest($1::uuid[], $2::uuid[], $3::varchar[]) AS x(t, u, r)`,
      [seats.map((s) => s.teamId), seats.map((s) => s.userId), seats.map((s) => s.role)],
    );

    const [group] = await db.query<{ id: string }[]>(
      `WITH n AS (SELECT gen_random_uuid() AS id)
       INSERT INTO channels (id, key, kind, title, status) SELECT id, 'group:' || id, 'working_group', 'Nhóm thử 30', 'active' FROM n
       RETURNING id`,
    );
    const members = ids.slice(GROUP_FIRST, GROUP_FIRST + sizes.groupSize);
    await db.query(
      `INSERT INTO channel_members (channel_id, user_id, role, joined_at_seq, last_read_seq)
       SELECT $1, u, CASE WHEN n = 1 THEN 'owner' ELSE 'poster' END, 0, 0
       FROM unnest($2::uuid[]) WITH ORDINALITY AS x(u, n)`,
      [group!.id, members],
    );

    await ctx.get(ChannelSyncService).syncAll();
    const [announcement] = await db.query<{ id: string; members: number }[]>(
      `SELECT c.id, (SELECT count(*)::int FROM channel_members m WHERE m.channel_id = c.id AND m.left_at_seq IS NULL) AS members
       FROM channels c WHERE c.key = $1`,
      [`announce:${district!.id}`],
    );
    if (!announcement || announcement.members !== sizes.announcementSize) {
      throw new Error(`announcement has ${announcement?.members} members, not ${sizes.announcementSize}`);
    }
    return { tokens, groupChannelId: group!.id, announcementChannelId: announcement.id };
  } finally {
    await ctx.close();
  }
}

/** Drops the run's database and its Redis keys. */
export async function dropBenchData(env: NodeJS.ProcessEnv): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${env.BENCH_DATABASE} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.QUEUE_PREFIX}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

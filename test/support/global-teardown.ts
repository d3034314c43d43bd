import Redis from 'ioredis';
import { Client } from 'pg';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL } from './test-env';

/** Drops this run's database and Redis keys, unless KEEP_TEST_DB is set for debugging. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.CDT_TEST_RUN_ID;
  if (!runId || process.env.KEEP_TEST_DB) return;
  const admin = new Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${runId} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(TEST_REDIS_URL);
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix) {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }
  await redis.quit();
}

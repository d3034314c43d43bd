import { randomBytes } from 'node:crypto';

/** Where the test run's throwaway database is created (trust auth on this machine and in CI). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function newRunId(): string {
  return `cdt_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The environment every test process runs with: a private database and a private Redis key prefix. */
export function testEnvironment(runId: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrlFor(runId),
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: runId.replace(/_/g, '-'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WORKER_HEALTH_PORT: '0',
    DEMO_PASSWORD: 'cdt-demo-2022',
    CDT_TEST_RUN_ID: runId,
  };
}

import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { log, LauncherError } from './log.mjs';
import { answers, where } from './net.mjs';

const LOCAL_DATABASE = 'cdthub';

/** Creates database `name` on the server at `adminUrl` (database postgres) unless it exists. */
async function ensureDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new LauncherError(
      `Something answers on ${new URL(adminUrl).host}, but connecting to it as PostgreSQL user postgres ` +
        `without a password failed (${error.message}). ` +
        `Set DATABASE_URL in .env, e.g. postgres://user:password@127.0.0.1:5432/${name}`,
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`);
      log(`Created database ${name}.`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Picks the database: DATABASE_URL when set; else a local PostgreSQL on 127.0.0.1:5432 (database
 * cdthub, created when missing); else an embedded PGlite in .data/pglite, running in this process.
 * CDT_PG_PROBE_PORT replaces 5432, so tests can act as if no local server existed.
 * Returns { url, poolSize?, source, stop? }.
 */
export async function resolveDatabase(root, env) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, source: `DATABASE_URL (${where(env.DATABASE_URL)})` };
  const port = Number(env.CDT_PG_PROBE_PORT || 5432);
  if (await answers('127.0.0.1', port)) {
    await ensureDatabase(`postgres://postgres@127.0.0.1:${port}/postgres`, LOCAL_DATABASE);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${LOCAL_DATABASE}`,
      source: `local PostgreSQL on 127.0.0.1:${port}`,
    };
  }
  const dataDir = join(root, '.data', 'pglite');
  log(
    `No PostgreSQL on 127.0.0.1:${port}: starting embedded PostgreSQL (PGlite) with data in .data/pglite ...`,
  );
  const embedded = await startEmbeddedPostgres(dataDir);
  // One connection per process: the embedded server runs one client's statements at a time anyway.
  return { url: embedded.url, poolSize: '1', source: 'embedded PGlite (.data/pglite)', stop: embedded.stop };
}

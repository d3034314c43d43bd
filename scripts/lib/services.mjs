import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, warn, LauncherError } from './log.mjs';
import { resolveDatabase } from './postgres.mjs';
import { resolveRedis } from './redis.mjs';

// Where a running launcher records the services it resolved, for `npm run units:*` beside it.
const stateFile = (root) => join(root, '.data', 'launcher.json');

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** True when process `pid` runs and its command line contains `needle` (a pid can be reused after a crash). */
function runs(pid, needle) {
  if (!alive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
  } catch {
    return true; // no /proc: trust the pid
  }
}

function readState(root) {
  try {
    return JSON.parse(readFileSync(stateFile(root), 'utf8'));
  } catch {
    return null;
  }
}

/** The state of a launcher that is running now, or null (ending the private Redis a killed one left). */
export function runningLauncher(root) {
  const state = readState(root);
  if (!state) return null;
  if (runs(state.pid, 'start.mjs')) return state;
  if (state.redisPid && runs(state.redisPid, 'redis-server')) process.kill(state.redisPid, 'SIGTERM');
  rmSync(stateFile(root), { force: true });
  return null;
}

export function writeLauncherState(root, state) {
  mkdirSync(join(root, '.data'), { recursive: true });
  writeFileSync(stateFile(root), `${JSON.stringify({ pid: process.pid, ...state }, null, 2)}\n`);
}

export function clearLauncherState(root) {
  if (readState(root)?.pid === process.pid) rmSync(stateFile(root), { force: true });
}

/**
 * Resolves DATABASE_URL and REDIS_URL for the child processes, starting embedded services when needed.
 * Returns { env, database, redis, stop() }: `env` holds only the variables it set; `stop` ends what it started.
 */
export async function resolveServices(root, env) {
  const services = [];
  const stop = async () => {
    for (const service of services.reverse()) {
      try {
        await service.stop?.();
      } catch (error) {
        warn(`Stopping ${service.source} failed: ${error.message}`);
      }
    }
  };
  try {
    // Redis first: when none can be had, the launcher stops before the slower database start.
    const redis = await resolveRedis(root, env);
    services.push(redis);
    const database = await resolveDatabase(root, env);
    services.push(database);
    const resolved = { DATABASE_URL: database.url, REDIS_URL: redis.url };
    if (database.poolSize) resolved.DATABASE_POOL_SIZE = database.poolSize;
    return { env: resolved, database, redis, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** For one-off commands: the services of a launcher running from this folder, else resolved anew. */
export async function resolveServicesForCommand(root, env) {
  // An embedded PGlite must not be opened twice: its running server is the only way in.
  const launcher = env.DATABASE_URL ? null : runningLauncher(root);
  if (launcher) {
    log(`Using the services of the running launcher (pid ${launcher.pid}).`);
    return { env: launcher.env, stop: async () => {} };
  }
  return resolveServices(root, env);
}

export function assertNotRunning(root) {
  const launcher = runningLauncher(root);
  if (launcher) {
    throw new LauncherError(`CDT Hub is already running from this folder (launcher pid ${launcher.pid}).`);
  }
}

import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { log, LauncherError } from './log.mjs';
import { freePort, redisAnswers, waitFor, where } from './net.mjs';

const howToGetRedis = (port) =>
  `CDT Hub needs Redis and found none: nothing answers on 127.0.0.1:${port} and redis-server is not installed. ` +
  'Install it (Debian/Ubuntu: sudo apt-get install -y redis-server) or set REDIS_URL in .env ' +
  '(e.g. REDIS_URL=redis://host:6379).';

function onPath(command, env) {
  return (env.PATH || '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Picks Redis: REDIS_URL when set; else one answering PING on 127.0.0.1:6379; else a private
 * redis-server (no persistence) on a free port, started as a child of the launcher.
 * CDT_REDIS_PROBE_PORT replaces 6379, so tests can act as if no local server existed.
 * Returns { url, source, pid?, stop? }.
 */
export async function resolveRedis(root, env) {
  if (env.REDIS_URL) return { url: env.REDIS_URL, source: `REDIS_URL (${where(env.REDIS_URL)})` };
  const probePort = Number(env.CDT_REDIS_PROBE_PORT || 6379);
  if (await redisAnswers('127.0.0.1', probePort)) {
    return { url: `redis://127.0.0.1:${probePort}`, source: `local Redis on 127.0.0.1:${probePort}` };
  }
  if (!onPath('redis-server', env)) throw new LauncherError(howToGetRedis(probePort));

  const port = await freePort();
  const dir = join(root, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  log(`No Redis on 127.0.0.1:${probePort}: starting a private redis-server on port ${port} ...`);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  // Own process group: a Ctrl-C in the terminal must not stop Redis before the API and worker let go of it.
  const child = spawn('redis-server', [...args, '--dir', dir], { stdio: 'ignore', detached: true });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let dead = false;
  exited.then(() => (dead = true));
  const ready = await waitFor(async () => dead || (await redisAnswers('127.0.0.1', port)), 10000);
  if (dead || !ready) {
    child.kill('SIGKILL');
    throw new LauncherError(`The private redis-server did not start on port ${port}.`);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    source: `private redis-server on 127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      if (dead) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

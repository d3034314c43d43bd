// `npm start`: builds when needed, finds or starts PostgreSQL and Redis, migrates and seeds, then runs
// the API and the worker until Ctrl-C. Plain Node ESM on purpose: it must run before anything is built.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { startNode } from './lib/children.mjs';
import { loadDotEnv } from './lib/env-file.mjs';
import { log, warn, LauncherError } from './lib/log.mjs';
import { waitFor } from './lib/net.mjs';
import {
  assertNotRunning,
  clearLauncherState,
  resolveServices,
  writeLauncherState,
} from './lib/services.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const CLI = 'apps/api/dist/cli.js';
const HEALTH_TIMEOUT_MS = 120_000;

let servicesStarting = null;
const children = [];
let stopping = null;

/** Stops the children (in parallel), then the embedded services, then exits with `code`. */
function shutdown(code) {
  stopping ??= (async () => {
    await Promise.all(children.map((c) => c.stop()));
    // A signal may come while the services start: wait for them, so that nothing is left running.
    const services = await servicesStarting?.catch(() => null);
    await services?.stop();
    clearLauncherState(root);
    process.exit(code);
  })();
  return stopping;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (!stopping) log(`${signal} received: stopping CDT Hub ...`);
    void shutdown(0);
  });
}

function healthUrl(env) {
  const port = env.PORT || '3000';
  const host = env.HOST && !['0.0.0.0', '::'].includes(env.HOST) ? env.HOST : '127.0.0.1';
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/api/health`;
}

async function healthy(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** The demo-account lines of the bootstrap output (printed when it loads them): from the heading to the end. */
function demoAccountLines(lines, env) {
  const start = lines.findIndex((line) => /demo account/i.test(line));
  if (start !== -1) return lines.slice(start);
  if (env.NODE_ENV === 'production') return [];
  return [`Demo accounts: listed in README.md (password: ${env.DEMO_PASSWORD || 'cdt-demo-2022'}).`];
}

async function main() {
  loadDotEnv(root);
  assertNotRunning(root);
  ensureBuilt(root);

  servicesStarting = resolveServices(root, process.env);
  const services = await servicesStarting;
  if (stopping) return;
  writeLauncherState(root, {
    env: services.env,
    redisPid: services.redis.pid ?? null,
    embeddedDatabase: Boolean(services.database.stop),
  });
  log(`Database: ${services.database.source}`);
  log(`Redis:    ${services.redis.source}`);
  const env = { ...process.env, ...services.env };

  const bootstrapOutput = [];
  const bootstrap = startNode('bootstrap', root, [CLI, 'bootstrap'], env, {
    onLine: (line) => bootstrapOutput.push(line),
  });
  children.push(bootstrap);
  const result = await bootstrap.exited;
  children.pop();
  if (stopping) return;
  if (result.code !== 0)
    throw new LauncherError('Bootstrap (migrations and data) failed; see [bootstrap] above.');

  for (const [name, script] of [
    ['api', 'apps/api/dist/main.js'],
    ['worker', 'apps/api/dist/worker.js'],
  ]) {
    const child = startNode(name, root, [script], env);
    children.push(child);
    void child.exited.then(({ code, signal }) => {
      if (stopping) return;
      warn(`The ${name} process stopped (${signal ?? `exit code ${code}`}): stopping everything.`);
      void shutdown(1);
    });
  }

  const url = healthUrl(env);
  const up = await waitFor(() => stopping !== null || healthy(url), HEALTH_TIMEOUT_MS, 500);
  if (stopping) return;
  if (!up)
    warn(`${url} did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s; still running, see the logs.`);

  const lines = [
    '',
    `CDT Hub is running at http://localhost:${env.PORT || '3000'}`,
    ...demoAccountLines(bootstrapOutput, env),
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  if (error instanceof LauncherError) warn(error.message);
  else console.error(error);
  void shutdown(1);
});

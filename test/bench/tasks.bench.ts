import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TaskPublishedPayload } from '@cdt/domain';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { connectAll } from './bench-clients';
import { startServer, type BenchServer } from './bench-process';
import {
  machineBusyMs,
  machineBusyShare,
  machineLine,
  ms,
  processCpuMs,
  ratio,
  reportTargets,
  summary,
  type Target,
} from './bench-report';
import { benchEnvironment, dropBenchData } from './bench-seed';
import { seedTaskBench, type TaskBenchData } from './tasks-seed';

/**
 * Tasks under load (issue 4), against the built API in its own process, with every leader's socket connected:
 * (a) publishing to every team of the province: the publish transaction's own time (Server-Timing), and the
 *     time until the LAST leader hears 'task:published', vs a bare socket.io broadcast to as many clients
 *     (plus that commit time), measured alternately in the same run;
 * (b) assignment updates over HTTP at a fixed rate (open loop: a slow answer never delays the next request).
 * Run with `npm run bench:tasks` (BENCH_PART=publish or updates runs one part only).
 */
const TEAMS = Number(process.env.BENCH_TEAMS ?? 1100);
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 30);
const WARMUP_PUBLISHES = 2;
const UPDATE_RATE = Number(process.env.BENCH_UPDATE_RATE ?? 200);
const UPDATE_SECONDS = Number(process.env.BENCH_UPDATE_SECONDS ?? 60);
const UPDATE_WARMUP_SECONDS = 5;
const MAX_IN_FLIGHT = 1000;
const CONNECT_CONCURRENCY = 50;
/** The targets: delivery within 2× of raw broadcast + commit; update p99 under 100 ms. */
const PUBLISH_RATIO_TARGET = 2;
const UPDATE_P99_TARGET_MS = 100;
const PART = process.env.BENCH_PART ?? 'all';

/** Resolves with the instant the last of `expected` keys was reported, or rejects after 30 s. */
function waitForAll(expected: Iterable<string>) {
  const waiting = new Set(expected);
  let done!: (at: number) => void;
  const finished = new Promise<number>((resolve, reject) => {
    done = resolve;
    if (waiting.size === 0) return resolve(performance.now());
    setTimeout(() => reject(new Error(`${waiting.size} receivers never heard the event`)), 30_000).unref();
  });
  return {
    finished,
    hear(key: string) {
      if (waiting.delete(key) && waiting.size === 0) done(performance.now());
    },
  };
}

async function api<T>(server: BenchServer, token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return { body: (await response.json()) as T, headers: response.headers };
}

/**
 * Keep-alive connections for the update load (node:http costs the load generator less CPU than fetch). Idle
 * ones close after 2 s, well before the server's 5 s keep-alive timeout, so a request never races that close.
 */
const keepAlive = new Agent({ keepAlive: true, timeout: 2_000 });

/** POSTs JSON and resolves with the status once the whole answer has arrived. */
function postStatus(base: string, path: string, token: string, body: unknown): Promise<number> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, {
      method: 'POST',
      agent: keepAlive,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(payload),
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

function draft(data: TaskBenchData, title: string) {
  return {
    issuerUnitId: data.provinceId,
    title,
    description: 'Mỗi Tổ hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2.',
    category: 'public_service_apps',
    priority: 'high',
    dueAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
    target: { type: 'subtree', unitId: data.provinceId, teamKinds: ['commune', 'village'] },
    targetPerTeam: { value: 50, unitLabel: 'người dân' },
  };
}

/** (a) Publish to the whole province vs a raw broadcast to as many sockets, alternately. */
async function publishBench(
  apiServer: BenchServer,
  raw: BenchServer,
  data: TaskBenchData,
  leaders: Socket[],
) {
  let current = waitForAll([]);
  // A leader counts only when the event names their own team: each team's room gets its own payload.
  leaders.forEach((socket, i) =>
    socket.on('task:published', (payload: TaskPublishedPayload) => {
      const own = data.leaders[i]!.teamId;
      if (payload.teamIds.includes(own)) current.hear(own);
    }),
  );
  const rawClients = await connectAll(
    raw.url,
    leaders.length,
    () => ({ query: { rooms: 'all' } }),
    'ready',
    CONNECT_CONCURRENCY,
  );
  const sender = rawClients[0]!;
  let rawRound = waitForAll([]);
  rawClients.forEach((socket, i) =>
    socket.on('message:new', (message: { id: string }) => rawRound.hear(`${message.id}/${i}`)),
  );
  const busyBefore = machineBusyMs();
  const wallStarted = performance.now();
  const results = {
    commit: [] as number[],
    http: [] as number[],
    lastLeader: [] as number[],
    raw: [] as number[],
  };
  try {
    for (let round = 0; round < WARMUP_PUBLISHES + PUBLISHES; round += 1) {
      const task = await api<{ id: string }>(
        apiServer,
        data.issuerToken,
        'POST',
        '/api/tasks',
        draft(data, `Nhiệm vụ thử ${round}`),
      );
      current = waitForAll(data.leaders.map((l) => l.teamId));
      const started = performance.now();
      const published = await api<{ assignmentCount: number }>(
        apiServer,
        data.issuerToken,
        'POST',
        `/api/tasks/${task.body.id}/publish`,
      );
      const httpMs = performance.now() - started;
      const lastMs = (await current.finished) - started;
      const commitMs = Number(/dur=([\d.]+)/.exec(published.headers.get('server-timing') ?? '')?.[1]);
      if (published.body.assignmentCount !== data.leaders.length)
        throw new Error('publish did not reach every team');

      const id = randomUUID();
      rawRound = waitForAll(rawClients.map((_, i) => `${id}/${i}`));
      const rawStarted = performance.now();
      sender.emit('send', { room: 'all', message: { id, taskId: task.body.id, teamIds: [randomUUID()] } });
      const rawMs = (await rawRound.finished) - rawStarted;
      if (round < WARMUP_PUBLISHES) continue;
      results.commit.push(commitMs);
      results.http.push(httpMs);
      results.lastLeader.push(lastMs);
      results.raw.push(rawMs);
    }
  } finally {
    rawClients.forEach((s) => s.close());
  }
  return {
    teams: data.leaders.length,
    publishes: PUBLISHES,
    machineBusy: machineBusyShare(busyBefore, machineBusyMs(), performance.now() - wallStarted),
    commit: summary(results.commit),
    http: summary(results.http),
    lastLeader: summary(results.lastLeader),
    raw: summary(results.raw),
    rawPlusCommit: summary(results.raw.map((r, i) => r + results.commit[i]!)),
  };
}

/**
 * Every publish also writes the hub's news into each team's channel after the answer (1,100 posts per
 * province-wide publish): (b) measures the steady state, so it starts once that backlog has been written.
 */
async function settleHubMessages(db: Client): Promise<void> {
  const count = async () =>
    Number(
      (await db.query<{ n: string }>('SELECT count(*) AS n FROM messages WHERE author_id IS NULL')).rows[0]!
        .n,
    );
  const started = performance.now();
  let last = -1;
  for (let now = await count(); now !== last; now = await count()) {
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  console.log(
    `(hub channel posts settled: ${last} in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}

/** (b) UPDATE_RATE progress updates per second for UPDATE_SECONDS, spread over every team's assignment. */
async function updatesBench(apiServer: BenchServer, data: TaskBenchData, env: NodeJS.ProcessEnv) {
  const task = await api<{ id: string }>(
    apiServer,
    data.issuerToken,
    'POST',
    '/api/tasks',
    draft(data, 'Cập nhật tiến độ'),
  );
  await api(apiServer, data.issuerToken, 'POST', `/api/tasks/${task.body.id}/publish`);
  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  const rows = (
    await db.query<{ id: string; teamId: string }>(
      `SELECT id, team_id AS "teamId" FROM assignments WHERE task_id = $1 ORDER BY id`,
      [task.body.id],
    )
  ).rows;
  await settleHubMessages(db);
  await db.end();
  const tokenOf = new Map(data.leaders.map((l) => [l.teamId, l.token]));
  const targets = rows.map((r) => ({ id: r.id, token: tokenOf.get(r.teamId)! }));

  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let inFlight = 0;
  let skipped = 0;
  let sent = 0;
  const total = UPDATE_RATE * (UPDATE_WARMUP_SECONDS + UPDATE_SECONDS);
  const measuredFrom = UPDATE_RATE * UPDATE_WARMUP_SECONDS;
  const send = (n: number) => {
    if (inFlight >= MAX_IN_FLIGHT) return void (skipped += 1);
    const target = targets[n % targets.length]!;
    inFlight += 1;
    const started = performance.now();
    postStatus(apiServer.url, `/api/assignments/${target.id}/progress`, target.token, { value: n })
      .then((status) => {
        if (n >= measuredFrom) latencies.push(performance.now() - started);
        if (status < 200 || status > 299)
          failures.set(String(status), (failures.get(String(status)) ?? 0) + 1);
      })
      .catch((error: Error) => failures.set(error.message, (failures.get(error.message) ?? 0) + 1))
      .finally(() => (inFlight -= 1));
  };
  // Open loop: request n is due at n / rate seconds after the start, whatever happened to the others.
  const apiPid = apiServer.child.pid!;
  let cpuAtStart = { api: 0, machine: 0 };
  const started = performance.now();
  let measuredStart = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * UPDATE_RATE));
      while (sent < due) {
        if (sent === measuredFrom) {
          measuredStart = performance.now();
          cpuAtStart = { api: processCpuMs(apiPid), machine: machineBusyMs() };
        }
        send(sent++);
      }
      if (sent < total) setTimeout(tick, 2);
      else resolve();
    };
    tick();
  });
  const measuredEnd = performance.now();
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const measured = total - measuredFrom;
  const cpu = {
    apiMsPerRequest: (processCpuMs(apiPid) - cpuAtStart.api) / measured,
    machineMsPerRequest: (machineBusyMs() - cpuAtStart.machine) / measured,
  };
  const machineBusy = machineBusyShare(
    cpuAtStart.machine,
    machineBusyMs(),
    performance.now() - measuredStart,
  );
  return {
    rate: UPDATE_RATE,
    seconds: UPDATE_SECONDS,
    requests: latencies.length,
    achievedRate: measured / ((measuredEnd - measuredStart) / 1000),
    cpu,
    machineBusy,
    failures: Object.fromEntries(failures),
    skipped,
    latency: summary(latencies),
  };
}

async function main(): Promise<boolean> {
  if (!existsSync(join(__dirname, '../../apps/api/dist/main.js')))
    throw new Error('Build first: npm run build -w @cdt/domain && npm run build -w @cdt/api');
  const env = benchEnvironment();
  const servers: BenchServer[] = [];
  let leaders: Socket[] = [];
  try {
    console.log(`Seeding the province with ${TEAMS} teams into ${String(env.BENCH_DATABASE)} …`);
    const data = await seedTaskBench(env, TEAMS);
    const [apiServer, raw] = await Promise.all([
      startServer('api', join(__dirname, 'serve-api.ts'), env),
      startServer('raw', join(__dirname, 'serve-raw.ts'), env),
    ]);
    servers.push(apiServer, raw);
    const connectStarted = performance.now();
    leaders = await connectAll(
      apiServer.url,
      data.leaders.length,
      (i) => ({ auth: { token: data.leaders[i]!.token } }),
      'session:ready',
      CONNECT_CONCURRENCY,
    );
    console.log(
      `${data.leaders.length} teams; ${leaders.length} leader sockets connected in ${((performance.now() - connectStarted) / 1000).toFixed(1)} s.`,
    );
    const machine = machineLine();
    const report: Record<string, unknown> = { machine };
    const targets: Target[] = [];
    if (PART !== 'updates') {
      const a = await publishBench(apiServer, raw, data, leaders);
      report.publish = a;
      console.log(
        `\n${machine}; ${a.teams} teams, ${leaders.length} leader sockets, ${a.publishes} publishes; ` +
          `machine ${(a.machineBusy * 100).toFixed(0)}% busy (every process)\n`,
      );
      console.log('| measure | p50 | p99 |');
      console.log('| --- | --- | --- |');
      console.log(`| publish commit (server transaction) | ${ms(a.commit.p50)} | ${ms(a.commit.p99)} |`);
      console.log(`| publish HTTP answer | ${ms(a.http.p50)} | ${ms(a.http.p99)} |`);
      console.log(
        `| last leader hears 'task:published' | ${ms(a.lastLeader.p50)} | ${ms(a.lastLeader.p99)} |`,
      );
      console.log(`| raw socket.io broadcast, last client | ${ms(a.raw.p50)} | ${ms(a.raw.p99)} |`);
      console.log(`| raw broadcast + commit | ${ms(a.rawPlusCommit.p50)} | ${ms(a.rawPlusCommit.p99)} |`);
      console.log(
        `| ratio last leader / (raw + commit) | ${ratio(a.lastLeader.p50, a.rawPlusCommit.p50)} | ${ratio(a.lastLeader.p99, a.rawPlusCommit.p99)} |`,
      );
      targets.push({
        name: `publish to ${a.teams} teams: last leader p99 within ${PUBLISH_RATIO_TARGET}× of raw + commit`,
        met: a.lastLeader.p99 <= PUBLISH_RATIO_TARGET * a.rawPlusCommit.p99,
        detail: `${ms(a.lastLeader.p99)} vs ${ms(a.rawPlusCommit.p99)}: ${ratio(a.lastLeader.p99, a.rawPlusCommit.p99)}`,
      });
    }
    if (PART !== 'publish') {
      const b = await updatesBench(apiServer, data, env);
      report.updates = b;
      console.log(
        `\n(b) ${b.rate} updates/s for ${b.seconds} s: ${b.requests} requests, achieved ${b.achievedRate.toFixed(1)}/s; ` +
          `machine ${(b.machineBusy * 100).toFixed(0)}% busy (every process)`,
      );
      console.log(
        `latency p50 ${ms(b.latency.p50)}, p90 ${ms(b.latency.p90)}, p99 ${ms(b.latency.p99)}, max ${ms(b.latency.max)}; ` +
          `failures ${JSON.stringify(b.failures)}, skipped ${b.skipped}`,
      );
      console.log(
        `CPU per update: API process ${ms(b.cpu.apiMsPerRequest)}, whole machine (every process) ${ms(b.cpu.machineMsPerRequest)}`,
      );
      const failed = Object.values(b.failures).reduce((sum, n) => sum + n, 0) + b.skipped;
      targets.push({
        name: `${b.rate} updates/s for ${b.seconds} s: p99 under ${UPDATE_P99_TARGET_MS} ms, every one answered 2xx`,
        met: b.latency.p99 < UPDATE_P99_TARGET_MS && failed === 0 && b.achievedRate >= 0.99 * b.rate,
        detail: `p99 ${ms(b.latency.p99)}, ${b.achievedRate.toFixed(1)}/s sent, ${failed} failed or skipped`,
      });
    }
    console.log(`\n${JSON.stringify(report)}`);
    return reportTargets(targets);
  } finally {
    leaders.forEach((s) => s.close());
    await Promise.all(servers.map((s) => s.stop()));
    await dropBenchData(env).catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

main().then(
  (met) => process.exit(met ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathIds } from '@cdt/domain';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { Socket } from 'socket.io-client';
import { connectAll } from './bench-clients';
import { startServer, type BenchServer } from './bench-process';
import { machineLine, ms, percentile, ratio, reportTargets, type Target } from './bench-report';
import { benchEnvironment, dropBenchData } from './bench-seed';
import { driveLive, type LiveAssignment, type LiveResult } from './dashboard-live';
import { apiJson, dashboardPages, timePages, villageTeamId, type PageTiming } from './dashboard-reads';
import { seedDemoProvince, type DemoDashboardData } from './dashboard-seed';
import { seedNational } from './national-seed';

/**
 * The province dashboard under load (issue 6), against the built API and worker in their own processes:
 * (a) the overview and drill-down pages' answer times, demo province and a synthetic country, each beside a
 *     bare HTTP handler answering the same bytes; (b) with dashboard sockets open on the province and a
 *     district, assignment updates at a fixed rate through the API, timed from commit to the covering
 *     'rollup:changed' (and to a province overview read showing it).
 * Run with `npm run bench:dashboard` (BENCH_PART=demo or national runs one dataset only).
 */
const PART = process.env.BENCH_PART ?? 'all';
const READS = { warmup: 50, requests: Number(process.env.BENCH_READS ?? 500) };
const LIVE = {
  rate: Number(process.env.BENCH_UPDATE_RATE ?? 200),
  seconds: Number(process.env.BENCH_UPDATE_SECONDS ?? 30),
  warmupSeconds: 5,
  maxInFlight: 1000,
  drainMs: 5_000,
};
const NATIONAL = {
  provinces: 34,
  communes: 3_321,
  teams: Number(process.env.BENCH_NATIONAL_TEAMS ?? 80_000),
  assignments: Number(process.env.BENCH_NATIONAL_ASSIGNMENTS ?? 1_000_000),
  membersPerTeam: 5,
};
/** The targets. */
const DEMO_P95_MS = 10;
const NATIONAL_P95_MS = 50;
const LIVE_P99_MS = 2_000;

const withWorkerEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, WORKER_HEALTH_PORT: '0' });

/** Waits until the run's rollups queue has no unit job waiting, delayed or running (two looks in a row). */
async function rollupsSettled(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<void> {
  const connection = new Redis(env.REDIS_URL!, { maxRetriesPerRequest: null });
  const queue = new Queue('rollups', { connection, prefix: env.QUEUE_PREFIX });
  try {
    const deadline = Date.now() + timeoutMs;
    for (let quiet = 0; quiet < 2;) {
      if (Date.now() > deadline) throw new Error('the rollups queue did not settle');
      await new Promise((resolve) => setTimeout(resolve, 500));
      // The nightly schedulers always hold a delayed job of their own: count unit jobs only.
      const jobs = await queue.getJobs(['wait', 'delayed', 'active', 'prioritized']);
      quiet = jobs.some((job) => job?.name === 'rollup.unit') ? 0 : quiet + 1;
    }
  } finally {
    await queue.close();
    await connection.quit();
  }
}

/** Tasks for the whole province through the API: enough open assignments for two updates each. */
async function publishTasks(api: BenchServer, data: DemoDashboardData, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) {
    const task = await apiJson<{ id: string }>(api, data.issuerToken, 'POST', '/api/tasks', {
      issuerUnitId: data.provinceId,
      title: `Nhiệm vụ thử bảng điều khiển ${n}`,
      description: 'Mỗi Tổ hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức 2.',
      category: 'public_service_apps',
      priority: 'normal',
      dueAt: new Date(Date.now() + (7 + n) * 86_400_000).toISOString(),
      target: { type: 'subtree', unitId: data.provinceId, teamKinds: ['commune', 'village'] },
      targetPerTeam: { value: 50, unitLabel: 'người dân' },
    });
    await apiJson(api, data.issuerToken, 'POST', `/api/tasks/${task.id}/publish`);
  }
}

/** The open assignments of teams whose leader has a token, spread over the teams (ordered by id). */
async function openAssignments(env: NodeJS.ProcessEnv, data: DemoDashboardData): Promise<LiveAssignment[]> {
  const db = new Client({ connectionString: env.DATABASE_URL });
  await db.connect();
  try {
    const rows = (
      await db.query<{ id: string; teamId: string; path: string }>(
        `SELECT id, team_id AS "teamId", unit_path AS path FROM assignments
         WHERE state = 'assigned' AND team_id = ANY($1::uuid[]) ORDER BY id`,
        [[...data.leaderTokens.keys()]],
      )
    ).rows;
    return rows.map((r) => ({ id: r.id, token: data.leaderTokens.get(r.teamId)!, path: pathIds(r.path) }));
  } finally {
    await db.end();
  }
}

interface DatasetReads {
  dataset: string;
  targetMs: number;
  pages: PageTiming[];
}

async function demoBench(): Promise<{
  reads: DatasetReads;
  live: LiveResult;
  facts: Record<string, unknown>;
}> {
  const env = withWorkerEnv(benchEnvironment());
  const servers: BenchServer[] = [];
  let sockets: Socket[] = [];
  try {
    console.log(`Demo province into ${String(env.BENCH_DATABASE)} …`);
    const data = await seedDemoProvince(env);
    servers.push(
      ...(await Promise.all([
        startServer('api', join(__dirname, 'serve-api.ts'), env),
        startServer('worker', join(__dirname, 'serve-worker.ts'), env),
        startServer('raw', join(__dirname, 'serve-raw-json.ts'), env),
      ])),
    );
    const [api, worker, raw] = servers as [BenchServer, BenchServer, BenchServer];
    const updates = LIVE.rate * (LIVE.seconds + LIVE.warmupSeconds);
    const tasks = Math.ceil(updates / 2 / data.leaderTokens.size) + 1;
    console.log(`Publishing ${tasks} tasks to the ${data.leaderTokens.size} led teams …`);
    await publishTasks(api, data, tasks);
    await rollupsSettled(env);
    const assignments = await openAssignments(env, data);
    const facts = { teams: data.leaderTokens.size, tasks, assignments: assignments.length };
    console.log(`Timing the pages (${READS.requests} requests each) …`);
    const teamId = await villageTeamId(api, data.provinceToken, data.villageId);
    const pages = await timePages(api, raw, data.provinceToken, dashboardPages({ ...data, teamId }), READS);

    sockets = await connectAll(
      api.url,
      2,
      (i) => ({ auth: { token: i === 0 ? data.provinceToken : data.districtToken } }),
      'session:ready',
    );
    console.log(`Driving ${LIVE.rate} updates/s for ${LIVE.warmupSeconds} + ${LIVE.seconds} s …`);
    const live = await driveLive(
      api,
      { unitId: data.provinceId, token: data.provinceToken },
      [
        { name: 'province dashboard', unitId: data.provinceId, socket: sockets[0]! },
        { name: 'district dashboard', unitId: data.districtId, socket: sockets[1]! },
      ],
      assignments,
      [api, worker],
      LIVE,
    );
    return { reads: { dataset: 'demo province', targetMs: DEMO_P95_MS, pages }, live, facts };
  } finally {
    sockets.forEach((s) => s.close());
    await Promise.all(servers.map((s) => s.stop()));
    await dropBenchData(env).catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

async function nationalBench(): Promise<{ reads: DatasetReads; facts: Record<string, unknown> }> {
  const env = benchEnvironment();
  const servers: BenchServer[] = [];
  try {
    console.log(
      `Synthetic country (${NATIONAL.teams} teams, ${NATIONAL.assignments} assignments) into ${String(env.BENCH_DATABASE)} …`,
    );
    const data = await seedNational(env, NATIONAL);
    console.log(
      `Inserted in ${data.insertSeconds.toFixed(0)} s; full recomputation of ${data.rollups.units} units and ` +
        `${data.rollups.teams} teams in ${data.recomputeSeconds.toFixed(1)} s.`,
    );
    servers.push(
      ...(await Promise.all([
        startServer('api', join(__dirname, 'serve-api.ts'), env),
        startServer('raw', join(__dirname, 'serve-raw-json.ts'), env),
      ])),
    );
    const [api, raw] = servers as [BenchServer, BenchServer];
    console.log(`Timing the pages (${READS.requests} requests each) …`);
    const teamId = await villageTeamId(api, data.provinceToken, data.villageId);
    const pages = await timePages(api, raw, data.provinceToken, dashboardPages({ ...data, teamId }), READS);
    const { insertSeconds, recomputeSeconds, rollups, sizes } = data;
    return {
      reads: { dataset: 'national', targetMs: NATIONAL_P95_MS, pages },
      facts: { ...sizes, insertSeconds, recomputeSeconds, rollups },
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await dropBenchData(env).catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

function printReads(all: readonly DatasetReads[], targets: Target[]): void {
  console.log(
    '\n| dataset | page | bytes | API p50 | API p95 | API p99 | raw p50 | raw p95 | raw p99 | p95 ratio |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { dataset, targetMs, pages } of all) {
    for (const p of pages) {
      console.log(
        `| ${dataset} | ${p.name} | ${p.bytes} | ${ms(p.api.p50)} | ${ms(p.api.p95)} | ${ms(p.api.p99)} | ` +
          `${ms(p.raw.p50)} | ${ms(p.raw.p95)} | ${ms(p.raw.p99)} | ${ratio(p.api.p95, p.raw.p95)} |`,
      );
      targets.push({
        name: `${dataset}, ${p.name}: p95 ≤ ${targetMs} ms`,
        met: p.api.p95 <= targetMs,
        detail: `p95 ${ms(p.api.p95)} (raw ${ms(p.raw.p95)})`,
      });
    }
  }
}

function printLive(live: LiveResult, targets: Target[]): void {
  const p = (values: number[], n: number) => percentile(values, n);
  console.log(
    `\n(b) ${live.rate} updates/s for ${live.seconds} s: ${live.sent} measured, achieved ${live.achievedRate.toFixed(1)}/s, ` +
      `${live.failed} failed, ${live.skipped} skipped; ${live.overviewReads} province overview reads, ` +
      `${live.inconsistentReads} behind the events; at the end the overview's movement is ${live.finalScoreDelta} ` +
      `(the successful updates make ${live.expectedScoreDelta})`,
  );
  const cpu = Object.entries(live.cpu)
    .map(([name, share]) => `${name} ${(share * 100).toFixed(0)}%`)
    .join(', ');
  console.log(
    `update answers p50 ${ms(p(live.answer, 50))}, p99 ${ms(p(live.answer, 99))}; ${live.jobsHeard} unit rollup jobs ` +
      `heard by the province; CPU of one core: ${cpu}; machine ${(live.machineBusy * 100).toFixed(0)}% busy (every process)`,
  );
  console.log('\n| commit → shown | updates | p50 | p95 | p99 | max | never |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const rows = [
    ...live.shown.map((s) => ({ name: `'rollup:changed' at the ${s.name}`, values: s.latencies })),
    { name: 'province overview read showing it', values: live.overviewLatencies },
  ];
  for (const row of rows) {
    const never = row.values.filter((v) => !Number.isFinite(v)).length;
    const finite = row.values.filter(Number.isFinite);
    console.log(
      `| ${row.name} | ${row.values.length} | ${ms(p(row.values, 50))} | ${ms(p(row.values, 95))} | ` +
        `${ms(p(row.values, 99))} | ${ms(finite.length ? Math.max(...finite) : Number.NaN)} | ${never} |`,
    );
    targets.push({
      name: `live, ${row.name}: p99 ≤ ${LIVE_P99_MS} ms`,
      met: row.values.length > 0 && p(row.values, 99) <= LIVE_P99_MS,
      detail: `p99 ${ms(p(row.values, 99))}, ${never} never shown`,
    });
  }
  targets.push({
    name: `live: ${live.rate} updates/s sent and answered 2xx, overview consistent with the events`,
    met:
      live.failed === 0 &&
      live.skipped === 0 &&
      live.achievedRate >= 0.99 * live.rate &&
      live.inconsistentReads === 0 &&
      live.finalScoreDelta === live.expectedScoreDelta,
    detail:
      `${live.achievedRate.toFixed(1)}/s, ${live.failed} failed, ${live.skipped} skipped, ` +
      `${live.inconsistentReads} reads behind, final ${live.finalScoreDelta}/${live.expectedScoreDelta}`,
  });
}

async function main(): Promise<boolean> {
  if (!existsSync(join(__dirname, '../../apps/api/dist/worker.js')))
    throw new Error('Build first: npm run build -w @cdt/domain && npm run build -w @cdt/api');
  const reads: DatasetReads[] = [];
  const report: Record<string, unknown> = { machine: machineLine() };
  let live: LiveResult | undefined;
  if (PART !== 'national') {
    const demo = await demoBench();
    reads.push(demo.reads);
    live = demo.live;
    report.demo = { ...demo.facts, reads: demo.reads.pages };
  }
  if (PART !== 'demo') {
    const national = await nationalBench();
    reads.push(national.reads);
    report.national = { ...national.facts, reads: national.reads.pages };
  }
  const targets: Target[] = [];
  console.log(
    `\n${machineLine()}; ${READS.requests} sequential requests per page after ${READS.warmup} warm-up`,
  );
  printReads(reads, targets);
  if (live) printLive(live, targets);
  console.log(`\n${JSON.stringify(report)}`);
  return reportTargets(targets);
}

main().then(
  (met) => process.exit(met ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

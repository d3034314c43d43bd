import { randomUUID } from 'node:crypto';
import type { DashboardOverviewDto, RollupChangedPayload, UnitRollup } from '@cdt/domain';
import type { Socket } from 'socket.io-client';
import type { BenchServer } from './bench-process';
import { machineBusyMs, machineBusyShare, processCpuMs } from './bench-report';
import { apiJson, httpCall } from './dashboard-reads';

/** One assignment the benchmark moves twice: progress (assigned → in_progress), later complete. */
export interface LiveAssignment {
  id: string;
  /** Its team leader's token. */
  token: string;
  /** Unit ids of its team's path, root first (province … the team's unit). */
  path: string[];
}

/** A dashboard being watched: its socket and the unit it shows. */
export interface WatchedDashboard {
  name: string;
  unitId: string;
  socket: Socket;
}

/** A 'rollup:changed' heard: the unit, its job's start instant and when it arrived (epoch ms). */
interface Heard {
  at: number;
  arrived: number;
}

interface Update {
  assignment: LiveAssignment;
  command: 'progress' | 'complete';
  /** When its answer arrived: the commit happened before (epoch ms). */
  committed: number;
  /** Request to answer (ms). */
  took: number;
  ok: boolean;
  /** Sent after the warm-up. */
  measured: boolean;
}

interface OverviewRead {
  sent: number;
  done: number;
  score: number;
}

/** +1 for every update: an assignment leaving 'assigned', and one becoming completed. */
export function movementScore(figures: UnitRollup): number {
  return (
    figures.assignments.total - figures.assignments.byState.assigned + figures.assignments.byState.completed
  );
}

/** What successful updates add to the score: a completion whose progress update was skipped moves it by 2. */
function expectedScore(succeeded: readonly Update[]): number {
  const progressed = new Set(succeeded.filter((u) => u.command === 'progress').map((u) => u.assignment.id));
  return succeeded.reduce(
    (sum, u) => sum + (u.command === 'complete' && !progressed.has(u.assignment.id) ? 2 : 1),
    0,
  );
}

/** Per unit, the 'rollup:changed' events one socket heard, in order of arrival (a unit's jobs never overlap). */
function listen(socket: Socket): Map<string, Heard[]> {
  const heard = new Map<string, Heard[]>();
  socket.on('rollup:changed', (payload: RollupChangedPayload) => {
    const arrived = Date.now();
    for (const unitId of payload.unitIds) {
      const list = heard.get(unitId) ?? [];
      list.push({ at: Date.parse(payload.at), arrived });
      heard.set(unitId, list);
    }
  });
  return heard;
}

/**
 * When a dashboard showed an update, conservatively: a job of the update's unit that STARTED after the commit
 * was observed, then a job of its parent that started after that event arrived, and so on up to the dashboard's
 * unit; the arrival of the last one. Job start instants are whole milliseconds, hence the +1. Null: never.
 */
function shownAt(heard: Map<string, Heard[]>, chain: readonly string[], committed: number): number | null {
  let after = committed;
  for (const unitId of chain) {
    const event = (heard.get(unitId) ?? []).find((e) => e.at >= Math.floor(after) + 1);
    if (!event) return null;
    after = event.arrived;
  }
  return after;
}

/** The update's units from its team's unit up to the dashboard's (empty when the dashboard is elsewhere). */
function chainUpTo(path: readonly string[], unitId: string): string[] {
  const index = path.indexOf(unitId);
  return index < 0 ? [] : path.slice(index).reverse();
}

export interface LiveResult {
  rate: number;
  seconds: number;
  sent: number;
  /** Request to answer of each measured update (ms). */
  answer: number[];
  /** Share of one core each server process used while the updates were sent. */
  cpu: Record<string, number>;
  /** Share of the whole machine (every process, other work included) busy meanwhile. */
  machineBusy: number;
  /** Unit rollup jobs the province dashboard heard of (its whole subtree). */
  jobsHeard: number;
  failed: number;
  skipped: number;
  achievedRate: number;
  /** Per dashboard: latency from commit to the covering 'rollup:changed' (Infinity when never). */
  shown: { name: string; latencies: number[]; never: number }[];
  /** Commit to the answer of the first province overview read started after the covering event. */
  overviewLatencies: number[];
  overviewReads: number;
  /** Overview reads that counted fewer updates than the events had announced (must be none). */
  inconsistentReads: number;
  /** The province overview's movement score at the end, and what the successful updates add up to. */
  finalScoreDelta: number;
  expectedScoreDelta: number;
}

/**
 * Drives `rate` assignment updates per second for `warmupSeconds + seconds` through the API as the teams'
 * leaders (open loop), with the dashboards' sockets listening; only updates after the warm-up are measured.
 * The province overview is re-read (one read at a time) on each of its 'rollup:changed', like the web page.
 */
export async function driveLive(
  api: BenchServer,
  province: { unitId: string; token: string },
  dashboards: readonly WatchedDashboard[],
  assignments: readonly LiveAssignment[],
  /** The API and worker processes, for their CPU time. */
  processes: readonly BenchServer[],
  load: { rate: number; seconds: number; warmupSeconds: number; maxInFlight: number; drainMs: number },
): Promise<LiveResult> {
  const total = load.rate * (load.warmupSeconds + load.seconds);
  if (total > 2 * assignments.length) throw new Error(`${total} updates need ${total / 2} open assignments`);
  const overviewScore = async () =>
    movementScore(
      (
        await apiJson<DashboardOverviewDto>(
          api,
          province.token,
          'GET',
          `/api/dashboard/overview?unitId=${province.unitId}`,
        )
      ).headline,
    );
  const baseScore = await overviewScore();
  const heard = dashboards.map((d) => listen(d.socket));
  const reads: OverviewRead[] = [];
  let reading = false;
  const provinceSocket = dashboards.find((d) => d.unitId === province.unitId)?.socket;
  if (!provinceSocket) throw new Error('no dashboard socket on the province');
  provinceSocket.on('rollup:changed', (payload: RollupChangedPayload) => {
    if (reading || !payload.unitIds.includes(province.unitId)) return;
    reading = true;
    const sent = Date.now();
    void overviewScore()
      .then((score) => reads.push({ sent, done: Date.now(), score }))
      .finally(() => (reading = false));
  });

  const updates: Update[] = [];
  let inFlight = 0;
  let skipped = 0;
  let sent = 0;
  const measuredFrom = load.rate * load.warmupSeconds;
  const send = (n: number) => {
    if (inFlight >= load.maxInFlight) return void (skipped += 1);
    const assignment = assignments[n % assignments.length]!;
    const command = n < assignments.length ? 'progress' : 'complete';
    inFlight += 1;
    const sentAt = Date.now();
    void httpCall(`${api.url}/api/assignments/${assignment.id}/${command}`, {
      method: 'POST',
      token: assignment.token,
      body: command === 'progress' ? { value: 10, note: `Cập nhật ${randomUUID()}` } : { value: 60 },
    })
      .then(
        (answer) => answer.status >= 200 && answer.status < 300,
        () => false,
      )
      .then((ok) => {
        const committed = Date.now();
        updates.push({
          assignment,
          command,
          committed,
          took: committed - sentAt,
          ok,
          measured: n >= measuredFrom,
        });
      })
      .finally(() => (inFlight -= 1));
  };
  const started = performance.now();
  let measuredStart = 0;
  let cpuAtStart = processes.map(() => 0);
  let busyAtStart = 0;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * load.rate));
      while (sent < due) {
        if (sent === measuredFrom) {
          measuredStart = performance.now();
          cpuAtStart = processes.map((p) => processCpuMs(p.child.pid!));
          busyAtStart = machineBusyMs();
        }
        send(sent++);
      }
      if (sent < total) setTimeout(tick, 2);
      else resolve();
    };
    tick();
  });
  const measuredEnd = performance.now();
  const cpu = Object.fromEntries(
    processes.map((p, i) => [
      p.name,
      (processCpuMs(p.child.pid!) - cpuAtStart[i]!) / (measuredEnd - measuredStart),
    ]),
  );
  const machineBusy = machineBusyShare(busyAtStart, machineBusyMs(), measuredEnd - measuredStart);
  while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  // Let the last jobs run, then stop reading the overview.
  await new Promise((resolve) => setTimeout(resolve, load.drainMs));
  while (reading) await new Promise((resolve) => setTimeout(resolve, 20));
  dashboards.forEach((d) => d.socket.off('rollup:changed'));

  const succeeded = updates.filter((u) => u.ok);
  const shown = dashboards.map((dashboard, i) => {
    const latencies: number[] = [];
    let never = 0;
    for (const update of succeeded) {
      if (!update.measured) continue;
      const chain = chainUpTo(update.assignment.path, dashboard.unitId);
      if (chain.length === 0) continue;
      const at = shownAt(heard[i]!, chain, update.committed);
      if (at === null) never += 1;
      latencies.push(at === null ? Number.POSITIVE_INFINITY : at - update.committed);
    }
    return { name: dashboard.name, latencies, never };
  });
  // Province coverage instants of every update (warm-up included: the overview counts those too).
  const provinceIndex = dashboards.findIndex((d) => d.unitId === province.unitId);
  const provinceShown = succeeded.map((u) =>
    shownAt(heard[provinceIndex]!, chainUpTo(u.assignment.path, province.unitId), u.committed),
  );
  const overviewLatencies = succeeded.flatMap((u, i) => {
    if (!u.measured) return [];
    const at = provinceShown[i];
    const read = at === null ? undefined : reads.find((r) => r.sent >= at!);
    return [read ? read.done - u.committed : Number.POSITIVE_INFINITY];
  });
  const inconsistentReads = reads.filter((read) => {
    const announced = provinceShown.filter((at) => at !== null && at <= read.sent).length;
    return read.score - baseScore < announced;
  }).length;
  return {
    rate: load.rate,
    seconds: load.seconds,
    sent: updates.filter((u) => u.measured).length,
    answer: updates.filter((u) => u.measured).map((u) => u.took),
    cpu,
    machineBusy,
    jobsHeard: [...heard[provinceIndex]!.values()].reduce((sum, list) => sum + list.length, 0),
    failed: updates.length - succeeded.length,
    skipped,
    achievedRate: (total - measuredFrom) / ((measuredEnd - measuredStart) / 1000),
    shown,
    overviewLatencies,
    overviewReads: reads.length,
    inconsistentReads,
    finalScoreDelta: (await overviewScore()) - baseScore,
    expectedScoreDelta: expectedScore(succeeded),
  };
}

import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { vietnamDateOf, type DrillDownDto } from '@cdt/domain';
import type { BenchServer } from './bench-process';
import { percentile } from './bench-report';

/** Keep-alive connections: the dashboard's client keeps its connection, and so does the baseline's. */
const keepAlive = new Agent({ keepAlive: true });

export interface HttpAnswer {
  status: number;
  body: Buffer;
}

/**
 * One request over the keep-alive agent, resolved once the whole answer has arrived. A GET that meets a kept
 * connection the server had just closed (it drops idle ones after 5 s) is sent once more, as Node advises.
 */
export function httpCall(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<HttpAnswer> {
  return sendOnce(url, options).catch((error: Error & { reusedSocket?: boolean }) => {
    if (error.reusedSocket && (options.method ?? 'GET') === 'GET') return sendOnce(url, options);
    throw error;
  });
}

function sendOnce(
  url: string,
  options: { method?: string; token?: string; body?: unknown } = {},
): Promise<HttpAnswer> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: options.method ?? 'GET',
      agent: keepAlive,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(payload === undefined
          ? {}
          : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
      },
    });
    req.on('response', (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts) }));
      res.on('error', reject);
    });
    req.on('error', (error: Error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(payload);
  });
}

/** A JSON answer of the API, or an error naming the route and status. */
export async function apiJson<T>(
  server: BenchServer,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const answer = await httpCall(`${server.url}${path}`, { method, token, body });
  if (answer.status < 200 || answer.status > 299)
    throw new Error(`${method} ${path}: ${answer.status} ${answer.body.toString()}`);
  return JSON.parse(answer.body.toString()) as T;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

const percentiles = (values: readonly number[]): Percentiles => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
});

export interface PageToRead {
  name: string;
  path: string;
}

export interface PageTiming {
  name: string;
  bytes: number;
  api: Percentiles;
  raw: Percentiles;
}

/**
 * Each page: its answer copied into the bare JSON server, then `requests` sequential GETs of the API and of
 * the baseline, alternately (so load from the rest of the machine falls on both alike), after `warmup` each.
 */
export async function timePages(
  api: BenchServer,
  raw: BenchServer,
  token: string,
  pages: readonly PageToRead[],
  counts: { warmup: number; requests: number },
): Promise<PageTiming[]> {
  const results: PageTiming[] = [];
  for (const page of pages) {
    const first = await httpCall(`${api.url}${page.path}`, { token });
    if (first.status !== 200) throw new Error(`${page.path}: ${first.status} ${first.body.toString()}`);
    const put = await httpCall(`${raw.url}/fixed`, {
      method: 'PUT',
      body: JSON.parse(first.body.toString()),
    });
    if (put.status !== 204) throw new Error(`the baseline refused the body: ${put.status}`);
    const timings = { api: [] as number[], raw: [] as number[] };
    for (let i = 0; i < counts.warmup + counts.requests; i += 1) {
      for (const side of ['api', 'raw'] as const) {
        const started = performance.now();
        const answer =
          side === 'api'
            ? await httpCall(`${api.url}${page.path}`, { token })
            : await httpCall(`${raw.url}/fixed`);
        const elapsed = performance.now() - started;
        if (answer.status !== 200) throw new Error(`${side} ${page.path}: ${answer.status}`);
        if (i >= counts.warmup) timings[side].push(elapsed);
      }
    }
    results.push({
      name: page.name,
      bytes: first.body.length,
      api: percentiles(timings.api),
      raw: percentiles(timings.raw),
    });
  }
  return results;
}

/** A Vietnam calendar date (yyyy-mm-dd) this many days from today. */
function daysFromToday(days: number): string {
  return vietnamDateOf(new Date(Date.now() + days * 86_400_000).toISOString());
}

/** A team of the village (the first on its assignment list), for the team page. */
export async function villageTeamId(api: BenchServer, token: string, villageId: string): Promise<string> {
  const list = await apiJson<DrillDownDto>(
    api,
    token,
    'GET',
    `/api/dashboard/drill-down?unitId=${villageId}&limit=1`,
  );
  const row = list.rows[0];
  if (!row) throw new Error(`village ${villageId} has no assignments to find a team by`);
  return row.team.id;
}

/** The dashboard pages of a place: the overview at each level and the drill-down lists behind them. */
export function dashboardPages(places: {
  provinceId: string;
  districtId: string | null;
  communeId: string;
  villageId: string;
  teamId: string;
}): PageToRead[] {
  const overview = (level: string, unitId: string) => ({
    name: `overview: ${level}`,
    path: `/api/dashboard/overview?unitId=${unitId}`,
  });
  return [
    overview('province', places.provinceId),
    ...(places.districtId ? [overview('district', places.districtId)] : []),
    overview('commune', places.communeId),
    overview('village', places.villageId),
    { name: 'overview: team', path: `/api/dashboard/team?teamId=${places.teamId}` },
    // A filtered overview is computed from the assignments at read time, not read from the stored rollups.
    {
      name: 'overview: province, filtered by category',
      path: `/api/dashboard/overview?unitId=${places.provinceId}&category=public_service_apps`,
    },
    {
      name: 'overview: province, filtered by due period',
      path: `/api/dashboard/overview?unitId=${places.provinceId}&from=${daysFromToday(-30)}&to=${daysFromToday(30)}`,
    },
    {
      name: 'drill-down: province, first page',
      path: `/api/dashboard/drill-down?unitId=${places.provinceId}`,
    },
    {
      name: 'drill-down: province, overdue',
      path: `/api/dashboard/drill-down?unitId=${places.provinceId}&bucket=open_overdue`,
    },
    {
      name: 'drill-down: commune, first page',
      path: `/api/dashboard/drill-down?unitId=${places.communeId}`,
    },
  ];
}

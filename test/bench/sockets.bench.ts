import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { connectAll } from './bench-clients';
import { startServer, type BenchServer } from './bench-process';
import {
  machineBusyMs,
  machineBusyShare,
  machineLine,
  ms,
  ratio,
  reportTargets,
  summary,
  type Summary,
} from './bench-report';
import { GROUP_FIRST, benchEnvironment, dropBenchData, seedBenchDatabase } from './bench-seed';

/**
 * Messaging hub under load (issue 5): N authenticated sockets on one API process vs N sockets on a bare
 * socket.io server, measured in the same run. (a) a message to a 30-member channel reaching all its members,
 * (b) a 1,000-member announcement, (c) memory per connected socket. Run with `npm run bench:sockets`.
 */
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 5000);
const GROUP_SIZE = 30;
const ANNOUNCEMENT_SIZE = 1000;
const ROUNDS_GROUP = Number(process.env.BENCH_ROUNDS_GROUP ?? 300);
const ROUNDS_ANNOUNCEMENT = Number(process.env.BENCH_ROUNDS_ANNOUNCEMENT ?? 100);
const WARMUP = 20;
const CONNECT_CONCURRENCY = 100;
/** The target: the API within 2× of the bare server, for delivery p99 and memory per socket. */
const RATIO_TARGET = 2;
const TEXT = 'Đề nghị các Tổ công nghệ số cộng đồng báo cáo số hộ đã cài đặt VNeID trước 17 giờ thứ Sáu.';

interface Round {
  id: string;
  waiting: Set<number>;
  done: (at: number) => void;
}

/** Sockets of one server, with one round in flight at a time: which receivers still wait for its message. */
class Fleet {
  readonly sockets: Socket[] = [];
  private round: Round | null = null;

  constructor(readonly server: BenchServer) {}

  /** Connects `count` sockets; `options(i)` gives each its handshake. */
  async connect(
    count: number,
    options: (i: number) => Partial<ManagerOptions & SocketOptions>,
    readyEvent: string,
  ) {
    this.sockets.push(
      ...(await connectAll(this.server.url, count, options, readyEvent, CONNECT_CONCURRENCY)),
    );
  }

  /** Every receiver reports the message of the round in flight (matched by its clientMessageId). */
  listen(receivers: readonly number[]): void {
    for (const i of receivers) {
      this.sockets[i]!.on('message:new', (message: { clientMessageId: string | null }) => {
        const round = this.round;
        if (!round || message.clientMessageId !== round.id || !round.waiting.delete(i)) return;
        if (round.waiting.size === 0) round.done(performance.now());
      });
    }
  }

  /** Runs `emit` and resolves with the time until the last receiver got the message, in ms. */
  async time(receivers: readonly number[], emit: (id: string) => void): Promise<number> {
    const id = randomUUID();
    const received = new Promise<number>((done) => {
      this.round = { id, waiting: new Set(receivers), done };
    });
    const started = performance.now();
    emit(id);
    const timeout = new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error(`${this.server.name}: round ${id} timed out`)), 15_000).unref(),
    );
    const finished = await Promise.race([received, timeout]);
    this.round = null;
    return finished - started;
  }

  close(): void {
    for (const socket of this.sockets) socket.close();
  }
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

async function main(): Promise<boolean> {
  const dist = join(__dirname, '../../apps/api/dist/main.js');
  if (!existsSync(dist))
    throw new Error('Build first: npm run build -w @cdt/domain && npm run build -w @cdt/api');
  const env = benchEnvironment();
  const servers: BenchServer[] = [];
  const fleets: Fleet[] = [];
  try {
    console.log(`Seeding ${SOCKETS} users into ${String(env.BENCH_DATABASE)} …`);
    const data = await seedBenchDatabase(env, {
      users: SOCKETS,
      groupSize: GROUP_SIZE,
      announcementSize: ANNOUNCEMENT_SIZE,
    });
    const [api, raw] = await Promise.all([
      startServer('api', join(__dirname, 'serve-api.ts'), env),
      startServer('raw', join(__dirname, 'serve-raw.ts'), env),
    ]);
    servers.push(api, raw);
    const apiFleet = new Fleet(api);
    const rawFleet = new Fleet(raw);
    fleets.push(apiFleet, rawFleet);

    // Memory baselines after each server has served a first socket (lazy code paths loaded), then N sockets.
    const warmApi = new Fleet(api);
    const warmRaw = new Fleet(raw);
    fleets.push(warmApi, warmRaw);
    await warmApi.connect(1, () => ({ auth: { token: data.tokens[SOCKETS - 1] } }), 'session:ready');
    await warmRaw.connect(1, () => ({ query: { rooms: 'warm' } }), 'ready');
    const before = { api: await api.memory(), raw: await raw.memory() };
    const started = performance.now();
    await apiFleet.connect(SOCKETS, (i) => ({ auth: { token: data.tokens[i] } }), 'session:ready');
    const apiConnectMs = performance.now() - started;
    const rawRooms = (i: number) =>
      [
        i < ANNOUNCEMENT_SIZE ? 'announce' : '',
        i >= GROUP_FIRST && i < GROUP_FIRST + GROUP_SIZE ? 'group' : '',
      ]
        .filter(Boolean)
        .join(',');
    await rawFleet.connect(SOCKETS, (i) => ({ query: { rooms: rawRooms(i) } }), 'ready');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const after = { api: await api.memory(), raw: await raw.memory() };
    console.log(
      `Connected ${SOCKETS} sockets to each server (API handshakes: ${(apiConnectMs / 1000).toFixed(1)} s).`,
    );

    const group = range(GROUP_FIRST, GROUP_SIZE);
    const announcement = range(0, ANNOUNCEMENT_SIZE);
    for (const fleet of [apiFleet, rawFleet]) fleet.listen([...new Set([...group, ...announcement])]);

    const apiSend = (from: number, channelId: string) => (id: string) =>
      apiFleet.sockets[from]!.emit(
        'message:send',
        { channelId, clientMessageId: id, text: TEXT },
        () => undefined,
      );
    // The raw server broadcasts a message of the same shape and size as the API's MessageDto.
    const rawSend = (from: number, room: string) => (id: string) =>
      rawFleet.sockets[from]!.emit('send', { room, message: fakeMessage(id) }, () => undefined);

    const busyBefore = machineBusyMs();
    const roundsStarted = performance.now();
    const results = {
      group: { api: [] as number[], raw: [] as number[] },
      announcement: { api: [] as number[], raw: [] as number[] },
    };
    for (let round = 0; round < WARMUP + ROUNDS_GROUP; round += 1) {
      const apiMs = await apiFleet.time(group, apiSend(GROUP_FIRST, data.groupChannelId));
      const rawMs = await rawFleet.time(group, rawSend(GROUP_FIRST, 'group'));
      if (round < WARMUP) continue;
      results.group.api.push(apiMs);
      results.group.raw.push(rawMs);
    }
    for (let round = 0; round < WARMUP + ROUNDS_ANNOUNCEMENT; round += 1) {
      const apiMs = await apiFleet.time(announcement, apiSend(0, data.announcementChannelId));
      const rawMs = await rawFleet.time(announcement, rawSend(0, 'announce'));
      if (round < WARMUP) continue;
      results.announcement.api.push(apiMs);
      results.announcement.raw.push(rawMs);
    }

    const perSocket = (server: 'api' | 'raw', key: 'rss' | 'heapUsed') =>
      (after[server][key] - before[server][key]) / SOCKETS;
    const report = {
      machine: machineLine(),
      machineBusy: machineBusyShare(busyBefore, machineBusyMs(), performance.now() - roundsStarted),
      sockets: SOCKETS,
      group: {
        size: GROUP_SIZE,
        rounds: ROUNDS_GROUP,
        api: summary(results.group.api),
        raw: summary(results.group.raw),
      },
      announcement: {
        size: ANNOUNCEMENT_SIZE,
        rounds: ROUNDS_ANNOUNCEMENT,
        api: summary(results.announcement.api),
        raw: summary(results.announcement.raw),
      },
      memoryPerSocket: {
        api: { rssKiB: perSocket('api', 'rss') / 1024, heapKiB: perSocket('api', 'heapUsed') / 1024 },
        raw: { rssKiB: perSocket('raw', 'rss') / 1024, heapKiB: perSocket('raw', 'heapUsed') / 1024 },
      },
    };
    return printReport(report);
  } finally {
    for (const fleet of fleets) fleet.close();
    await Promise.all(servers.map((s) => s.stop()));
    await dropBenchData(env).catch((error: unknown) => console.error('cleanup failed:', error));
  }
}

/** A stand-in for MessageDto (same fields, same size) for the raw broadcast. */
function fakeMessage(clientMessageId: string) {
  return {
    id: randomUUID(),
    channelId: randomUUID(),
    seq: 1,
    revision: 1,
    author: { kind: 'user', userId: randomUUID(), fullName: 'Người Dùng Thử 1000' },
    clientMessageId,
    text: TEXT,
    parentId: null,
    replyCount: 0,
    lastReplyAt: null,
    mentions: { userIds: [], all: false },
    poll: null,
    system: null,
    createdAt: new Date().toISOString(),
    editedAt: null,
    deleted: false,
    pinned: null,
  };
}

type Report = {
  machine: string;
  machineBusy: number;
  sockets: number;
  group: { size: number; rounds: number; api: Summary; raw: Summary };
  announcement: { size: number; rounds: number; api: Summary; raw: Summary };
  memoryPerSocket: { api: { rssKiB: number; heapKiB: number }; raw: { rssKiB: number; heapKiB: number } };
};

/** Prints the figures side by side and the verdict on each target; true when every one is met. */
function printReport(report: Report): boolean {
  const line = (name: string, r: Report['group']) =>
    `| ${name} | ${ms(r.api.p50)} / ${ms(r.api.p99)} | ${ms(r.raw.p50)} / ${ms(r.raw.p99)} | ${ratio(r.api.p99, r.raw.p99)} |`;
  const mem = report.memoryPerSocket;
  console.log(
    `\n${report.machine}; ${report.sockets} sockets connected to each server; ` +
      `machine ${(report.machineBusy * 100).toFixed(0)}% busy (every process) during the messages\n`,
  );
  console.log('| scenario | API p50 / p99 | raw socket.io p50 / p99 | p99 ratio |');
  console.log('| --- | --- | --- | --- |');
  console.log(line(`(a) ${report.group.size}-member channel, ${report.group.rounds} messages`, report.group));
  console.log(
    line(
      `(b) ${report.announcement.size}-member announcement, ${report.announcement.rounds} messages`,
      report.announcement,
    ),
  );
  console.log(
    `| (c) memory per socket (RSS / heap) | ${mem.api.rssKiB.toFixed(1)} / ${mem.api.heapKiB.toFixed(1)} KiB | ` +
      `${mem.raw.rssKiB.toFixed(1)} / ${mem.raw.heapKiB.toFixed(1)} KiB | ` +
      `${ratio(mem.api.rssKiB, mem.raw.rssKiB)} / ${ratio(mem.api.heapKiB, mem.raw.heapKiB)} |`,
  );
  console.log(`\n${JSON.stringify(report)}`);
  const delivery = (name: string, r: Report['group']) => ({
    name: `${name}: API p99 within ${RATIO_TARGET}× of raw`,
    met: r.api.p99 <= RATIO_TARGET * r.raw.p99,
    detail: `${ms(r.api.p99)} vs ${ms(r.raw.p99)}: ${ratio(r.api.p99, r.raw.p99)}`,
  });
  return reportTargets([
    delivery(`(a) ${report.group.size}-member channel`, report.group),
    delivery(`(b) ${report.announcement.size}-member announcement`, report.announcement),
    {
      name: `(c) memory per socket: API RSS and heap within ${RATIO_TARGET}× of raw`,
      met:
        mem.api.rssKiB <= RATIO_TARGET * mem.raw.rssKiB && mem.api.heapKiB <= RATIO_TARGET * mem.raw.heapKiB,
      detail:
        `RSS ${mem.api.rssKiB.toFixed(1)} vs ${mem.raw.rssKiB.toFixed(1)} KiB (${ratio(mem.api.rssKiB, mem.raw.rssKiB)}), ` +
        `heap ${mem.api.heapKiB.toFixed(1)} vs ${mem.raw.heapKiB.toFixed(1)} KiB (${ratio(mem.api.heapKiB, mem.raw.heapKiB)})`,
    },
  ]);
}

main().then(
  (met) => process.exit(met ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

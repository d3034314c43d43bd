import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { ChannelChangedDto, ChannelDto, MessageDto } from '@cdt/domain';
import { http, login } from '../support/app';
import { collect, okAck, textMessage, waitFor } from '../support/channels';
import { connectSocket, type ClientSocket } from '../support/socket';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');

/** Newest modification time under a folder (files whose name passes `keep`). */
function newest(dir: string, keep: (name: string) => boolean): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path, keep));
    else if (keep(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** The children run the built API: refuse to test an old build (npm test builds it first). */
function assertBuilt(): void {
  const help = 'run "npm run build -w @cdt/domain && npm run build -w @cdt/api" first (npm test does)';
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: ${help}`);
  const source = newest(join(ROOT, 'apps/api/src'), (n) => n.endsWith('.ts') && !n.endsWith('.spec.ts'));
  if (source > newest(join(ROOT, 'apps/api/dist'), (n) => n.endsWith('.js'))) {
    throw new Error(`apps/api/dist is older than apps/api/src: ${help}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface ApiNode {
  url: string;
  child: ChildProcess;
}

/** One API process (`node apps/api/dist/main.js`) with this test run's database, Redis and secrets. */
async function startNode(): Promise<ApiNode> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API node exited with ${child.exitCode}: ${stderr}`);
    const up = await fetch(`${url}/api/health`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (up) return { url, child };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API node on ${port} did not become healthy: ${stderr}`);
}

function stopNode(node: ApiNode | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => node.child.kill('SIGKILL'), 5000);
    node.child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    node.child.kill('SIGTERM');
  });
}

/** Two API processes behind no load balancer: the socket.io Redis Streams adapter is all they share. */
describe('channels on two API processes', () => {
  let nodeA: ApiNode | undefined;
  let nodeB: ApiNode | undefined;
  const sockets: ClientSocket[] = [];

  beforeAll(async () => {
    assertBuilt();
    [nodeA, nodeB] = await Promise.all([startNode(), startNode()]);
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all([stopNode(nodeA), stopNode(nodeB)]);
  });

  it('carries a message sent on node A to clients on node B, and node B syncs it', async () => {
    const a = nodeA!.url;
    const b = nodeB!.url;
    const [leader, other] = await Promise.all([login(a, 'totruong.hoxa'), login(b, 'totruong.khupho1')]);
    const onA = await connectSocket(a, leader.accessToken);
    const [inRoomOnB, elsewhereOnB] = await Promise.all([
      connectSocket(b, other.accessToken),
      connectSocket(b, other.accessToken),
    ]);
    sockets.push(onA, inRoomOnB, elsewhereOnB);
    const told = collect<ChannelChangedDto>(inRoomOnB, 'channel:changed');

    // Created through node A: node B's sockets hear of it and follow it (room moves cross the nodes too).
    const created = await http<ChannelDto>(a, 'POST', '/api/channels/working-groups', {
      token: leader.accessToken,
      body: { title: 'Nhóm hai máy chủ', memberIds: [other.user.id] },
    });
    expect(created.status).toBe(201);
    const group = created.body;
    expect(await waitFor(told, (c) => c.channelId === group.id)).toEqual({
      channelId: group.id,
      reason: 'created',
    });
    const joined = await okAck(inRoomOnB, 'channel:join', { channelId: group.id });
    expect(joined).toEqual({ channelId: group.id, lastSeq: 0, lastRevision: 0, lastReadSeq: 0 });

    const live = collect<MessageDto>(inRoomOnB, 'message:new');
    const bumped = collect<MessageDto>(elsewhereOnB, 'message:new');
    const sent = await okAck(onA, 'message:send', textMessage(group.id, 'Gửi từ máy chủ A'));
    expect(sent.seq).toBe(1);
    expect(await waitFor(live, (m) => m.id === sent.id)).toMatchObject({
      seq: 1,
      text: 'Gửi từ máy chủ A',
      author: { kind: 'user', userId: leader.user.id },
    });
    expect((await waitFor(bumped, (m) => m.id === sent.id)).seq).toBe(1);

    const sync = await okAck(inRoomOnB, 'channel:sync', { channelId: group.id, afterSeq: 0 });
    expect(sync.messages.map((m) => [m.id, m.seq, m.text])).toEqual([[sent.id, 1, 'Gửi từ máy chủ A']]);
    expect(sync).toMatchObject({ lastSeq: 1, hasMore: false });

    // And back: a reply stored through node B reaches node A, numbered after it.
    const heardOnA = collect<MessageDto>(onA, 'message:new');
    const reply = await okAck(inRoomOnB, 'message:send', textMessage(group.id, 'Máy chủ B đã nhận'));
    expect((await waitFor(heardOnA, (m) => m.id === reply.id)).seq).toBe(2);
  });
});

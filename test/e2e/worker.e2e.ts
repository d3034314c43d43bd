import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { QueueEvents, type Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES, jobId } from '../../apps/api/src/jobs/job-registry';
import { http, startApp, type RunningApp } from '../support/app';
import { startWorker } from '../support/worker';

describe('the worker process', () => {
  let worker: INestApplicationContext;
  let api: RunningApp;
  const healthPort = 20000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    process.env.WORKER_HEALTH_PORT = String(healthPort);
    worker = await startWorker();
    api = await startApp();
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
    process.env.WORKER_HEALTH_PORT = '0';
  });

  it('reports its own health and shows as up in the API health', async () => {
    const own = await fetch(`http://127.0.0.1:${healthPort}/health`);
    expect(own.status).toBe(200);
    const health = await http(api.baseUrl, 'GET', '/api/health');
    expect(health.body).toMatchObject({ status: 'ok', worker: 'up' });
  });

  it('runs the refresh-token purge job from the queue', async () => {
    const db = worker.get(DataSource);
    const [{ id: sessionId }] = await db.query<[{ id: string }]>(
      `INSERT INTO auth_sessions (user_id) SELECT id FROM users WHERE username = 'xem.tinh' RETURNING id`,
    );
    await db.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, repeat('a', 64), now() - interval '3 days')`,
      [sessionId],
    );
    const queue = worker.get<Queue>(getQueueToken(QUEUES.maintenance));
    const events = new QueueEvents(queue.name, {
      connection: queue.opts.connection,
      prefix: queue.opts.prefix,
    });
    await events.waitUntilReady();
    const job = await queue.add(
      'sessions.purge-expired',
      {},
      { jobId: jobId('sessions.purge-expired', 'test') },
    );
    const result = (await job.waitUntilFinished(events, 10_000)) as { purged: number };
    await events.close();
    expect(result.purged).toBeGreaterThanOrEqual(1);
    const left = await db.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM refresh_tokens WHERE token_hash = repeat('a', 64)`,
    );
    expect(left[0].n).toBe(0);
  });

  it('registers its recurring schedule once, however often it starts', async () => {
    const queue = worker.get<Queue>(getQueueToken(QUEUES.maintenance));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toEqual(['sessions.purge-expired']);
  });
});

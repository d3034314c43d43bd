import { createServer, type Server } from 'node:http';
import { InjectQueue, WorkerHost } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { QUEUES } from './job-registry';
import { HEARTBEAT_INTERVAL_MS, WorkerHeartbeat } from './worker-heartbeat';

/** Starts the worker's recurring schedules, its heartbeat, and a tiny health endpoint for compose. */
@Injectable()
export class WorkerLifecycle
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(WorkerLifecycle.name);
  private timer?: NodeJS.Timeout;
  private server?: Server;

  constructor(
    @InjectQueue(QUEUES.maintenance) private readonly maintenance: Queue,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly heartbeat: WorkerHeartbeat,
    private readonly discovery: DiscoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A job scheduler is keyed by its id, so every worker start upserts the same one.
    await this.maintenance.upsertJobScheduler(
      'sessions.purge-expired',
      { pattern: '17 3 * * *' },
      { name: 'sessions.purge-expired', data: {} },
    );
    await this.heartbeat.beat();
    this.timer = setInterval(() => void this.heartbeat.beat().catch(() => undefined), HEARTBEAT_INTERVAL_MS);
    if (this.config.WORKER_HEALTH_PORT > 0) this.listenHealth(this.config.WORKER_HEALTH_PORT);
    this.logger.log('worker ready');
  }

  /**
   * Lets the jobs in flight finish before anything closes: the processors' live emits and database writes
   * would otherwise race the shutdown of the socket adapter and lose a push.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    // A host whose worker never started throws on `.worker`: nothing to drain there.
    const drain = async (host: WorkerHost) => host.worker.close();
    await Promise.all(hosts.map((host) => drain(host).catch(() => undefined)));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private listenHealth(port: number): void {
    this.server = createServer((_request, response) => {
      Promise.all([this.db.query('SELECT 1'), this.heartbeat.beat()]).then(
        () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}'),
        () => response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"down"}'),
      );
    });
    this.server.listen(port, '127.0.0.1');
  }
}

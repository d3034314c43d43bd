import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { Server } from 'socket.io';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RealtimePublisher, type TypedServer } from '../realtime/realtime.publisher';

/**
 * The worker has no socket server of its own: a headless socket.io server on the same Redis stream as the
 * API nodes lets the RealtimePublisher's emits (reminder notifications) reach sockets connected to any of them.
 */
@Injectable()
export class WorkerRealtime implements OnModuleInit, OnApplicationShutdown {
  private server?: TypedServer;
  private redis?: Redis;

  constructor(
    private readonly publisher: RealtimePublisher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.redis = new Redis(this.config.REDIS_URL);
    const server: TypedServer = new Server({ serveClient: false });
    server.adapter(
      createAdapter(this.redis, { streamName: `${this.config.QUEUE_PREFIX}:socket.io`, blockTimeInMs: 1000 }),
    );
    this.publisher.attach(server);
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    // Server.close() expects an attached engine; a headless server only has its adapter to stop.
    await Promise.resolve(this.server?.of('/').adapter.close()).catch(() => undefined);
    await this.redis?.quit().catch(() => undefined);
  }
}

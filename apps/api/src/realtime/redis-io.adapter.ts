import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';

/** socket.io over Redis Streams, so that several API processes serve one hub (an emit reaches every node). */
export class RedisStreamsIoAdapter extends IoAdapter {
  private readonly redis: Redis;

  constructor(app: INestApplicationContext, redisUrl: string, streamName: string) {
    super(app);
    this.redis = new Redis(redisUrl);
    this.adapter = // A short block lets the adapter's reader notice a shutdown within a second.
      this.adapter = createAdapter(this.redis, { streamName, blockTimeInMs: 1000 });
  }

  private readonly adapter: ReturnType<typeof createAdapter>;

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(this.adapter);
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await this.redis.quit().catch(() => undefined);
  }
}

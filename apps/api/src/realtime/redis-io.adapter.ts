import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import type { Observable } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { localFirst } from './local-first-adapter';

/** socket.io over Redis Streams, so that several API processes serve one hub (an emit reaches every node). */
export class RedisStreamsIoAdapter extends IoAdapter {
  private readonly logger = new Logger(RedisStreamsIoAdapter.name);
  private readonly redis: Redis;

  constructor(app: INestApplicationContext, redisUrl: string, streamName: string) {
    super(app);
    this.redis = new Redis(redisUrl);
    // Without a listener ioredis prints "Unhandled error event" (e.g. an emit racing the shutdown's quit).
    this.redis.on('error', (error: Error) => this.logger.warn({ err: error }, 'socket.io Redis connection'));
    // A short block lets the adapter's reader notice a shutdown within a second.
    this.adapter = localFirst(createAdapter(this.redis, { streamName, blockTimeInMs: 1000 }), this.logger);
  }

  private readonly adapter: ReturnType<typeof createAdapter>;

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, options) as Server;
    server.adapter(this.adapter);
    return server;
  }

  /**
   * Nest's default binds every handler to every socket through its own RxJS chain (a few KB per handler per
   * socket, ~50 KB per idle socket with a dozen handlers); one plain listener per handler answers the same way
   * (the handler's value is the ack, `{ event, data }` an emit) at a small fraction of the memory.
   */
  override bindMessageHandlers(
    socket: Socket,
    handlers: MessageMappingProperties[],
    transform: (data: unknown) => Observable<unknown>,
  ): void {
    for (const { message, callback, isAckHandledManually } of handlers) {
      socket.on(message as string, (...args: unknown[]) => {
        const { data, ack } = this.mapPayload(args.length === 1 ? args[0] : args) as {
          data: unknown;
          ack?: unknown;
        };
        transform(callback(data, ack)).subscribe({
          next: (response) => {
            if (response === null || response === undefined) return;
            const reply = response as { event?: string; data?: unknown };
            if (reply.event) socket.emit(reply.event, reply.data);
            else if (!isAckHandledManually && typeof ack === 'function')
              (ack as (r: unknown) => void)(response);
          },
          error: (error: unknown) =>
            this.logger.error({ err: error, event: message as string }, 'socket handler failed'),
        });
      });
    }
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await this.redis.quit().catch(() => undefined);
  }
}

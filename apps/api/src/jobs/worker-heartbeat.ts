import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';

const TTL_SECONDS = 30;
export const HEARTBEAT_INTERVAL_MS = 10_000;

/** The worker writes a short-lived key; the API's health reads it to tell whether any worker is alive. */
@Injectable()
export class WorkerHeartbeat {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get key(): string {
    return `${this.config.QUEUE_PREFIX}:worker:heartbeat`;
  }

  async beat(): Promise<void> {
    await this.redis.set(this.key, new Date().toISOString(), 'EX', TTL_SECONDS);
  }

  async isAlive(): Promise<boolean> {
    return (await this.redis.exists(this.key)) === 1;
  }
}

import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/public.decorator';
import { REDIS } from '../redis/redis.module';
import { WorkerHeartbeat } from '../jobs/worker-heartbeat';

type Status = 'up' | 'down';

export interface HealthDto {
  status: 'ok' | 'degraded';
  database: Status;
  redis: Status;
  worker: Status;
}

/** Liveness for load balancers and compose: 200 when the database and Redis answer, 503 otherwise. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly heartbeat: WorkerHeartbeat,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const [database, redis, worker] = await Promise.all([
      this.db.query('SELECT 1').then(
        (): Status => 'up',
        (): Status => 'down',
      ),
      this.redis.ping().then(
        (): Status => 'up',
        (): Status => 'down',
      ),
      this.heartbeat.isAlive().then(
        (alive): Status => (alive ? 'up' : 'down'),
        (): Status => 'down',
      ),
    ]);
    const ok = database === 'up' && redis === 'up';
    response.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'degraded', database, redis, worker };
  }
}

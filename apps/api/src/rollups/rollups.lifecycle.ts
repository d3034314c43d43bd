import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { SNAPSHOT_CRON, SNAPSHOT_TIME_ZONE } from '@cdt/domain';
import { QUEUES } from '../jobs/job-registry';

/** The nightly full recomputation runs in the quiet hours, before the day's first official looks. */
export const FULL_RECOMPUTE_SCHEDULE = { pattern: '30 2 * * *', tz: SNAPSHOT_TIME_ZONE } as const;
export const SNAPSHOT_SCHEDULE = { pattern: SNAPSHOT_CRON, tz: SNAPSHOT_TIME_ZONE } as const;

/** At worker start: the nightly schedulers (upserted, so one each however often it starts). */
@Injectable()
export class RollupsLifecycle implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUES.rollups) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('rollup.full', FULL_RECOMPUTE_SCHEDULE, {
      name: 'rollup.full',
      data: {},
    });
    await this.queue.upsertJobScheduler('rollup.snapshot', SNAPSHOT_SCHEDULE, {
      name: 'rollup.snapshot',
      data: {},
    });
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AccessRepository } from '../access/access.repository';
import { QUEUES, type JobName } from './job-registry';

/** Housekeeping jobs: purges refresh tokens that expired more than a day ago. */
@Processor(QUEUES.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(private readonly access: AccessRepository) {
    super();
  }

  async process(job: Job<unknown, unknown, JobName>): Promise<{ purged: number }> {
    switch (job.name) {
      case 'sessions.purge-expired': {
        const purged = await this.access.purgeExpiredRefreshTokens();
        this.logger.log({ purged }, 'purged expired refresh tokens');
        return { purged };
      }
      default:
        throw new Error(`Unknown maintenance job ${String(job.name)}`);
    }
  }
}

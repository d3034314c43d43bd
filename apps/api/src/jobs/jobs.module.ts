import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DEFAULT_JOB_OPTIONS, QUEUES } from './job-registry';
import { WorkerHeartbeat } from './worker-heartbeat';

/** BullMQ connection and queues, shared by the API (producers) and the worker (consumers). */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: config.QUEUE_PREFIX,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...Object.values(QUEUES).map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [WorkerHeartbeat],
  exports: [BullModule, WorkerHeartbeat],
})
export class JobsModule {}

import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AccessModule } from './access/access.module';
import { LoggerModule } from './common/logger.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { JobsModule } from './jobs/jobs.module';
import { MaintenanceProcessor } from './jobs/maintenance.processor';
import { WorkerLifecycle } from './jobs/worker-lifecycle';
import { RealtimePublisherModule } from './realtime/realtime-publisher.module';
import { RedisModule } from './redis/redis.module';
import { RemindersWorkerModule } from './reminders/reminders-worker.module';
import { RollupTriggerModule } from './rollups/rollup-trigger.module';
import { RollupsWorkerModule } from './rollups/rollups-worker.module';

/** The BullMQ worker process: the same module graph as the API, without HTTP or sockets. */
@Module({
  imports: [
    DiscoveryModule,
    ConfigModule,
    LoggerModule,
    DatabaseModule,
    RedisModule,
    RealtimePublisherModule,
    JobsModule,
    AccessModule,
    RollupTriggerModule,
    RemindersWorkerModule,
    RollupsWorkerModule,
  ],
  providers: [MaintenanceProcessor, WorkerLifecycle],
})
export class WorkerModule {}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccessModule } from './access/access.module';
import { AuthGuard } from './access/auth.guard';
import { ChannelsModule } from './channels/channels.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { LoggerModule } from './common/logger.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { HierarchyModule } from './hierarchy/hierarchy.module';
import { JobsModule } from './jobs/jobs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RealtimePublisherModule } from './realtime/realtime-publisher.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RedisModule } from './redis/redis.module';
import { RollupTriggerModule } from './rollups/rollup-trigger.module';
import { RollupsModule } from './rollups/rollups.module';
import { QueueBoardModule } from './reminders/queue-board.module';
import { ReportsModule } from './reports/reports.module';
import { TasksModule } from './tasks/tasks.module';
import { TeamsModule } from './teams/teams.module';

/** The built web app, served by the API on the same origin; absent in API-only test runs. */
function webApp(): DynamicModule[] {
  const rootPath = resolve(process.env.WEB_DIST ?? join(__dirname, '../../web/dist'));
  if (!existsSync(join(rootPath, 'index.html'))) return [];
  return [ServeStaticModule.forRoot({ rootPath, exclude: ['/api/{*path}', '/socket.io/{*path}'] })];
}

/** The HTTP + socket.io process. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule,
    DatabaseModule,
    RedisModule,
    RealtimePublisherModule,
    JobsModule,
    RollupTriggerModule,
    AccessModule,
    HierarchyModule,
    TeamsModule,
    TasksModule,
    NotificationsModule,
    QueueBoardModule,
    ChannelsModule,
    ReportsModule,
    RollupsModule,
    RealtimeModule,
    HealthModule,
    ...webApp(),
  ],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useClass: ZodValidationPipe },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}

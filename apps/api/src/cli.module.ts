import { Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { ChannelsCoreModule } from './channels/channels-core.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoReportsSeeder } from './demo/demo-reports';
import { DemoTeamsSeeder } from './demo/demo-teams';
import { DemoSeeder } from './demo/demo.seeder';
import { HierarchyModule } from './hierarchy/hierarchy.module';
import { UnitsDataModule } from './hierarchy/units-data.module';
import { RealtimePublisherModule } from './realtime/realtime-publisher.module';
import { RedisModule } from './redis/redis.module';
import { ReportsRepository } from './reports/reports.repository';
import { RollupsDataModule } from './rollups/rollups-data.module';
import { TeamsModule } from './teams/teams.module';

/** What the operator commands need: data access and importers, no HTTP, sockets or queues. */
@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    RedisModule,
    RealtimePublisherModule,
    AccessModule,
    HierarchyModule,
    UnitsDataModule,
    TeamsModule,
    ChannelsCoreModule,
    RollupsDataModule,
  ],
  providers: [DemoSeeder, DemoTeamsSeeder, DemoReportsSeeder, ReportsRepository],
})
export class CliModule {}

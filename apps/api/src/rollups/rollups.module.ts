import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ExportsModule } from '../exports/exports.module';
import { TeamsModule } from '../teams/teams.module';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { DrillDownRepository } from './drill-down.repository';
import { RollupTeamListener } from './rollup-team-listener';
import { RollupTriggerModule } from './rollup-trigger.module';
import { RollupsDataModule } from './rollups-data.module';

/** Rollups on the API side (issue 6): the dashboard routes, and team events turned into rollup jobs. */
@Module({
  imports: [AccessModule, TeamsModule, ExportsModule, RollupsDataModule, RollupTriggerModule],
  controllers: [DashboardController],
  providers: [DashboardService, DrillDownRepository, RollupTeamListener],
})
export class RollupsModule {}

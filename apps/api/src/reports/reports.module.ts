import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ExportsModule } from '../exports/exports.module';
import { TeamsModule } from '../teams/teams.module';
import { CompilationDrafter } from './compilation-drafter';
import { CompletenessService } from './completeness.service';
import { ReportAccess } from './report-access';
import { ReportExports } from './report-exports.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/** Monthly reporting (issue 6): team activity reports, area compilations, completeness, exports. */
@Module({
  imports: [AccessModule, TeamsModule, ExportsModule],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ReportAccess,
    CompilationDrafter,
    ReportsService,
    CompletenessService,
    ReportExports,
  ],
  exports: [ReportsRepository],
})
export class ReportsModule {}

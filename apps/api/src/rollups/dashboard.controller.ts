import { Controller, Get, Query, Res, type StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type {
  DashboardMapDto,
  DashboardOverviewDto,
  DashboardTeamOverviewDto,
  DrillDownDto,
} from '@cdt/domain';
import { sendExport } from '../exports/export-response';
import { type Actor, CurrentUser } from '../common/current-user';
import { DashboardService } from './dashboard.service';
import { DashboardMapQueryDto, DashboardQueryDto, DashboardTeamQueryDto, DrillDownQueryDto } from './dto';

/** The province dashboard and its drill-downs: every route checks the unit against the caller's grants. */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('overview')
  overview(@CurrentUser() actor: Actor, @Query() query: DashboardQueryDto): Promise<DashboardOverviewDto> {
    return this.dashboard.overview(actor, query);
  }

  /** The overview's table as a workbook (same query as the overview). */
  @Get('overview.xlsx')
  async overviewXlsx(
    @CurrentUser() actor: Actor,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendExport(response, await this.dashboard.exportOverview(actor, query, 'xlsx'));
  }

  /** The overview's table as a PDF (same query as the overview). */
  @Get('overview.pdf')
  async overviewPdf(
    @CurrentUser() actor: Actor,
    @Query() query: DashboardQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendExport(response, await this.dashboard.exportOverview(actor, query, 'pdf'));
  }

  /** One team's figures: the end of the drill-down, checked against the grants on the team's unit. */
  @Get('team')
  team(
    @CurrentUser() actor: Actor,
    @Query() query: DashboardTeamQueryDto,
  ): Promise<DashboardTeamOverviewDto> {
    return this.dashboard.teamOverview(actor, query);
  }

  @Get('drill-down')
  drillDown(@CurrentUser() actor: Actor, @Query() query: DrillDownQueryDto): Promise<DrillDownDto> {
    return this.dashboard.drillDown(actor, query);
  }

  @Get('map')
  map(@CurrentUser() actor: Actor, @Query() query: DashboardMapQueryDto): Promise<DashboardMapDto> {
    return this.dashboard.map(actor, query.unitId);
  }
}

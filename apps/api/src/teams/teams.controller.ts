import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ComplianceReportDto, RolloutProgressDto, TeamDetailDto, TeamDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import {
  ActivateTeamBody,
  CreateTeamBody,
  DissolveTeamBody,
  EstablishTeamBody,
  ListTeamsQueryDto,
  RosterImportBody,
  RosterImportQuery,
  SubtreeReportQueryDto,
  TeamIdParam,
  UnitScopeQuery,
} from './dto';
import { RosterService, type RosterImportResult } from './roster.service';
import { TeamReportsService } from './team-reports.service';
import { TeamsService } from './teams.service';

/** Teams: the fixed paths (compliance, rollout, roster) are declared before `:id` so they are matched first. */
@ApiTags('teams')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(
    private readonly teams: TeamsService,
    private readonly reports: TeamReportsService,
    private readonly roster: RosterService,
  ) {}

  @Get()
  list(@CurrentUser() actor: Actor, @Query() query: ListTeamsQueryDto): Promise<TeamDto[]> {
    return this.teams.list(actor, query);
  }

  @Post()
  create(@CurrentUser() actor: Actor, @Body() body: CreateTeamBody): Promise<TeamDetailDto> {
    return this.teams.create(actor, body);
  }

  @Get('compliance')
  compliance(
    @CurrentUser() actor: Actor,
    @Query() query: SubtreeReportQueryDto,
  ): Promise<ComplianceReportDto> {
    return this.reports.compliance(actor, query);
  }

  @Get('rollout')
  rollout(@CurrentUser() actor: Actor, @Query() query: SubtreeReportQueryDto): Promise<RolloutProgressDto> {
    return this.reports.rollout(actor, query);
  }

  @Post('roster/import')
  @HttpCode(200)
  importRoster(
    @CurrentUser() actor: Actor,
    @Query() query: RosterImportQuery,
    @Body() body: RosterImportBody,
  ): Promise<RosterImportResult> {
    return this.roster.import(actor, body.csv, query.dryRun);
  }

  @Get('roster/export')
  async exportRoster(
    @CurrentUser() actor: Actor,
    @Query() query: UnitScopeQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { filename, csv } = await this.roster.export(actor, query.unitId);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return csv;
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: TeamIdParam): Promise<TeamDetailDto> {
    return this.teams.get(actor, params.id);
  }

  @Post(':id/establish')
  @HttpCode(200)
  establish(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: EstablishTeamBody,
  ): Promise<TeamDetailDto> {
    return this.teams.establish(actor, params.id, body);
  }

  @Post(':id/activate')
  @HttpCode(200)
  activate(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: ActivateTeamBody,
  ): Promise<TeamDetailDto> {
    return this.teams.activate(actor, params.id, body);
  }

  @Post(':id/dissolve')
  @HttpCode(200)
  dissolve(
    @CurrentUser() actor: Actor,
    @Param() params: TeamIdParam,
    @Body() body: DissolveTeamBody,
  ): Promise<TeamDetailDto> {
    return this.teams.dissolve(actor, params.id, body);
  }
}

import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { CompletenessDto, ReportDefinitionDto } from '@cdt/domain';
import { type Actor, CurrentUser } from '../common/current-user';
import { sendExport } from '../exports/export-response';
import { CompletenessService } from './completeness.service';
import {
  AcceptReportBody,
  ActivityContentBody,
  CompilationReviewBody,
  CompletenessQueryDto,
  ExportFormatParam,
  ListReportsQueryDto,
  OpenReportBody,
  ReportFileParam,
  ReportIdParam,
  ReturnReportBody,
} from './dto';
import { ReportExports } from './report-exports.service';
import { ReportsService, type AnyReportDto } from './reports.service';

/** Periodic reports (issue 6): fixed paths first, then `:id.:format` (exports) before `:id`. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly completeness: CompletenessService,
    private readonly exports: ReportExports,
  ) {}

  @Get('definitions')
  definitions(): Promise<ReportDefinitionDto[]> {
    return this.reports.definitions();
  }

  @Get()
  list(
    @CurrentUser() actor: Actor,
    @Query() query: ListReportsQueryDto,
  ): Promise<{ items: AnyReportDto[]; nextCursor: string | null }> {
    return this.reports.list(actor, query);
  }

  @Post('open')
  @HttpCode(200)
  open(@CurrentUser() actor: Actor, @Body() body: OpenReportBody): Promise<AnyReportDto> {
    return this.reports.open(actor, body);
  }

  @Get('completeness')
  completenessOf(
    @CurrentUser() actor: Actor,
    @Query() query: CompletenessQueryDto,
  ): Promise<CompletenessDto> {
    return this.completeness.of(actor, query);
  }

  @Get('completeness.:format')
  async completenessFile(
    @CurrentUser() actor: Actor,
    @Param() params: ExportFormatParam,
    @Query() query: CompletenessQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendExport(response, await this.exports.completenessTable(actor, query, params.format));
  }

  @Get(':id.:format')
  async reportFile(
    @CurrentUser() actor: Actor,
    @Param() params: ReportFileParam,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    return sendExport(response, await this.exports.report(actor, params.id, params.format));
  }

  @Get(':id')
  get(@CurrentUser() actor: Actor, @Param() params: ReportIdParam): Promise<AnyReportDto> {
    return this.reports.get(actor, params.id);
  }

  @Put(':id/content')
  saveContent(
    @CurrentUser() actor: Actor,
    @Param() params: ReportIdParam,
    @Body() body: ActivityContentBody,
  ): Promise<AnyReportDto> {
    return this.reports.saveContent(actor, params.id, body);
  }

  @Put(':id/review')
  saveReview(
    @CurrentUser() actor: Actor,
    @Param() params: ReportIdParam,
    @Body() body: CompilationReviewBody,
  ): Promise<AnyReportDto> {
    return this.reports.saveReview(actor, params.id, body);
  }

  @Post(':id/refresh')
  @HttpCode(200)
  refresh(@CurrentUser() actor: Actor, @Param() params: ReportIdParam): Promise<AnyReportDto> {
    return this.reports.refresh(actor, params.id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@CurrentUser() actor: Actor, @Param() params: ReportIdParam): Promise<AnyReportDto> {
    return this.reports.submit(actor, params.id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  accept(
    @CurrentUser() actor: Actor,
    @Param() params: ReportIdParam,
    @Body() body: AcceptReportBody,
  ): Promise<AnyReportDto> {
    return this.reports.accept(actor, params.id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  returnReport(
    @CurrentUser() actor: Actor,
    @Param() params: ReportIdParam,
    @Body() body: ReturnReportBody,
  ): Promise<AnyReportDto> {
    return this.reports.return(actor, params.id, body);
  }
}

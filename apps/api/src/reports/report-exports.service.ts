import { Injectable } from '@nestjs/common';
import {
  compilationTables,
  completenessTables,
  teamReportTable,
  type CompilationContent,
  type CompletenessQuery,
  type ExportFormat,
  type TeamActivityContent,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { TableExporter, type ExportFile } from '../exports/table-exporter';
import { CompletenessService } from './completeness.service';
import { ReportAccess } from './report-access';
import { ReportsService } from './reports.service';

/** Reports and completeness as XLSX or PDF: the domain's table models, rendered by the shared exporter. */
@Injectable()
export class ReportExports {
  constructor(
    private readonly reports: ReportsService,
    private readonly completeness: CompletenessService,
    private readonly access: ReportAccess,
    private readonly exporter: TableExporter,
  ) {}

  /** A team's report as one table; a compilation as its five (figures, review, initiatives, commendations, missing). */
  async report(actor: Actor, id: string, format: ExportFormat): Promise<ExportFile> {
    const row = await this.reports.find(id);
    await this.access.standing(actor, row);
    const tables =
      row.definition.contentKind === 'area_compilation'
        ? compilationTables(row.content as CompilationContent, {
            areaName: row.reporterName,
            period: row.period,
          })
        : [
            teamReportTable(row.content as TeamActivityContent, {
              teamName: row.reporterName,
              period: row.period,
            }),
          ];
    return this.exporter.render(tables, format, {
      name: `${row.definition.name.vi} – ${row.reporterName} – Kỳ ${row.periodId}`,
    });
  }

  async completenessTable(actor: Actor, query: CompletenessQuery, format: ExportFormat): Promise<ExportFile> {
    const dto = await this.completeness.of(actor, query);
    const tables = completenessTables({
      unitName: dto.unit.name,
      definitionName: dto.definition.name,
      period: dto.period,
      rows: dto.children.map((row) => ({ name: row.unit.name, figures: row.figures })),
      totals: dto.figures,
      notReported: dto.notReported.map((r) => ({ name: r.name, unitName: r.unit.name, status: r.status })),
    });
    return this.exporter.render(tables, format, {
      name: `Tình hình báo cáo – ${dto.unit.name} – Kỳ ${dto.period.id}`,
    });
  }
}

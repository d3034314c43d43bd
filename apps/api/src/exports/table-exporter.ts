/**
 * Turns domain table models (libs/domain reports/table-model: tableModel(), dashboardUnitTable(),
 * completenessTables(), compilationTables(), teamReportTable()) into a downloadable XLSX or PDF.
 *
 * For other contexts (the rollups/dashboard API): import ExportsModule, inject TableExporter, build your
 * TableModel[] with the domain's helpers, call `exporter.render(tables, format, { name })`, then hand the
 * result to `sendExport(response, file)` (export-response.ts) in the controller. Nothing here knows reports.
 */
import { Injectable } from '@nestjs/common';
import type { ExportFormat, TableModel } from '@cdt/domain';
import { asciiFileName, type ExportLanguage } from './cell-format';
import { writePdf } from './pdf-writer';
import { writeXlsx } from './xlsx-writer';

/** A rendered file, ready to send. */
export interface ExportFile {
  buffer: Buffer;
  contentType: string;
  /** ASCII, with the extension: safe in any Content-Disposition. */
  filename: string;
  /** The same name with its Vietnamese marks (RFC 5987 filename*). */
  displayName: string;
}

export interface ExportOptions {
  /** Human name of the file, e.g. "Báo cáo tổng hợp – Kỳ 2026-11" (the extension is added). */
  name: string;
  /** Labels and titles in this language; Vietnamese unless asked (what officials file). */
  language?: ExportLanguage;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

@Injectable()
export class TableExporter {
  /** The same tables as workbook sheets (xlsx) or as sections of one landscape document (pdf). */
  async render(
    tables: readonly TableModel[],
    format: ExportFormat,
    options: ExportOptions,
  ): Promise<ExportFile> {
    if (tables.length === 0) throw new RangeError('nothing to export');
    const language = options.language ?? 'vi';
    const displayName = options.name.normalize('NFC');
    const buffer =
      format === 'xlsx' ? await writeXlsx(tables, language) : await writePdf(tables, language, displayName);
    return {
      buffer,
      contentType: EXPORT_CONTENT_TYPES[format],
      filename: `${asciiFileName(displayName)}.${format}`,
      displayName: `${displayName}.${format}`,
    };
  }
}

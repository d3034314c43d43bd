import ExcelJS from 'exceljs';
import type { TableColumn, TableModel } from '@cdt/domain';
import type { ExportLanguage } from './cell-format';
import { formatCell } from './cell-format';

const NUMBER_FORMAT: Partial<Record<TableColumn['kind'], string>> = {
  number: '#,##0',
  percent: '0.0%',
  date: 'dd/mm/yyyy',
};
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One sheet per table: title, subtitle, a blank line, the bold header row, the rows, a bold totals row. */
export async function writeXlsx(tables: readonly TableModel[], language: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CDT Hub';
  workbook.created = new Date();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(uniqueSheetName(table.sheetName, used));
    const width = Math.max(table.columns.length, 1);
    sheet.addRow([table.title[language]]).font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, width);
    sheet.addRow([table.subtitle?.[language] ?? '']).font = { italic: true };
    sheet.mergeCells(2, 1, 2, width);
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((column) => column.label[language]));
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => excelValue(c, row[c.key] ?? null)));
    if (table.totals) {
      const totals = table.totals;
      sheet.addRow(table.columns.map((c) => excelValue(c, totals[c.key] ?? null))).font = { bold: true };
    }
    table.columns.forEach((column, index) => {
      const excelColumn = sheet.getColumn(index + 1);
      const format = NUMBER_FORMAT[column.kind];
      if (format) excelColumn.numFmt = format;
      const longest = Math.max(
        ...table.rows.map((row) => formatCell(column.kind, row[column.key] ?? null, language).length),
        Math.min(column.label[language].length, 24),
      );
      excelColumn.width = Math.min(Math.max(longest + 2, 10), 60);
    });
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Calendar dates become real Excel dates (UTC midnight, shown dd/mm/yyyy); instants print in Vietnam time. */
function excelValue(column: TableColumn, value: string | number | null): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.kind !== 'date') return value;
  const text = String(value);
  return CALENDAR_DATE.test(text) ? new Date(`${text}T00:00:00Z`) : formatCell('date', text, 'vi');
}

/** Two tables with one sheet name (a report and its copy) would be refused by Excel: number the second. */
function uniqueSheetName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${name.slice(0, 27)} (${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

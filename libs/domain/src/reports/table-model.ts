import { CALENDAR_DATE_PATTERN } from '../teams/calendar';
import type { LocalizedText } from './localized';

/** How a column renders: text as is, numbers grouped, percent from a 0–1 share, dates as dd/mm/yyyy. */
export const COLUMN_KINDS = ['text', 'number', 'percent', 'date'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface TableColumn {
  key: string;
  label: LocalizedText;
  kind: ColumnKind;
}

/** Null renders as an empty cell (a rate with nothing to rate, a date not reached). */
export type TableCell = string | number | null;
export type TableRow = Record<string, TableCell>;

/** One exportable table: the API renders the same model to XLSX (a sheet) and PDF (a section). */
export interface TableModel {
  /** Excel's sheet-name rules: at most 31 characters, none of []:*?/\ */
  sheetName: string;
  title: LocalizedText;
  /** Unit, period, "as of": printed under the title. */
  subtitle: LocalizedText | null;
  columns: TableColumn[];
  rows: TableRow[];
  /** A totals row, printed bold at the bottom; null when the table has none. */
  totals: TableRow | null;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A checked table model with every string in NFC (PDF fonts and Excel show decomposed Vietnamese marks
 * apart). Throws on a programming error: a cell outside the columns, or of the wrong type for its column.
 */
export function tableModel(table: TableModel): TableModel {
  if (
    table.sheetName.length === 0 ||
    table.sheetName.length > 31 ||
    SHEET_NAME_FORBIDDEN.test(table.sheetName)
  ) {
    throw new RangeError(`not a sheet name: ${table.sheetName}`);
  }
  const kinds = new Map(table.columns.map((column) => [column.key, column.kind]));
  if (kinds.size !== table.columns.length) throw new RangeError('duplicate column keys');
  const row = (cells: TableRow): TableRow => {
    const checked: TableRow = {};
    for (const [key, value] of Object.entries(cells)) {
      const kind = kinds.get(key);
      if (kind === undefined) throw new RangeError(`cell "${key}" has no column`);
      checkCell(kind, key, value);
      checked[key] = typeof value === 'string' ? value.normalize('NFC') : value;
    }
    return checked;
  };
  return {
    sheetName: table.sheetName.normalize('NFC'),
    title: nfcText(table.title),
    subtitle: table.subtitle && nfcText(table.subtitle),
    columns: table.columns.map((column) => ({ ...column, label: nfcText(column.label) })),
    rows: table.rows.map(row),
    totals: table.totals && row(table.totals),
  };
}

function checkCell(kind: ColumnKind, key: string, value: TableCell): void {
  if (value === null) return;
  const fits =
    kind === 'text'
      ? typeof value === 'string'
      : kind === 'date'
        ? typeof value === 'string' && (CALENDAR_DATE_PATTERN.test(value) || ISO_INSTANT.test(value))
        : typeof value === 'number' && Number.isFinite(value);
  if (!fits) throw new RangeError(`cell "${key}" does not fit a ${kind} column: ${String(value)}`);
}

function nfcText(text: LocalizedText): LocalizedText {
  return { vi: text.vi.normalize('NFC'), en: text.en.normalize('NFC') };
}

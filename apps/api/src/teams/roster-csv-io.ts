import { parse } from 'csv-parse/sync';
import { ErrorCode, ROSTER_CSV_COLUMNS, rosterProblemDetail, type RosterProblem } from '@cdt/domain';

export interface CsvRecord {
  /** The file's line number of the record, for problems. */
  line: number;
  record: Record<string, string>;
}

/** Reads a roster CSV (header row, UTF-8 with or without BOM); a file it cannot read is one problem on its line. */
export function readRosterCsv(csv: string): { records: CsvRecord[]; problems: RosterProblem[] } {
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  let header: string[] = [];
  try {
    parsed = parse(csv, {
      columns: (names: string[]) => (header = names.map((h) => h.trim().toLowerCase())),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const message = (error as Error).message;
    const detail = rosterProblemDetail('FILE_UNREADABLE', { detail: message });
    return {
      records: [],
      problems: [{ line, column: null, code: ErrorCode.ImportInvalid, message, ...detail }],
    };
  }
  const missing = ROSTER_CSV_COLUMNS.filter((c) => !header.includes(c));
  const problems: RosterProblem[] = [];
  if (missing.length > 0) {
    const message = `the header must name the columns ${ROSTER_CSV_COLUMNS.join(',')}; missing: ${missing.join(', ')}`;
    const detail = rosterProblemDetail('HEADER_COLUMNS_MISSING', { missing: missing.join(', ') });
    problems.push({ line: 1, column: null, code: ErrorCode.ImportInvalid, message, ...detail });
  }
  if (parsed.length === 0) {
    problems.push({
      line: 2,
      column: null,
      code: ErrorCode.ImportInvalid,
      message: 'the file has no data rows',
      ...rosterProblemDetail('NO_DATA_ROWS', {}),
    });
  }
  return { records: parsed.map(({ record, info }) => ({ line: info.lines, record })), problems };
}

function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a BOM and CRLF line ends, so Excel opens Vietnamese text correctly and the import reads it back. */
export function writeCsv<C extends string>(
  columns: readonly C[],
  rows: readonly Record<C, string>[],
): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

import { formatVietnamDate, formatVietnamDateTime, type ColumnKind, type TableCell } from '@cdt/domain';

export type ExportLanguage = 'vi' | 'en';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as printed text (PDF): numbers grouped, shares as percent, dates as dd/mm/yyyy; null prints empty. */
export function formatCell(kind: ColumnKind, value: TableCell, language: ExportLanguage): string {
  if (value === null) return '';
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
  switch (kind) {
    case 'number':
      return new Intl.NumberFormat(locale).format(value as number);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value as number,
      );
    case 'date':
      return CALENDAR_DATE.test(value as string)
        ? formatVietnamDate(value as string)
        : formatVietnamDateTime(value as string);
    case 'text':
      return String(value);
  }
}

/** "Báo cáo tổng hợp – Kỳ 2026-11" → "bao-cao-tong-hop-ky-2026-11": a plain-ASCII file name for every browser. */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 100) || 'bang';
}

import { formatVietnamDate, formatVietnamDateTime } from '../../tasks/vietnam-time';
import type { LocalizedText } from '../localized';
import type { ReportPeriod } from '../period';
import type { ColumnKind, TableColumn } from '../table-model';

export const column = (key: string, kind: ColumnKind, vi: string, en: string): TableColumn => ({
  key,
  kind,
  label: { vi, en },
});

export const labelled = (key: string, kind: ColumnKind, label: LocalizedText): TableColumn => ({
  key,
  kind,
  label,
});

/** "Kỳ 2026-11 (15/10/2026 – 14/11/2026), hạn gửi 20/11/2026". */
export function periodSubtitle(prefix: LocalizedText, period: ReportPeriod): LocalizedText {
  const range = `${formatVietnamDate(period.start)} – ${formatVietnamDate(period.end)}`;
  const due = formatVietnamDate(period.deadlineDate);
  return {
    vi: `${prefix.vi} – Kỳ ${period.id} (${range}), hạn gửi ${due}`,
    en: `${prefix.en} – Period ${period.id} (${range}), due ${due}`,
  };
}

/** "Số liệu đến 09:00 01/11/2026" (Vietnam time). */
export function asOfSubtitle(prefix: string, asOf: string | null): LocalizedText {
  if (asOf === null) return { vi: prefix, en: prefix };
  const at = formatVietnamDateTime(asOf);
  return { vi: `${prefix} – Số liệu đến ${at}`, en: `${prefix} – Figures as of ${at}` };
}

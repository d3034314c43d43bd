import type { CompletenessFigures, NotReportedStatus } from '../completeness';
import { NOT_REPORTED_STATUS_LABELS } from '../labels';
import type { LocalizedText } from '../localized';
import type { ReportPeriod } from '../period';
import { tableModel, type TableModel, type TableRow } from '../table-model';
import { column, periodSubtitle } from './columns';

export interface CompletenessTablesInput {
  unitName: string;
  definitionName: LocalizedText;
  period: ReportPeriod;
  rows: readonly { name: string; figures: CompletenessFigures }[];
  totals: CompletenessFigures;
  notReported: readonly { name: string; unitName: string; status: NotReportedStatus }[];
}

/** Completeness per child unit (DHIS2-style), then the list of who has not reported. */
export function completenessTables(input: CompletenessTablesInput): TableModel[] {
  const subtitle = periodSubtitle({ vi: input.unitName, en: input.unitName }, input.period);
  const cells = (name: string, f: CompletenessFigures): TableRow => ({
    name,
    expected: f.expected,
    submitted: f.submitted,
    onTime: f.onTime,
    returned: f.returned,
    completenessRate: f.completenessRate,
    timelinessRate: f.timelinessRate,
  });
  const summary = tableModel({
    sheetName: 'Tỷ lệ báo cáo',
    title: {
      vi: `Tình hình báo cáo: ${input.definitionName.vi}`,
      en: `Reporting completeness: ${input.definitionName.en}`,
    },
    subtitle,
    columns: [
      column('name', 'text', 'Đơn vị', 'Unit'),
      column('expected', 'number', 'Số phải báo cáo', 'Expected'),
      column('submitted', 'number', 'Số đã báo cáo', 'Submitted'),
      column('onTime', 'number', 'Số báo cáo đúng hạn', 'On time'),
      column('returned', 'number', 'Số bị trả lại', 'Returned'),
      column('completenessRate', 'percent', 'Tỷ lệ báo cáo', 'Completeness'),
      column('timelinessRate', 'percent', 'Tỷ lệ báo cáo đúng hạn', 'Timeliness'),
    ],
    rows: input.rows.map((row) => cells(row.name, row.figures)),
    totals: cells('Tổng cộng', input.totals),
  });
  const missing = tableModel({
    sheetName: 'Chưa báo cáo',
    title: { vi: 'Danh sách chưa báo cáo', en: 'Who has not reported' },
    subtitle,
    columns: [
      column('name', 'text', 'Tên', 'Name'),
      column('unit', 'text', 'Đơn vị', 'Unit'),
      column('status', 'text', 'Tình trạng', 'Status'),
    ],
    rows: input.notReported.map((r) => ({
      name: r.name,
      unit: r.unitName,
      status: NOT_REPORTED_STATUS_LABELS[r.status].vi,
    })),
    totals: null,
  });
  return [summary, missing];
}

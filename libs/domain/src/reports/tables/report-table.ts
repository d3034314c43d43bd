import {
  GUIDANCE_PLATFORM_LABELS,
  GUIDANCE_PLATFORMS,
  NOMINEE_KIND_LABELS,
  residentsGuidedTotal,
  type TeamActivityContent,
} from '../activity-content';
import type { ReportPeriod } from '../period';
import { tableModel, type TableModel, type TableRow } from '../table-model';
import { column, periodSubtitle } from './columns';

/** A team's activity report as one table of items: a count where the item has one, and its details. */
export function teamReportTable(
  content: TeamActivityContent,
  context: { teamName: string; period: ReportPeriod },
): TableModel {
  const item = (label: string, value: number | null, detail = ''): TableRow => ({
    item: label,
    value,
    detail,
  });
  return tableModel({
    sheetName: 'Báo cáo',
    title: { vi: 'Báo cáo kết quả hoạt động', en: 'Activity report' },
    subtitle: periodSubtitle({ vi: context.teamName, en: context.teamName }, context.period),
    columns: [
      column('item', 'text', 'Nội dung', 'Item'),
      column('value', 'number', 'Số lượng', 'Count'),
      column('detail', 'text', 'Chi tiết', 'Details'),
    ],
    rows: [
      ...GUIDANCE_PLATFORMS.map((p) =>
        item(
          `Người dân được hướng dẫn: ${GUIDANCE_PLATFORM_LABELS[p].vi}`,
          content.residentsGuided[p],
          p === 'other' ? content.otherPlatforms : '',
        ),
      ),
      item('Tổng số lượt người dân được hướng dẫn', residentsGuidedTotal(content)),
      item('Số buổi tập huấn', content.training.sessions),
      item('Số người tham gia tập huấn', content.training.participants),
      item('Số hoạt động tuyên truyền', content.publicity.activities, content.publicity.description),
      ...content.initiatives.map((i) =>
        item('Sáng kiến', null, [i.title, i.description].filter(Boolean).join(': ')),
      ),
      ...content.commendations.map((c) =>
        item(
          `Đề xuất khen thưởng (${NOMINEE_KIND_LABELS[c.nomineeKind].vi})`,
          null,
          `${c.name}: ${c.reason}`,
        ),
      ),
      item('Ghi chú', null, content.notes),
    ],
    totals: null,
  });
}

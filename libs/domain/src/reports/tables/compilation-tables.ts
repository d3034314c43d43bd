import { ASSIGNMENT_BUCKET_LABELS_VI } from '../../tasks/labels-vi';
import { TEAM_KIND_LABELS_VI } from '../../teams/labels-vi';
import { GUIDANCE_PLATFORM_LABELS, GUIDANCE_PLATFORMS, NOMINEE_KIND_LABELS } from '../activity-content';
import type { CompilationContent, CompilationRow } from '../compilation';
import { NOT_REPORTED_STATUS_LABELS } from '../labels';
import type { ReportPeriod } from '../period';
import { tableModel, type TableModel, type TableRow } from '../table-model';
import { column, labelled, periodSubtitle } from './columns';

const COMMUNE_COLUMNS = [
  column('commune', 'text', 'Xã, phường, thị trấn', 'Commune'),
  column('teamsExpected', 'number', 'Số Tổ phải báo cáo', 'Teams expected'),
  column('teamsReported', 'number', 'Số Tổ đã báo cáo', 'Teams reported'),
  ...GUIDANCE_PLATFORMS.map((p) =>
    labelled(`residents.${p}`, 'number', {
      vi: `Người dân được hướng dẫn: ${GUIDANCE_PLATFORM_LABELS[p].vi}`,
      en: `Residents guided: ${GUIDANCE_PLATFORM_LABELS[p].en}`,
    }),
  ),
  column('residentsTotal', 'number', 'Tổng số lượt người dân được hướng dẫn', 'Residents guided, total'),
  column('trainingSessions', 'number', 'Số buổi tập huấn', 'Training sessions'),
  column('trainingParticipants', 'number', 'Số người tham gia tập huấn', 'Training participants'),
  column('publicity', 'number', 'Số hoạt động tuyên truyền', 'Publicity activities'),
  column('initiatives', 'number', 'Số sáng kiến', 'Initiatives'),
  column('commendations', 'number', 'Số đề xuất khen thưởng', 'Commendation proposals'),
  column('assignments', 'number', 'Số nhiệm vụ', 'Assignments'),
  labelled('doneOnTime', 'number', { vi: ASSIGNMENT_BUCKET_LABELS_VI.done_on_time, en: 'Done on time' }),
  labelled('doneLate', 'number', { vi: ASSIGNMENT_BUCKET_LABELS_VI.done_late, en: 'Done late' }),
  labelled('openWithinDeadline', 'number', {
    vi: ASSIGNMENT_BUCKET_LABELS_VI.open_within_deadline,
    en: 'Open, within deadline',
  }),
  labelled('openOverdue', 'number', { vi: ASSIGNMENT_BUCKET_LABELS_VI.open_overdue, en: 'Open, overdue' }),
  column('completionRate', 'percent', 'Tỷ lệ hoàn thành', 'Completion rate'),
];

function communeCells(name: string, row: CompilationRow): TableRow {
  const { activity, tasks } = row;
  return {
    commune: name,
    teamsExpected: row.teamsExpected,
    teamsReported: row.teamsReported,
    ...Object.fromEntries(GUIDANCE_PLATFORMS.map((p) => [`residents.${p}`, activity.residentsGuided[p]])),
    residentsTotal: activity.residentsGuidedTotal,
    trainingSessions: activity.trainingSessions,
    trainingParticipants: activity.trainingParticipants,
    publicity: activity.publicityActivities,
    initiatives: activity.initiatives,
    commendations: activity.commendationProposals,
    assignments: tasks.reported,
    doneOnTime: tasks.byBucket.done_on_time,
    doneLate: tasks.byBucket.done_late,
    openWithinDeadline: tasks.byBucket.open_within_deadline,
    openOverdue: tasks.byBucket.open_overdue,
    completionRate: tasks.completionRate,
  };
}

/** The compilation as exported: figures per commune, then the review, lists and who has not reported. */
export function compilationTables(
  content: CompilationContent,
  context: { areaName: string; period: ReportPeriod },
): TableModel[] {
  const subtitle = periodSubtitle({ vi: context.areaName, en: context.areaName }, context.period);
  const communeName = new Map(content.communes.map((c) => [c.communeId, c.communeName]));
  const where = (communeId: string) => communeName.get(communeId) ?? '';
  const teamColumns = [column('team', 'text', 'Tổ', 'Team'), column('commune', 'text', 'Xã', 'Commune')];
  return [
    tableModel({
      sheetName: 'Tổng hợp',
      title: {
        vi: 'Tổng hợp kết quả hoạt động của các Tổ công nghệ số cộng đồng',
        en: 'Compiled results of the community digital technology teams',
      },
      subtitle,
      columns: COMMUNE_COLUMNS,
      rows: content.communes.map((row) => communeCells(row.communeName, row)),
      totals: communeCells('Tổng cộng', content.totals),
    }),
    tableModel({
      sheetName: 'Đánh giá',
      title: { vi: 'Nhận xét, đánh giá và kiến nghị', en: 'Assessment and proposals' },
      subtitle,
      columns: [column('item', 'text', 'Nội dung', 'Item'), column('text', 'text', 'Ý kiến', 'Text')],
      rows: [
        { item: 'Nhận xét, đánh giá', text: content.summary },
        { item: 'Kiến nghị, đề xuất', text: content.proposals },
      ],
      totals: null,
    }),
    tableModel({
      sheetName: 'Sáng kiến',
      title: { vi: 'Sáng kiến của các Tổ', en: 'Initiatives' },
      subtitle,
      columns: [
        ...teamColumns,
        column('title', 'text', 'Sáng kiến', 'Initiative'),
        column('description', 'text', 'Mô tả', 'Description'),
      ],
      rows: content.initiatives.map((i) => ({
        team: i.teamName,
        commune: where(i.communeId),
        title: i.title,
        description: i.description,
      })),
      totals: null,
    }),
    tableModel({
      sheetName: 'Đề xuất khen thưởng',
      title: { vi: 'Đề xuất khen thưởng', en: 'Commendation proposals' },
      subtitle,
      columns: [
        ...teamColumns,
        column('nomineeKind', 'text', 'Đối tượng', 'Nominee'),
        column('name', 'text', 'Tên cá nhân, tổ chức', 'Name'),
        column('reason', 'text', 'Thành tích', 'Reason'),
      ],
      rows: content.commendations.map((c) => ({
        team: c.teamName,
        commune: where(c.communeId),
        nomineeKind: NOMINEE_KIND_LABELS[c.nomineeKind].vi,
        name: c.name,
        reason: c.reason,
      })),
      totals: null,
    }),
    tableModel({
      sheetName: 'Chưa báo cáo',
      title: { vi: 'Các Tổ chưa báo cáo', en: 'Teams that have not reported' },
      subtitle,
      columns: [
        ...teamColumns,
        column('kind', 'text', 'Cấp', 'Kind'),
        column('status', 'text', 'Tình trạng', 'Status'),
      ],
      rows: content.notReported.map((t) => ({
        team: t.teamName,
        commune: where(t.communeId),
        kind: TEAM_KIND_LABELS_VI[t.kind],
        status: NOT_REPORTED_STATUS_LABELS[t.status].vi,
      })),
      totals: null,
    }),
  ];
}

import type { LocalizedText } from '../reports/localized';
import { ASSIGNMENT_BUCKET_LABELS_VI } from '../tasks/labels-vi';
import type { RollupMetric } from './metrics';

/** Column and chart labels of every metric (Vietnamese in the government's wording first). */
export const ROLLUP_METRIC_LABELS: Record<RollupMetric, LocalizedText> = {
  completionRate: { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate' },
  onTimeRate: { vi: 'Tỷ lệ hoàn thành đúng hạn', en: 'On-time rate' },
  assignments: { vi: 'Số nhiệm vụ được giao', en: 'Assignments' },
  doneOnTime: { vi: ASSIGNMENT_BUCKET_LABELS_VI.done_on_time, en: 'Done on time' },
  doneLate: { vi: ASSIGNMENT_BUCKET_LABELS_VI.done_late, en: 'Done late' },
  openWithinDeadline: { vi: ASSIGNMENT_BUCKET_LABELS_VI.open_within_deadline, en: 'Open, within deadline' },
  openOverdue: { vi: ASSIGNMENT_BUCKET_LABELS_VI.open_overdue, en: 'Open, overdue' },
  teams: { vi: 'Số Tổ', en: 'Teams' },
  activeTeams: { vi: 'Số Tổ đang hoạt động', en: 'Active teams' },
  compliantTeams: { vi: 'Số Tổ đúng cơ cấu', en: 'Compliant teams' },
  complianceRate: { vi: 'Tỷ lệ Tổ đúng cơ cấu', en: 'Compliance rate' },
  members: { vi: 'Số thành viên', en: 'Members' },
  meanAckHours: { vi: 'Thời gian nhận việc trung bình (giờ)', en: 'Mean time to acknowledge (h)' },
  medianAckHours: { vi: 'Thời gian nhận việc trung vị (giờ)', en: 'Median time to acknowledge (h)' },
};

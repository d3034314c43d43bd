import type { NotReportedStatus } from './completeness';
import type { LocalizedText } from './localized';
import type { ReportState } from './report';

export const REPORT_STATE_LABELS: Record<ReportState, LocalizedText> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  resubmitted: { vi: 'Đã gửi lại', en: 'Resubmitted' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

export const NOT_REPORTED_STATUS_LABELS: Record<NotReportedStatus, LocalizedText> = {
  missing: { vi: 'Chưa báo cáo', en: 'Not filed' },
  draft: { vi: 'Đang soạn, chưa gửi', en: 'Draft not sent' },
  returned: { vi: 'Bị trả lại, chưa gửi lại', en: 'Returned, not resubmitted' },
};

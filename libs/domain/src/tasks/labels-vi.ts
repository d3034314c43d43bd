import type { AssignmentState, TimelineAction } from './assignment';
import type { AssignmentBucket } from './buckets';
import type { ReminderRecipient, TaskReminderKind } from './reminder-kinds';
import type { TaskPriority, TaskStatus } from './task';
import type { TaskCategory } from './task-category';
import type { RefusedTeamReason } from './target';

/** Vietnamese labels for exports, reports, hub-written notifications and the web app's Vietnamese texts. */
export const TASK_CATEGORY_LABELS_VI: Record<TaskCategory, string> = {
  public_service_apps: 'Hướng dẫn cài đặt, sử dụng ứng dụng dịch vụ công (VNeID…)',
  cashless_payment: 'Thanh toán không dùng tiền mặt',
  ecommerce: 'Thương mại điện tử',
  digital_skills_training: 'Tập huấn kỹ năng số',
  publicity: 'Tuyên truyền',
  data_collection: 'Thu thập, cập nhật dữ liệu',
  other: 'Khác',
};

export const TASK_PRIORITY_LABELS_VI: Record<TaskPriority, string> = {
  low: 'Thấp',
  normal: 'Bình thường',
  high: 'Cao',
  urgent: 'Khẩn',
};

export const TASK_STATUS_LABELS_VI: Record<TaskStatus, string> = {
  draft: 'Bản nháp',
  published: 'Đã giao',
  cancelled: 'Đã hủy',
  closed: 'Đã kết thúc',
};

export const ASSIGNMENT_STATE_LABELS_VI: Record<AssignmentState, string> = {
  assigned: 'Chưa nhận',
  acknowledged: 'Đã nhận',
  in_progress: 'Đang thực hiện',
  completed: 'Đã hoàn thành',
  declined: 'Không thực hiện được',
  cancelled: 'Đã hủy',
};

export const TIMELINE_ACTION_LABELS_VI: Record<TimelineAction, string> = {
  assign: 'Giao nhiệm vụ',
  acknowledge: 'Xác nhận đã nhận',
  progress: 'Cập nhật tiến độ',
  complete: 'Báo cáo hoàn thành',
  decline: 'Báo không thực hiện được',
  reopen: 'Yêu cầu thực hiện lại',
  cancel: 'Hủy nhiệm vụ',
};

/** The wording of government progress reports. */
export const ASSIGNMENT_BUCKET_LABELS_VI: Record<AssignmentBucket, string> = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  open_within_deadline: 'Đang thực hiện trong hạn',
  open_overdue: 'Chưa hoàn thành, quá hạn',
  declined: 'Không thực hiện được',
  cancelled: 'Đã hủy',
};

export const TASK_REMINDER_KIND_LABELS_VI: Record<TaskReminderKind, string> = {
  unacknowledged: 'Nhắc xác nhận đã nhận nhiệm vụ',
  due_soon: 'Nhắc sắp đến hạn',
  overdue: 'Thông báo quá hạn',
  escalation: 'Báo cáo lên đơn vị giao nhiệm vụ',
};

export const REMINDER_RECIPIENT_LABELS_VI: Record<ReminderRecipient, string> = {
  team: 'Tổ trưởng, Tổ phó',
  commune_chair: 'Chủ tịch UBND cấp xã',
  issuer_unit: 'Đơn vị giao nhiệm vụ',
};

export const REFUSED_TEAM_REASON_LABELS_VI: Record<RefusedTeamReason, string> = {
  unknown: 'Không tìm thấy Tổ',
  not_active: 'Tổ chưa hoạt động hoặc đã giải thể',
  outside_jurisdiction: 'Tổ ngoài phạm vi quản lý của đơn vị giao',
};

import type { AssignmentState } from './assignment';
import { ASSIGNMENT_STATE_LABELS_VI } from './labels-vi';
import type { TaskReminderKind } from './reminder-kinds';
import { formatVietnamDate, formatVietnamDateTime } from './vietnam-time';

/** In-app notifications about tasks and reports. */
export const TASK_NOTIFICATION_KINDS = [
  'task_published',
  'task_changed',
  'task_cancelled',
  'assignment_changed',
  'reminder_unacknowledged',
  'reminder_due_soon',
  'overdue',
  'escalation',
  'nudge',
  'monthly_report',
] as const;
export type TaskNotificationKind = (typeof TASK_NOTIFICATION_KINDS)[number];

export const REMINDER_NOTIFICATION_KIND: Record<TaskReminderKind, TaskNotificationKind> = {
  unacknowledged: 'reminder_unacknowledged',
  due_soon: 'reminder_due_soon',
  overdue: 'overdue',
  escalation: 'escalation',
};

/** Web routes notifications link to, built in one place so the API and the web app agree. */
export const taskLinks = {
  task: (taskId: string) => `/tasks/${taskId}`,
  assignment: (assignmentId: string) => `/inbox/${assignmentId}`,
  monthlyReport: (areaUnitId: string) => `/reports/monthly/${areaUnitId}`,
} as const;

export interface NotificationText {
  title: string;
  body: string;
}

/** What a notification may mention; each kind uses the parts it needs. */
export interface TaskNotificationContext {
  taskTitle?: string;
  dueAt?: string;
  teamName?: string;
  state?: AssignmentState;
  reason?: string;
  /** How many teams (escalations). */
  count?: number;
  /** The issuer's own words (nudges). */
  message?: string | null;
  /** Monthly report: the month and its last day ("YYYY-MM-DD"). */
  month?: number;
  year?: number;
  dueDate?: string;
}

/** Vietnamese title and body, written by the hub, for notifications and for its messages in team channels. */
export function taskNotificationText(
  kind: TaskNotificationKind,
  ctx: TaskNotificationContext,
): NotificationText {
  const task = `«${ctx.taskTitle ?? ''}»`;
  const due = ctx.dueAt ? ` (hạn ${formatVietnamDateTime(ctx.dueAt)})` : '';
  const team = ctx.teamName ? `${ctx.teamName}: ` : '';
  switch (kind) {
    case 'task_published':
      return { title: 'Nhiệm vụ mới', body: `${task}${due}` };
    case 'task_changed':
      return { title: 'Nhiệm vụ được cập nhật', body: `${task}${due}` };
    case 'task_cancelled':
      return { title: 'Nhiệm vụ đã hủy', body: `${task}${ctx.reason ? ` — ${ctx.reason}` : ''}` };
    case 'assignment_changed':
      return {
        title: 'Cập nhật thực hiện nhiệm vụ',
        body: `${team}${ctx.state ? ASSIGNMENT_STATE_LABELS_VI[ctx.state] : ''} ${task}`.trim(),
      };
    case 'reminder_unacknowledged':
      return { title: 'Nhắc xác nhận nhận nhiệm vụ', body: `Tổ chưa xác nhận đã nhận ${task}${due}` };
    case 'reminder_due_soon':
      return { title: 'Nhiệm vụ sắp đến hạn', body: `${task}${due}` };
    case 'overdue':
      return { title: 'Nhiệm vụ quá hạn', body: `${team}${task} chưa hoàn thành${due}` };
    case 'escalation':
      return {
        title: 'Báo cáo nhiệm vụ quá hạn',
        body: `${ctx.count ?? 0} Tổ chưa hoàn thành ${task}${due}`,
      };
    case 'nudge':
      return {
        title: 'Đôn đốc thực hiện nhiệm vụ',
        body: ctx.message?.trim() || `Đề nghị Tổ khẩn trương thực hiện ${task}${due}`,
      };
    case 'monthly_report':
      return {
        title: 'Nhắc gửi báo cáo tháng',
        body:
          `Gửi kết quả hoạt động của các Tổ công nghệ số cộng đồng tháng ${ctx.month ?? ''}/${ctx.year ?? ''} ` +
          `về Sở Thông tin và Truyền thông trước ngày 30` +
          (ctx.dueDate ? ` (hạn cuối ${formatVietnamDate(ctx.dueDate)})` : ''),
      };
  }
}

/** Server → client 'notification': one in-app notification for the user (title and body in Vietnamese). */
export interface NotificationPayload {
  id: string;
  kind: TaskNotificationKind;
  title: string;
  body: string;
  /** A web route (taskLinks), or null when there is nothing to open. */
  link: string | null;
}

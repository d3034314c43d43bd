import { TASK_REMINDER_KINDS } from './reminder-kinds';
import {
  REMINDER_NOTIFICATION_KIND,
  TASK_NOTIFICATION_KINDS,
  taskLinks,
  taskNotificationText,
} from './notifications';
import { DUE } from './spec-fixtures';

const ctx = { taskTitle: 'Cài đặt VNeID', dueAt: DUE };

describe('taskNotificationText', () => {
  it('writes every kind in Vietnamese with a title and a body', () => {
    for (const kind of TASK_NOTIFICATION_KINDS) {
      const text = taskNotificationText(kind, { ...ctx, month: 6, year: 2022 });
      expect(text.title.length).toBeGreaterThan(0);
      expect(text.body.length).toBeGreaterThan(0);
    }
  });

  it('names the task and its deadline in Vietnam time', () => {
    expect(taskNotificationText('reminder_due_soon', ctx)).toEqual({
      title: 'Nhiệm vụ sắp đến hạn',
      body: '«Cài đặt VNeID» (hạn 23:59 10/06/2022)',
    });
    expect(taskNotificationText('overdue', { ...ctx, teamName: 'Tổ thôn Tân Mỹ' }).body).toBe(
      'Tổ thôn Tân Mỹ: «Cài đặt VNeID» chưa hoàn thành (hạn 23:59 10/06/2022)',
    );
    expect(taskNotificationText('escalation', { ...ctx, count: 4 }).body).toBe(
      '4 Tổ chưa hoàn thành «Cài đặt VNeID» (hạn 23:59 10/06/2022)',
    );
  });

  it('uses the issuer’s words for a nudge when given, and the state label for a change', () => {
    expect(taskNotificationText('nudge', { ...ctx, message: ' Đề nghị báo cáo trước 17h ' }).body).toBe(
      'Đề nghị báo cáo trước 17h',
    );
    expect(taskNotificationText('nudge', ctx).body).toContain('khẩn trương');
    expect(
      taskNotificationText('assignment_changed', { ...ctx, teamName: 'Tổ xã', state: 'acknowledged' }).body,
    ).toBe('Tổ xã: Đã nhận «Cài đặt VNeID»');
    expect(taskNotificationText('task_cancelled', { ...ctx, reason: 'Trùng kế hoạch' }).body).toBe(
      '«Cài đặt VNeID» — Trùng kế hoạch',
    );
  });

  it('reminds of the monthly report with its last day', () => {
    expect(taskNotificationText('monthly_report', { month: 2, year: 2022, dueDate: '2022-02-28' }).body).toBe(
      'Gửi kết quả hoạt động của các Tổ công nghệ số cộng đồng tháng 2/2022 về Sở Thông tin và Truyền thông ' +
        'trước ngày 30 (hạn cuối 28/02/2022)',
    );
  });
});

describe('notification kinds and links', () => {
  it('maps every reminder kind to a notification kind', () => {
    for (const kind of TASK_REMINDER_KINDS) {
      expect(TASK_NOTIFICATION_KINDS).toContain(REMINDER_NOTIFICATION_KIND[kind]);
    }
  });

  it('builds web routes in one place', () => {
    expect(taskLinks.task('t1')).toBe('/tasks/t1');
    expect(taskLinks.assignment('a1')).toBe('/inbox/a1');
    expect(taskLinks.monthlyReport('d1')).toBe('/reports/monthly/d1');
  });
});

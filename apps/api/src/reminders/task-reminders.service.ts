import { Injectable, Logger } from '@nestjs/common';
import {
  REMINDER_NOTIFICATION_KIND,
  REMINDER_RECIPIENTS_BY_KIND,
  dueReminders,
  reminderFiredEvent,
  taskLinks,
  taskNotificationText,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import type { TaskReminderJob } from '../jobs/job-registry';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { NotificationsRepository, type NotificationRow } from '../notifications/notifications.repository';
import { RecipientsRepository } from '../notifications/recipients.repository';
import { AssignmentsRepository, type TaskAssignmentRow } from '../tasks/assignments.repository';
import { TaskEventsPublisher } from '../tasks/task-events.publisher';
import { toTask } from '../tasks/task.mapper';
import { TasksRepository, type TaskRow } from '../tasks/tasks.repository';
import { ReminderDeliveriesRepository } from './reminder-deliveries.repository';

export interface ReminderOutcome {
  /** Assignments this run reached (0 when an earlier run of the same job had, or when nobody is concerned). */
  reached: number;
  notifications: number;
}

/**
 * Fires one planned reminder: re-reads the task and its assignments, keeps those the reminder concerns
 * (dueReminders: a stale job concerns nobody), records the deliveries and writes the notifications in ONE
 * transaction, deliveries first. A retry after a crash finds the deliveries and sends nothing twice; a crash
 * before the commit leaves no delivery behind, so the retry sends everything.
 */
@Injectable()
export class TaskReminders {
  private readonly logger = new Logger(TaskReminders.name);

  constructor(
    private readonly tasks: TasksRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly deliveries: ReminderDeliveriesRepository,
    private readonly notifications: NotificationsRepository,
    private readonly recipients: RecipientsRepository,
    private readonly dispatcher: NotificationDispatcher,
    private readonly events: TaskEventsPublisher,
  ) {}

  async fire(job: TaskReminderJob, now: string): Promise<ReminderOutcome> {
    const outcome = await this.tasks.transaction(async (manager) => {
      // The task's row lock orders this run after a concurrent cancel or edit of the same task.
      const row = await this.tasks.findById(job.taskId, manager, true);
      if (!row) return null;
      const task = toTask(row);
      const all = await this.assignments.ofTask(task.id, manager);
      const targets = dueReminders(task, task.reminderPolicy, job, all);
      const fresh = await this.deliveries.recordForAssignments(
        manager,
        job.dedupeKey,
        targets.map((t) => t.assignmentId),
      );
      const reached = all.filter((a) => fresh.has(a.id));
      if (reached.length === 0) return null;
      const rows = await this.notify(manager, job, row, reached);
      const event = reminderFiredEvent(
        task,
        job,
        targets.filter((t) => fresh.has(t.assignmentId)),
        now,
      );
      return { row, reached, rows, event };
    });
    if (!outcome) return { reached: 0, notifications: 0 };
    const { row, reached, rows, event } = outcome;
    const teamIds = reached.map((a) => a.teamId);
    const teamMessage = REMINDER_RECIPIENTS_BY_KIND[job.kind].includes('team')
      ? {
          teamIds,
          kind: REMINDER_NOTIFICATION_KIND[job.kind],
          ...taskNotificationText(REMINDER_NOTIFICATION_KIND[job.kind], {
            taskTitle: row.title,
            dueAt: row.dueAt.toISOString(),
          }),
          link: taskLinks.task(row.id),
        }
      : null;
    this.dispatcher.dispatch(rows, teamMessage);
    // At the due date the open rows turn overdue: matrices and inboxes refetch.
    if (job.kind === 'overdue') this.events.taskChanged(row.id, row.issuerUnitPath, teamIds);
    this.logger.log(
      { type: event?.type, taskId: row.id, key: job.dedupeKey, reached: reached.length },
      'reminder',
    );
    return { reached: reached.length, notifications: rows.length };
  }

  /** Notifications per REMINDER_RECIPIENTS_BY_KIND: the team's leader and deputy, the commune chair, the issuer. */
  private async notify(
    manager: EntityManager,
    job: TaskReminderJob,
    task: TaskRow,
    reached: readonly TaskAssignmentRow[],
  ): Promise<NotificationRow[]> {
    const kind = REMINDER_NOTIFICATION_KIND[job.kind];
    const recipients = REMINDER_RECIPIENTS_BY_KIND[job.kind];
    const context = { taskTitle: task.title, dueAt: task.dueAt.toISOString() };
    const rows: NotificationRow[] = [];
    if (recipients.includes('team')) {
      const teams = reached.map((a) => ({
        teamId: a.teamId,
        link: taskLinks.assignment(a.id),
        data: { taskId: task.id, assignmentId: a.id, reminder: job.dedupeKey },
      }));
      rows.push(
        ...(await this.notifications.insertForTeamLeads(
          manager,
          kind,
          taskNotificationText(kind, context),
          teams,
        )),
      );
    }
    if (recipients.includes('commune_chair')) {
      const byCommune = new Map<string, TaskAssignmentRow[]>();
      for (const a of reached) {
        if (a.communeId) byCommune.set(a.communeId, [...(byCommune.get(a.communeId) ?? []), a]);
      }
      const chairs = await this.recipients.communeChairs([...byCommune.keys()], manager);
      const perChair = [...chairs].flatMap(([communeId, userIds]) => {
        const teams = byCommune.get(communeId) ?? [];
        const teamName = teams.length === 1 ? teams[0]!.teamName : `${teams.length} Tổ`;
        const text = taskNotificationText(kind, { ...context, teamName });
        const data = {
          taskId: task.id,
          communeId,
          teamIds: teams.map((a) => a.teamId),
          reminder: job.dedupeKey,
        };
        return userIds.map((userId) => ({ userId, kind, ...text, link: taskLinks.task(task.id), data }));
      });
      rows.push(...(await this.notifications.insertForUsers(manager, perChair)));
    }
    if (recipients.includes('issuer_unit')) {
      const people = await this.recipients.issuerUnitPeople(task.issuerUnitId, task.createdById, manager);
      const text = taskNotificationText(kind, { ...context, count: reached.length });
      const data = { taskId: task.id, teamIds: reached.map((a) => a.teamId), reminder: job.dedupeKey };
      rows.push(
        ...(await this.notifications.insertForUsers(
          manager,
          people.map((userId) => ({ userId, kind, ...text, link: taskLinks.task(task.id), data })),
        )),
      );
    }
    return rows;
  }
}

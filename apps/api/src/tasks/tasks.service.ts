import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  canIssueFrom,
  cancelTask,
  checkIssuer,
  checkTaskOpen,
  closeTask,
  draftTask,
  isOpenAssignment,
  nudgeEvent,
  planNudge,
  publishTask,
  taskLinks,
  taskNotificationText,
  updateTask,
  type CreateTaskRequest,
  type NudgePlan,
  type NudgeRequest,
  type Task,
  type TaskDetailDto,
  type TaskNotificationKind,
  type UpdateTaskRequest,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository } from '../hierarchy/units.repository';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { NotificationsRepository, type NotificationRow } from '../notifications/notifications.repository';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import { AssignmentsRepository } from './assignments.repository';
import { TaskAccess } from './task-access';
import { TaskEventsPublisher } from './task-events.publisher';
import { toTask } from './task.mapper';
import { TaskQueries } from './task-queries.service';
import { TargetResolver } from './target-resolver';
import { TasksRepository, type TaskRow } from './tasks.repository';

const NO_TEAMS = { teams: [], refused: [], counts: { commune: 0, village: 0 } };

/** What publishing did, with the server-side time of its transaction (reported in a Server-Timing header). */
export interface PublishOutcome {
  task: TaskDetailDto;
  commitMs: number;
}

/** Changing tasks: every command checks the issuer, asks the domain, writes in one transaction, then tells. */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly units: UnitsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly dispatcher: NotificationDispatcher,
    private readonly access: TaskAccess,
    private readonly resolver: TargetResolver,
    private readonly scheduler: ReminderScheduler,
    private readonly events: TaskEventsPublisher,
    private readonly queries: TaskQueries,
  ) {}

  /** A draft from a unit the caller may issue from (its steering committee, or the commune chair). */
  async create(actor: Actor, input: CreateTaskRequest): Promise<TaskDetailDto> {
    const unit = await this.units.findById(input.issuerUnitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    const id = randomUUID();
    const { task } = unwrap(
      draftTask(
        { ...input, issuerUnitId: unit.id },
        { id, actor: { userId: actor.userId, isIssuer: canIssueFrom(actor.grants, unit) }, at: now() },
      ),
    );
    await this.resolver.checkTarget(task.target, unit.path);
    await this.tasks.transaction((manager) => this.tasks.insert(manager, task));
    return this.queries.get(actor, id);
  }

  /** Edits; a published task's new deadline or policy reschedules its reminder jobs. */
  async update(actor: Actor, id: string, patch: UpdateTaskRequest): Promise<TaskDetailDto> {
    const at = now();
    const { row, before, update } = await this.tasks.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      const before = toTask(row);
      const update = unwrap(updateTask(before, patch, this.taskActor(actor, row), at));
      if (update.changedFields.includes('target')) {
        await this.resolver.checkTarget(update.task.target, row.issuerUnitPath);
      }
      if (update.changedFields.length > 0) await this.tasks.save(manager, update.task);
      return { row, before, update };
    });
    if (update.changedFields.length === 0) return this.queries.get(actor, id);
    if (update.remindersChanged) await this.scheduler.reschedule(before, update.task, at);
    if (before.status === 'published') {
      const open = (await this.assignments.ofTask(id)).filter((a) => isOpenAssignment(a.state));
      this.events.taskChanged(
        id,
        row.issuerUnitPath,
        open.map((a) => a.teamId),
      );
      if (update.changedFields.includes('dueAt')) {
        const rows = await this.notifyTeams(undefined, 'task_changed', update.task, open);
        this.dispatcher.dispatch(rows);
      }
    } else this.events.taskChanged(id, row.issuerUnitPath);
    return this.queries.get(actor, id);
  }

  /**
   * One assignment per active team of the target, in one transaction (set-based inserts), idempotently:
   * publishing a published task changes and sends nothing. Then the reminders, the live events, the bells.
   */
  async publish(actor: Actor, id: string): Promise<PublishOutcome> {
    const at = now();
    const started = performance.now();
    const outcome = await this.tasks.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      const task = toTask(row);
      const issuer = { id: row.issuerUnitId, path: row.issuerUnitPath };
      const resolution =
        task.status === 'draft' && this.access.isIssuer(actor, row.issuerUnitPath)
          ? await this.resolver.resolve(task.target, issuer, manager)
          : NO_TEAMS;
      const publication = unwrap(publishTask(task, resolution, this.taskActor(actor, row), at));
      if (publication.alreadyPublished) return { row, publication, inserted: [], notified: [] };
      const inserted = await this.assignments.insertPublished(
        manager,
        publication.assignments,
        publication.assignedEntry,
      );
      await this.tasks.save(manager, publication.task);
      const notified = await this.notifyTeams(
        manager,
        'task_published',
        publication.task,
        inserted.map((a) => ({ id: a.id, teamId: a.teamId })),
      );
      return { row, publication, inserted, notified };
    });
    const commitMs = performance.now() - started;
    const { row, publication, inserted, notified } = outcome;
    if (!publication.alreadyPublished) {
      this.events.published(
        id,
        inserted.map((a) => a.teamId),
      );
      this.events.taskChanged(id, row.issuerUnitPath);
      // Assignment news also goes to each team's channel, for the leaders who live in the chat (§3.3).
      const text = taskNotificationText('task_published', {
        taskTitle: row.title,
        dueAt: row.dueAt.toISOString(),
      });
      this.dispatcher.dispatch(notified, {
        teamIds: inserted.map((a) => a.teamId),
        kind: 'task_published',
        ...text,
        link: taskLinks.task(id),
      });
      await this.scheduler.schedule(publication.task, at);
    }
    return { task: await this.queries.get(actor, id), commitMs };
  }

  /** Cancels the task and its open assignments (one statement each), and removes its reminder jobs. */
  async cancel(actor: Actor, id: string, reason: string): Promise<TaskDetailDto> {
    const at = now();
    const { row, before, cancelled, notified } = await this.tasks.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      const before = toTask(row);
      const open = await this.assignments.ofTask(id, manager, true);
      const cancellation = unwrap(cancelTask(before, open, this.taskActor(actor, row), at, reason));
      await this.tasks.save(manager, cancellation.task);
      await this.assignments.saveCancelled(manager, cancellation.cancelled);
      const cancelled = cancellation.cancelled.map((c) => c.assignment);
      const notified = await this.notifyTeams(manager, 'task_cancelled', cancellation.task, cancelled);
      return { row, before, cancelled, notified };
    });
    await this.scheduler.unschedule(before);
    this.events.taskChanged(
      id,
      row.issuerUnitPath,
      cancelled.map((a) => a.teamId),
    );
    this.dispatcher.dispatch(notified);
    return this.queries.get(actor, id);
  }

  /** Closes a published task: assignments keep their state and take no more actions; reminders stop. */
  async close(actor: Actor, id: string, note: string | undefined): Promise<TaskDetailDto> {
    const at = now();
    const { row, before } = await this.tasks.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      const before = toTask(row);
      const closed = unwrap(closeTask(before, this.taskActor(actor, row), at, note ?? null));
      await this.tasks.save(manager, closed.task);
      return { row, before };
    });
    await this.scheduler.unschedule(before);
    const teams = (await this.assignments.ofTask(id)).map((a) => a.teamId);
    this.events.taskChanged(id, row.issuerUnitPath, teams);
    return this.queries.get(actor, id);
  }

  /** Nudges the teams behind (all, or the listed ones), each at most once per NUDGE_RATE_LIMIT window. */
  async nudge(actor: Actor, id: string, request: NudgeRequest): Promise<NudgePlan> {
    const at = now();
    const { row, plan, notified } = await this.tasks.transaction(async (manager) => {
      const row = await this.lock(manager, id);
      const task = toTask(row);
      unwrap(checkIssuer(this.taskActor(actor, row)));
      unwrap(checkTaskOpen(task));
      const candidates = await this.assignments.ofTask(id, manager, true);
      const plan = unwrap(
        planNudge(
          candidates.map((a) => ({
            id: a.id,
            teamId: a.teamId,
            state: a.state,
            lastNudgedAt: a.lastNudgedAt?.toISOString() ?? null,
          })),
          at,
          request.teamIds,
        ),
      );
      const event = nudgeEvent(task, plan, actor.userId, at, request.message);
      await this.assignments.markNudged(manager, event.payload.assignmentIds, at);
      const nudged = plan.nudge.map((n) => ({ id: n.assignmentId, teamId: n.teamId }));
      const notified = await this.notifyTeams(manager, 'nudge', task, nudged, event.payload.message);
      return { row, plan, notified };
    });
    const text = taskNotificationText('nudge', { taskTitle: row.title, dueAt: row.dueAt.toISOString() });
    this.dispatcher.dispatch(notified, {
      teamIds: plan.nudge.map((n) => n.teamId),
      kind: 'nudge',
      ...text,
      link: taskLinks.task(id),
    });
    this.events.taskChanged(id, row.issuerUnitPath);
    return plan;
  }

  /** The task's leaders and deputies hear about it, each through a link to their own assignment. */
  private notifyTeams(
    manager: EntityManager | undefined,
    kind: TaskNotificationKind,
    task: Task,
    assignments: readonly { id: string; teamId: string }[],
    message: string | null = null,
  ): Promise<NotificationRow[]> {
    const text = taskNotificationText(kind, {
      taskTitle: task.title,
      dueAt: task.dueAt,
      reason: task.cancelReason ?? undefined,
      message,
    });
    const teams = assignments.map((a) => ({
      teamId: a.teamId,
      link: taskLinks.assignment(a.id),
      data: { taskId: task.id, assignmentId: a.id },
    }));
    const write = (m: EntityManager) => this.notifications.insertForTeamLeads(m, kind, text, teams);
    return manager ? write(manager) : this.tasks.transaction(write);
  }

  private async lock(manager: EntityManager, id: string): Promise<TaskRow> {
    const row = await this.tasks.findById(id, manager, true);
    if (!row) throw new DomainException(ErrorCode.TaskNotFound, 'There is no such task.');
    return row;
  }

  private taskActor(actor: Actor, row: TaskRow) {
    return { userId: actor.userId, isIssuer: this.access.isIssuer(actor, row.issuerUnitPath) };
  }
}

const now = () => new Date().toISOString();

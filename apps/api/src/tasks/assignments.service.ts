import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  assignmentChangedPayload,
  checkTaskOpen,
  effectiveActedAt,
  taskLinks,
  taskNotificationText,
  transitionAssignment,
  type AssignmentActResult,
  type AssignmentActionCommand,
  type AssignmentDto,
  type AssignmentState,
  type ListAssignmentsQuery,
} from '@cdt/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { NotificationsRepository, type NotificationRow } from '../notifications/notifications.repository';
import { decodeCursor, encodeCursor } from '../notifications/page-cursor';
import { AssignmentsRepository, type AssignmentRow, type TimelineRow } from './assignments.repository';
import type { ActionOptions, AssignmentListDto } from './dto';
import { TaskAccess } from './task-access';
import { TaskEventsPublisher } from './task-events.publisher';
import { toAssignment, toAssignmentDto } from './task.mapper';
import { TasksRepository } from './tasks.repository';

/** Attempts of an action that keeps losing races to other steps on the same assignment before a 409. */
const MAX_ATTEMPTS = 3;

/** Assignments: the team's inbox, one assignment with its timeline, and the actions on it. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentsRepository,
    private readonly tasks: TasksRepository,
    private readonly notifications: NotificationsRepository,
    private readonly dispatcher: NotificationDispatcher,
    private readonly access: TaskAccess,
    private readonly events: TaskEventsPublisher,
  ) {}

  /** The inbox: assignments of the teams the caller is an active member of, soonest deadline first. */
  async inbox(actor: Actor, query: ListAssignmentsQuery): Promise<AssignmentListDto> {
    const caller = await this.access.callerOf(actor);
    const now = new Date().toISOString();
    const after = decodeCursor(query.cursor);
    const rows = await this.assignments.inbox(
      {
        teamIds: caller.visibility.teamIds,
        teamId: query.teamId,
        taskId: query.taskId,
        states: query.states,
        buckets: query.buckets,
        now,
        limit: query.limit + 1,
        after: after && { dueAt: after.key, id: after.id },
      },
      actor.userId,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => this.dto(actor, row, now)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.dueAt.toISOString(), last.id) : null,
    };
  }

  async get(actor: Actor, id: string): Promise<AssignmentDto> {
    const row = await this.find(id, actor.userId);
    this.access.assertSeesAssignment(actor, row);
    const timeline = await this.assignments.timelineOf(id);
    return this.dto(actor, row, new Date().toISOString(), timeline);
  }

  /**
   * One action, optimistically: read the assignment with its version (last timeline step), let the domain
   * decide, and store the step only if that version is still the last (saveStep). A client action id seen
   * before answers `duplicate: true` with nothing changed; a refused transition (403/409/400) writes nothing;
   * losing a race re-reads and decides again. Plain steps take one statement; a decline or reopen also writes
   * its notifications, in the same transaction.
   */
  async act(
    actor: Actor,
    id: string,
    command: AssignmentActionCommand,
    options: ActionOptions = {},
  ): Promise<AssignmentActResult> {
    const receivedAt = new Date().toISOString();
    const clientActionId = options.clientActionId ?? null;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const row = await this.assignments.findForAction(id, actor.userId, clientActionId);
      if (!row) throw new DomainException(ErrorCode.AssignmentNotFound, 'There is no such assignment.');
      this.access.assertSeesAssignment(actor, row);
      if (row.duplicate) return { assignment: this.dto(actor, row, receivedAt), duplicate: true };
      unwrap(checkTaskOpen({ id: row.taskId, status: row.taskStatus }));
      const current = toAssignment(row);
      const at = effectiveActedAt(options.actedAt, receivedAt, current.lastChangedAt);
      const step = unwrap(
        transitionAssignment(current, command, this.access.assignmentActor(actor, row), at),
      );
      const save = async (manager?: EntityManager) => {
        const saved = await this.assignments.saveStep(
          step.assignment,
          step.entry,
          clientActionId,
          row.lastSeq,
          manager,
        );
        const notified =
          saved && manager ? await this.notify(manager, row, command.type, step.assignment.state) : [];
        return { saved, notified };
      };
      const needsNotice = command.type === 'decline' || command.type === 'reopen';
      const { saved, notified } = needsNotice ? await this.tasks.transaction(save) : await save();
      if (!saved) continue;
      this.events.assignmentChanged(
        assignmentChangedPayload(step.assignment, row.dueAt.toISOString(), clientActionId),
        row.unitPath,
        row.issuerUnitId,
      );
      this.dispatcher.dispatch(notified);
      return { assignment: this.dto(actor, row, receivedAt, undefined, step.assignment), duplicate: false };
    }
    throw new DomainException(ErrorCode.Conflict, 'The assignment kept changing; try again.', { id });
  }

  /** A decline reaches the task's author; a reopen reaches the team's leader and deputy. */
  private async notify(
    manager: EntityManager,
    row: AssignmentRow,
    action: AssignmentActionCommand['type'],
    state: AssignmentState,
  ): Promise<NotificationRow[]> {
    if (action !== 'decline' && action !== 'reopen') return [];
    const text = taskNotificationText('assignment_changed', {
      taskTitle: row.taskTitle,
      teamName: row.teamName,
      state,
    });
    const data = { taskId: row.taskId, assignmentId: row.id };
    if (action === 'reopen') {
      return this.notifications.insertForTeamLeads(manager, 'assignment_changed', text, [
        { teamId: row.teamId, link: taskLinks.assignment(row.id), data },
      ]);
    }
    return this.notifications.insertForUsers(manager, [
      {
        userId: row.createdById,
        kind: 'assignment_changed',
        ...text,
        link: taskLinks.task(row.taskId),
        data,
      },
    ]);
  }

  private dto(
    actor: Actor,
    row: AssignmentRow,
    now: string,
    timeline?: TimelineRow[],
    assignment = toAssignment(row),
  ): AssignmentDto {
    const { isTeamLeaderOrDeputy, isIssuer } = this.access.assignmentActor(actor, row);
    return toAssignmentDto(row, { isTeamLeaderOrDeputy, isIssuer }, now, assignment, timeline);
  }

  private async find(id: string, userId: string): Promise<AssignmentRow> {
    const row = await this.assignments.findById(id, userId);
    if (!row) throw new DomainException(ErrorCode.AssignmentNotFound, 'There is no such assignment.');
    return row;
  }
}

import {
  availableAssignmentActions,
  bucketOf,
  canNudge,
  isBelowTarget,
  isOpenAssignment,
  taskPermissions,
  type Assignment,
  type AssignmentCapabilities,
  type AssignmentDto,
  type Task,
  type TaskDto,
  type TaskMatrixRowDto,
  type TimelineEntryDto,
} from '@cdt/domain';
import type { AssignmentRow, MatrixRow, TimelineRow } from './assignments.repository';
import type { TaskRow } from './tasks.repository';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

/** The task as the domain's rules take it. */
export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    issuerUnitId: row.issuerUnitId,
    title: row.title,
    description: row.description,
    category: row.category,
    priority: row.priority,
    dueAt: row.dueAt.toISOString(),
    target: row.target,
    targetPerTeam: row.targetPerTeam,
    links: row.links,
    reminderPolicy: row.reminderPolicy,
    status: row.status,
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
    cancelledAt: iso(row.cancelledAt),
    cancelReason: row.cancelReason,
    closedAt: iso(row.closedAt),
    closeNote: row.closeNote,
  };
}

export function toTaskDto(row: TaskRow, assignmentCount: number, isIssuer: boolean): TaskDto {
  const task = toTask(row);
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    category: task.category,
    priority: task.priority,
    status: task.status,
    dueAt: task.dueAt,
    issuerUnit: { id: row.issuerUnitId, name: row.issuerUnitName, kind: row.issuerUnitKind },
    target: task.target,
    targetPerTeam: task.targetPerTeam,
    links: task.links,
    reminderPolicy: task.reminderPolicy,
    createdBy: { id: row.createdById, fullName: row.createdByName },
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    publishedAt: task.publishedAt,
    cancelledAt: task.cancelledAt,
    cancelReason: task.cancelReason,
    closedAt: task.closedAt,
    closeNote: task.closeNote,
    assignmentCount,
    myPermissions: taskPermissions(task, { isIssuer }),
  };
}

/** The assignment as the domain's rules take it. */
export function toAssignment(row: Omit<AssignmentRow, 'myRole'>): Assignment {
  return {
    id: row.id,
    taskId: row.taskId,
    teamId: row.teamId,
    teamUnitId: row.unitId,
    state: row.state,
    progress: row.progress,
    targetValue: row.targetValue,
    assignedAt: row.assignedAt.toISOString(),
    acknowledgedAt: iso(row.acknowledgedAt),
    completedAt: iso(row.completedAt),
    declineReason: row.declineReason,
    lastChangedAt: row.lastChangedAt.toISOString(),
  };
}

/** The card of an assignment for a caller; `assignment` overrides the stored state after an action. */
export function toAssignmentDto(
  row: AssignmentRow,
  capabilities: AssignmentCapabilities,
  now: string,
  assignment: Assignment = toAssignment(row),
  timeline?: TimelineRow[],
): AssignmentDto {
  const dueAt = row.dueAt.toISOString();
  const dto: AssignmentDto = {
    id: assignment.id,
    task: {
      id: row.taskId,
      title: row.taskTitle,
      category: row.taskCategory,
      priority: row.taskPriority,
      status: row.taskStatus,
      dueAt,
      targetPerTeam: row.targetPerTeam,
      issuerUnit: { id: row.issuerUnitId, name: row.issuerUnitName, kind: row.issuerUnitKind },
    },
    team: { id: row.teamId, name: row.teamName, kind: row.teamKind },
    unit: { id: row.unitId, name: row.unitName, kind: row.unitKind },
    state: assignment.state,
    bucket: bucketOf(assignment, dueAt, now),
    progress: assignment.progress,
    targetValue: assignment.targetValue,
    belowTarget: isBelowTarget(assignment),
    assignedAt: assignment.assignedAt,
    acknowledgedAt: assignment.acknowledgedAt,
    completedAt: assignment.completedAt,
    declineReason: assignment.declineReason,
    lastChangedAt: assignment.lastChangedAt,
    lastNudgedAt: iso(row.lastNudgedAt),
    capabilities,
    availableActions:
      row.taskStatus === 'published' ? availableAssignmentActions(assignment, capabilities) : [],
  };
  return timeline ? { ...dto, timeline: timeline.map(toTimelineEntryDto) } : dto;
}

export function toTimelineEntryDto(row: TimelineRow): TimelineEntryDto {
  return {
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    from: row.from,
    to: row.to,
    note: row.note,
    progress: row.progress,
  };
}

export function toMatrixRowDto(row: MatrixRow, nudgeable: boolean, now: string): TaskMatrixRowDto {
  const assignment = toAssignment(row);
  return {
    assignmentId: row.id,
    team: { id: row.teamId, name: row.teamName, kind: row.teamKind },
    unit: { id: row.unitId, name: row.unitName, kind: row.unitKind },
    parentUnit:
      row.parentUnitId !== null && row.parentUnitName !== null && row.parentUnitKind !== null
        ? { id: row.parentUnitId, name: row.parentUnitName, kind: row.parentUnitKind }
        : null,
    state: row.state,
    bucket: row.bucket,
    progress: row.progress,
    targetValue: row.targetValue,
    belowTarget: isBelowTarget(assignment),
    acknowledgedAt: assignment.acknowledgedAt,
    completedAt: assignment.completedAt,
    lastChangedAt: assignment.lastChangedAt,
    lastNudgedAt: iso(row.lastNudgedAt),
    canNudge: nudgeable && isOpenAssignment(row.state) && canNudge(iso(row.lastNudgedAt), now).allowed,
  };
}

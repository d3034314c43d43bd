import type { UnitDto } from '../hierarchy/unit';
import type { TeamKind } from '../teams/team-kind';
import type { AssignmentState, TimelineEntry } from './assignment';
import type { AssignmentActionType } from './assignment-commands';
import type { AssignmentBucket } from './buckets';
import type { ReminderPolicy } from './reminder-policy';
import type { Task, TaskLink, TaskPriority, TaskStatus, TaskTarget, TaskTargetPerTeam } from './task';
import type { TaskCategory } from './task-category';
import type { TaskPermissions } from './task-lifecycle';
import type { RefusedTeam } from './target';

/** A unit reduced to what task screens show. */
export type TaskUnitRef = Pick<UnitDto, 'id' | 'name' | 'kind'>;

export interface TaskTeamRef {
  id: string;
  name: string;
  kind: TeamKind;
}

export interface TaskDto {
  id: string;
  title: string;
  description: string;
  category: TaskCategory;
  priority: TaskPriority;
  status: TaskStatus;
  dueAt: string;
  issuerUnit: TaskUnitRef;
  target: TaskTarget;
  targetPerTeam: TaskTargetPerTeam | null;
  links: TaskLink[];
  reminderPolicy: ReminderPolicy;
  createdBy: { id: string; fullName: string };
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  closedAt: string | null;
  closeNote: string | null;
  /** Assignments the caller can see (all of them for the issuing unit). */
  assignmentCount: number;
  myPermissions: TaskPermissions;
}

/** A task's page: the task with its counts per state and per bucket (over the assignments the caller sees). */
export interface TaskDetailDto extends TaskDto {
  countsByState: Record<AssignmentState, number>;
  countsByBucket: Record<AssignmentBucket, number>;
  /** Completed assignments whose count stayed below the target. */
  belowTargetCount: number;
}

/** A timeline step with the actor's name resolved (null for steps the hub took itself). */
export interface TimelineEntryDto extends TimelineEntry {
  actorName: string | null;
}

/** The task as an inbox card shows it. */
export type AssignmentTaskRef = Pick<
  Task,
  'id' | 'title' | 'category' | 'priority' | 'status' | 'dueAt' | 'targetPerTeam'
> & { issuerUnit: TaskUnitRef };

/** What the caller may do on this assignment, so clients can recompute buttons after an optimistic change. */
export interface AssignmentCapabilities {
  isTeamLeaderOrDeputy: boolean;
  isIssuer: boolean;
}

export interface AssignmentDto {
  id: string;
  task: AssignmentTaskRef;
  team: TaskTeamRef;
  unit: TaskUnitRef;
  state: AssignmentState;
  bucket: AssignmentBucket;
  progress: number | null;
  targetValue: number | null;
  belowTarget: boolean;
  assignedAt: string;
  acknowledgedAt: string | null;
  completedAt: string | null;
  declineReason: string | null;
  lastChangedAt: string;
  lastNudgedAt: string | null;
  capabilities: AssignmentCapabilities;
  /** availableAssignmentActions for the caller, given the task is published (empty otherwise). */
  availableActions: AssignmentActionType[];
  /** Present on the assignment's own page, oldest first. */
  timeline?: TimelineEntryDto[];
}

/** One row of the task page's matrix: a team, where it is, and how far it got. */
export interface TaskMatrixRowDto {
  assignmentId: string;
  team: TaskTeamRef;
  unit: TaskUnitRef;
  /** The unit above the team's unit (the commune of a village team), for grouping. */
  parentUnit: TaskUnitRef | null;
  state: AssignmentState;
  bucket: AssignmentBucket;
  progress: number | null;
  targetValue: number | null;
  belowTarget: boolean;
  acknowledgedAt: string | null;
  completedAt: string | null;
  lastChangedAt: string;
  lastNudgedAt: string | null;
  /** The issuer may nudge this team now (open and outside the rate-limit window). */
  canNudge: boolean;
}

export interface TaskMatrixDto {
  taskId: string;
  rows: TaskMatrixRowDto[];
  /** Rows matching the filters, before limit/offset. */
  total: number;
  /** Bucket counts over the filtered rows. */
  countsByBucket: Record<AssignmentBucket, number>;
}

/** The target picker's count of teams that would receive the task. */
export interface TargetPreviewDto {
  teamCount: number;
  counts: Record<TeamKind, number>;
  refused: RefusedTeam[];
}

/** The answer to an assignment action (HTTP and socket ack alike). */
export interface AssignmentActResult {
  assignment: AssignmentDto;
  /** True when the clientActionId had been seen: nothing was done again; `assignment` is as it is now. */
  duplicate: boolean;
}

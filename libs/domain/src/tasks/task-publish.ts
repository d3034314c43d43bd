import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import type { NewAssignment, TimelineEntry } from './assignment';
import { taskEvent, type TaskDomainEvent } from './events';
import type { Task } from './task';
import { checkIssuer, type TaskActor } from './task-actor';
import { checkDueAhead } from './task-draft';
import type { TargetResolution, TargetTeam } from './target';

export interface TaskPublication {
  task: Task;
  /** One per resolved team, in the resolution's order; empty when the task was already published. */
  assignments: NewAssignment[];
  /** The first timeline entry, the same for every new assignment. */
  assignedEntry: TimelineEntry;
  events: TaskDomainEvent[];
  /** True when the task was already published: nothing changes and nothing is sent again. */
  alreadyPublished: boolean;
}

/**
 * Publishes a draft: one assignment per resolved team (resolveTargetTeams), all in one go. Idempotent:
 * publishing a published task returns it unchanged with no assignments and no events (the database's unique
 * (task, team) index is the second guard). Refuses cancelled/closed tasks, a past deadline and an empty target.
 */
export function publishTask(
  task: Task,
  resolution: TargetResolution<TargetTeam>,
  actor: TaskActor,
  at: string,
): DomainResult<TaskPublication> {
  const allowed = checkIssuer(actor);
  if (!allowed.ok) return allowed;
  const assignedEntry: TimelineEntry = {
    at: task.publishedAt ?? at,
    actorId: actor.userId,
    action: 'assign',
    from: null,
    to: 'assigned',
    note: null,
    progress: null,
  };
  if (task.status === 'published') {
    return ok({ task, assignments: [], assignedEntry, events: [], alreadyPublished: true });
  }
  if (task.status !== 'draft') {
    return fail(ErrorCode.TaskInvalidTransition, `A ${task.status} task cannot be published`, {
      status: task.status,
    });
  }
  const due = checkDueAhead(task.dueAt, at);
  if (!due.ok) return due;
  if (resolution.teams.length === 0) {
    return fail(ErrorCode.TaskTargetEmpty, 'No active team matches the target', {
      refused: resolution.refused,
    });
  }
  const targetValue = task.targetPerTeam?.value ?? null;
  const assignments = resolution.teams.map((team): NewAssignment => ({
    taskId: task.id,
    teamId: team.id,
    teamUnitId: team.unitId,
    state: 'assigned',
    progress: null,
    targetValue,
    assignedAt: at,
    acknowledgedAt: null,
    completedAt: null,
    declineReason: null,
    lastChangedAt: at,
  }));
  const event = taskEvent(
    'TaskPublished',
    { taskId: task.id, actorId: actor.userId, at },
    {
      issuerUnitId: task.issuerUnitId,
      teamIds: assignments.map((a) => a.teamId),
      refused: resolution.refused,
    },
  );
  return ok({
    task: { ...task, status: 'published', publishedAt: at, updatedAt: at },
    assignments,
    assignedEntry,
    events: [event],
    alreadyPublished: false,
  });
}

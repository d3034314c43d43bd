import {
  patchWithAssignmentChange,
  type AssignmentChangedPayload,
  type AssignmentDto,
  type TaskDetailDto,
  type TaskMatrixDto,
  type TaskMatrixRowDto,
} from '@cdt/domain';
import type { Page } from '../api/tasks-api';

/** Live changes keyed by assignment, the newest of each kept: a storm collapses to one patch per row. */
export function collapseChanges(
  changes: Iterable<AssignmentChangedPayload>,
): Map<string, AssignmentChangedPayload> {
  const latest = new Map<string, AssignmentChangedPayload>();
  for (const change of changes) {
    const seen = latest.get(change.assignmentId);
    if (!seen || Date.parse(change.at) >= Date.parse(seen.at)) latest.set(change.assignmentId, change);
  }
  return latest;
}

/**
 * A matrix page with the changes applied to its rows, and its bucket counts moved for the rows it holds (the
 * same object when none concerns it). Rows on other pages are counted again by the throttled refetch.
 */
export function patchMatrix(
  matrix: TaskMatrixDto | undefined,
  changes: ReadonlyMap<string, AssignmentChangedPayload>,
): TaskMatrixDto | undefined {
  if (!matrix) return matrix;
  let touched = false;
  const countsByBucket = { ...matrix.countsByBucket };
  const rows = matrix.rows.map((row) => {
    const change = changes.get(row.assignmentId);
    const patched = change && change.taskId === matrix.taskId ? patchWithAssignmentChange(row, change) : row;
    if (patched === row) return row;
    touched = true;
    countsByBucket[row.bucket] -= 1;
    countsByBucket[patched.bucket] += 1;
    return patched;
  });
  return touched ? { ...matrix, rows, countsByBucket } : matrix;
}

/** The freshest cached row of each assignment, over every matrix page held for a task. */
export function rowsByAssignment(
  matrices: readonly (TaskMatrixDto | undefined)[],
): Map<string, TaskMatrixRowDto> {
  const rows = new Map<string, TaskMatrixRowDto>();
  for (const matrix of matrices) {
    for (const row of matrix?.rows ?? []) {
      const seen = rows.get(row.assignmentId);
      if (!seen || Date.parse(row.lastChangedAt) > Date.parse(seen.lastChangedAt))
        rows.set(row.assignmentId, row);
    }
  }
  return rows;
}

/**
 * The task's figures moved at once for the changed teams whose previous state a cached matrix row tells; the
 * throttled refetch of the task brings the exact figures (and those of teams on no cached page).
 */
export function patchTaskCounts(
  task: TaskDetailDto | undefined,
  before: ReadonlyMap<string, TaskMatrixRowDto>,
  changes: ReadonlyMap<string, AssignmentChangedPayload>,
): TaskDetailDto | undefined {
  if (!task) return task;
  const countsByBucket = { ...task.countsByBucket };
  const countsByState = { ...task.countsByState };
  let touched = false;
  for (const change of changes.values()) {
    const row = change.taskId === task.id ? before.get(change.assignmentId) : undefined;
    const patched = row && patchWithAssignmentChange(row, change);
    if (!row || !patched || patched === row) continue;
    touched = true;
    countsByBucket[row.bucket] -= 1;
    countsByBucket[patched.bucket] += 1;
    countsByState[row.state] -= 1;
    countsByState[patched.state] += 1;
  }
  return touched ? { ...task, countsByBucket, countsByState } : task;
}

/** An inbox page with the changes applied to its cards. */
export function patchInbox(
  page: Page<AssignmentDto> | undefined,
  changes: ReadonlyMap<string, AssignmentChangedPayload>,
): Page<AssignmentDto> | undefined {
  if (!page?.items) return page;
  let touched = false;
  const items = page.items.map((item) => {
    const change = changes.get(item.id);
    const patched = change ? patchWithAssignmentChange(item, change) : item;
    if (patched !== item) touched = true;
    return patched;
  });
  return touched ? { ...page, items } : page;
}

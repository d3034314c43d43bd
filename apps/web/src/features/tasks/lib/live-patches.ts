import {
  patchWithAssignmentChange,
  type AssignmentChangedPayload,
  type AssignmentDto,
  type TaskMatrixDto,
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

/** A matrix with the changes applied to its rows (the same object when none concerns it). */
export function patchMatrix(
  matrix: TaskMatrixDto | undefined,
  changes: ReadonlyMap<string, AssignmentChangedPayload>,
): TaskMatrixDto | undefined {
  if (!matrix) return matrix;
  let touched = false;
  const rows = matrix.rows.map((row) => {
    const change = changes.get(row.assignmentId);
    const patched = change && change.taskId === matrix.taskId ? patchWithAssignmentChange(row, change) : row;
    if (patched !== row) touched = true;
    return patched;
  });
  return touched ? { ...matrix, rows } : matrix;
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

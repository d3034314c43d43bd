/** Numbered SQL parameters collected while a query is assembled. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder ("$3"). */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Which assignments a caller sees: those whose unit lies under a grant, and those of their own teams. */
export interface AssignmentVisibility {
  /** Root paths of the caller's grants ("/p/d/"). */
  scopePaths: readonly string[];
  /** Teams the caller is an active member of. */
  teamIds: readonly string[];
}

/** The SQL condition of canSeeAssignment for the alias `a` (the domain's rule, as a filter). */
export function visibleSql(alias: string, visibility: AssignmentVisibility, params: SqlParams): string {
  const patterns = params.add(visibility.scopePaths.map((path) => `${path}%`));
  const teams = params.add(visibility.teamIds);
  return `(${alias}.unit_path LIKE ANY(${patterns}::text[]) OR ${alias}.team_id = ANY(${teams}::uuid[]))`;
}

/** The domain's bucketOf in SQL, for the assignment `a` of the task `t`, at the instant `now`. */
export function bucketSql(now: string): string {
  return `CASE
    WHEN a.state = 'completed' THEN
      CASE WHEN coalesce(a.completed_at, ${now}::timestamptz) <= t.due_at THEN 'done_on_time' ELSE 'done_late' END
    WHEN a.state IN ('declined','cancelled') THEN a.state
    WHEN ${now}::timestamptz <= t.due_at THEN 'open_within_deadline'
    ELSE 'open_overdue' END`;
}

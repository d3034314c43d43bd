import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AssignmentBucket, AssignmentState, DrillDownRowDto, TeamKind } from '@cdt/domain';
import { bucketSql, SqlParams } from '../tasks/task-sql';
import { taskFilterSql, type AssignmentFilter } from './rollups.repository';

/** The assignments behind a figure: a subtree (or one team), narrowed like the figure was. */
export interface DrillDownFilter extends AssignmentFilter {
  unitPath: string;
  teamId?: string | undefined;
  teamKind?: TeamKind | undefined;
  bucket?: AssignmentBucket | undefined;
  state?: AssignmentState | undefined;
  now: string;
}

type DrillDownSqlRow = Omit<DrillDownRowDto, 'task' | 'team' | 'unit'> & {
  taskId: string;
  taskTitle: string;
  taskCategory: DrillDownRowDto['task']['category'];
  dueAt: string;
  teamId: string;
  teamName: string;
  teamKind: TeamKind;
  unitId: string;
  unitName: string;
  unitKind: DrillDownRowDto['unit']['kind'];
  unitCode: string | null;
};

const iso = (column: string) => `to_json(${column}) #>> '{}'`;

/** Keyset pages of assignments, soonest deadline first (the same order as the inbox). */
@Injectable()
export class DrillDownRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The count joins only what the filter reads (foreign keys keep it exact), and the page is cut to `limit`
   * keys before the rows are read and joined for display: with many tasks sharing a deadline, joining first
   * fetched a team and a unit for every row of the deadline's group (thousands), not for the page's.
   */
  async page(
    filter: DrillDownFilter,
    limit: number,
    after: { dueAt: string; id: string } | null,
  ): Promise<{ total: number; rows: DrillDownRowDto[] }> {
    const params = new SqlParams();
    const where = this.where(filter, params);
    const countJoins = [
      needsTask(filter) ? 'JOIN tasks t ON t.id = a.task_id' : '',
      filter.teamKind ? 'JOIN teams tm ON tm.id = a.team_id' : '',
    ].join(' ');
    // The count and the page are independent: sent together, they cost one round trip's wait, not two.
    const counted: Promise<[{ total: number }]> = this.db.query(
      `SELECT count(*)::int AS total FROM assignments a ${countJoins} WHERE ${where}`,
      [...params.values],
    );
    const keyset = after
      ? ` AND (t.due_at, a.id) > (${params.add(after.dueAt)}::timestamptz, ${params.add(after.id)}::uuid)`
      : '';
    const pageJoin = filter.teamKind ? 'JOIN teams tm ON tm.id = a.team_id' : '';
    // The page's keys come from the path index alone; only its rows are then read in full.
    const paged: Promise<DrillDownSqlRow[]> = this.db.query(
      `WITH page AS (
         SELECT a.id, t.due_at FROM assignments a JOIN tasks t ON t.id = a.task_id ${pageJoin}
         WHERE ${where}${keyset}
         ORDER BY t.due_at, a.id LIMIT ${params.add(limit)}
       )
       SELECT a.id AS "assignmentId", a.state, ${bucketSql(params.add(filter.now))} AS bucket,
              a.progress, a.target_value AS "targetValue", ${iso('a.assigned_at')} AS "assignedAt",
              ${iso('a.acknowledged_at')} AS "acknowledgedAt", ${iso('a.completed_at')} AS "completedAt",
              t.id AS "taskId", t.title AS "taskTitle", t.category AS "taskCategory", ${iso('t.due_at')} AS "dueAt",
              tm.id AS "teamId", tm.name AS "teamName", tm.kind AS "teamKind",
              u.id AS "unitId", u.name AS "unitName", u.kind AS "unitKind", u.code AS "unitCode"
       FROM page p JOIN assignments a ON a.id = p.id JOIN tasks t ON t.id = a.task_id
       JOIN teams tm ON tm.id = a.team_id JOIN units u ON u.id = a.unit_id
       ORDER BY p.due_at, p.id`,
      params.values,
    );
    const [[{ total }], rows] = await Promise.all([counted, paged]);
    return { total, rows: rows.map(toRow) };
  }

  private where(filter: DrillDownFilter, params: SqlParams): string {
    const where = [`a.unit_path LIKE ${params.add(`${filter.unitPath}%`)}`];
    if (filter.teamId) where.push(`a.team_id = ${params.add(filter.teamId)}`);
    if (filter.teamKind) where.push(`tm.kind = ${params.add(filter.teamKind)}`);
    if (filter.state) where.push(`a.state = ${params.add(filter.state)}`);
    if (filter.bucket) where.push(`(${bucketSql(params.add(filter.now))}) = ${params.add(filter.bucket)}`);
    return where.join(' AND ') + taskFilterSql(filter, params);
  }
}

/** Whether the conditions read the task (its deadline for a bucket, or the task filters). */
function needsTask(filter: DrillDownFilter): boolean {
  return Boolean(filter.bucket ?? filter.taskId ?? filter.category ?? filter.dueFrom ?? filter.dueTo);
}

function toRow(row: DrillDownSqlRow): DrillDownRowDto {
  return {
    assignmentId: row.assignmentId,
    task: { id: row.taskId, title: row.taskTitle, category: row.taskCategory, dueAt: row.dueAt },
    team: { id: row.teamId, name: row.teamName, kind: row.teamKind },
    unit: { id: row.unitId, name: row.unitName, kind: row.unitKind, code: row.unitCode },
    state: row.state,
    bucket: row.bucket,
    progress: row.progress,
    targetValue: row.targetValue,
    assignedAt: row.assignedAt,
    acknowledgedAt: row.acknowledgedAt,
    completedAt: row.completedAt,
  };
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  ACK_LATENCY_BINS,
  ACK_LATENCY_BOUNDS_HOURS,
  ASSIGNMENT_STATES,
  type AssignmentGroup,
  type AssignmentState,
  type TaskPart,
} from '@cdt/domain';
import { bucketSql, SqlParams } from '../tasks/task-sql';
import { taskFilterSql, type AssignmentFilter, type RollupUnitRow } from './rollups.repository';

/** Where a group of assignments sits under the unit read: in one of its children's subtrees, or with one of its own teams. */
export interface PlacedAssignmentGroup extends AssignmentGroup {
  place: 'child' | 'team';
  /** The child unit's id, or the own team's id. */
  key: string;
}

/** A group of one task's assignments in one commune's subtree. */
export interface CommuneTaskGroup extends AssignmentGroup {
  communeId: string;
  path: string;
  taskId: string;
}

/** The stored parts of one child's subtree whose tasks' deadlines have passed (or not), summed. */
export interface SummedTaskParts {
  child: string;
  overdue: boolean;
  part: TaskPart;
}

/** A part as its columns store it: arrays in ASSIGNMENT_STATES and latency-bin order. */
interface TaskPartColumns {
  byState: number[];
  doneOnTime: number;
  doneLate: number;
  belowTarget: number;
  ackCount: number;
  ackSeconds: number;
  ackHistogram: number[];
}

function toColumns(part: TaskPart): TaskPartColumns {
  return { ...part, byState: ASSIGNMENT_STATES.map((state) => part.byState[state]) };
}

function fromColumns(columns: TaskPartColumns): TaskPart {
  const byState = Object.fromEntries(
    ASSIGNMENT_STATES.map((state, i) => [state, columns.byState[i] ?? 0]),
  ) as Record<AssignmentState, number>;
  const { doneOnTime, doneLate, belowTarget, ackCount, ackSeconds, ackHistogram } = columns;
  return { byState, doneOnTime, doneLate, belowTarget, ackCount, ackSeconds, ackHistogram };
}

/** `ARRAY[sum(col[1]), …, sum(col[n])]`: an array column summed element by element. */
function summedArray(column: string, length: number): string {
  const sums = Array.from({ length }, (_, i) => `sum(p.${column}[${i + 1}])`);
  return `ARRAY[${sums.join(', ')}]::int[]`;
}

const BOUNDS_SECONDS = ACK_LATENCY_BOUNDS_HOURS.map((hours) => hours * 3600);

/**
 * The per-assignment columns every grouping counts by (alias `a`, task `t`): the bucket at `now`, below target,
 * and the latency in whole seconds between millisecond instants, as the domain's latencySeconds counts it.
 */
function groupColumns(params: SqlParams, now: string): string {
  return `a.state, ${bucketSql(params.add(now))} AS bucket,
          (a.state = 'completed' AND a.target_value IS NOT NULL AND coalesce(a.progress, 0) < a.target_value) AS below,
          CASE WHEN a.acknowledged_at IS NOT NULL THEN greatest(0, round(extract(epoch FROM
            date_trunc('milliseconds', a.acknowledged_at) - date_trunc('milliseconds', a.assigned_at))))
          END AS secs`;
}

/** The counts of a grouping over `g` (latency binned as the domain's latencyBin bins it). */
function groupCounts(params: SqlParams): string {
  return `state, bucket, count(*)::int AS count, (count(*) FILTER (WHERE below))::int AS "belowTarget",
          width_bucket(secs::float8, ${params.add(BOUNDS_SECONDS)}::float8[]) AS "latencyBin",
          coalesce(sum(secs), 0)::float8 AS "latencySeconds"`;
}

/** Filtered dashboards' reads: assignments counted in groups by the database, and the stored commune parts. */
@Injectable()
export class AssignmentGroupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The groups under `unit` of the assignments the filter keeps, at the instant `now`, by child or own team. */
  async under(
    unit: Pick<RollupUnitRow, 'id' | 'path'>,
    filter: AssignmentFilter,
    now: string,
  ): Promise<PlacedAssignmentGroup[]> {
    const params = new SqlParams();
    const unitId = params.add(unit.id);
    const rest = params.add(unit.path.length + 1);
    const pattern = params.add(`${unit.path}%`);
    return this.db.query(
      `WITH g AS (
         SELECT CASE WHEN a.unit_id = ${unitId} THEN 'team' ELSE 'child' END AS place,
                CASE WHEN a.unit_id = ${unitId} THEN a.team_id::text
                     ELSE split_part(substr(a.unit_path, ${rest}), '/', 1) END AS key,
                ${groupColumns(params, now)}
         FROM assignments a JOIN tasks t ON t.id = a.task_id
         WHERE a.unit_path LIKE ${pattern}${taskFilterSql(filter, params)})
       SELECT place, key, ${groupCounts(params)}
       FROM g GROUP BY place, key, state, bucket, "latencyBin"`,
      params.values,
    );
  }

  /** Every commune's assignments (or one commune's) in groups per task, at the instant `now`. */
  async byCommuneTask(
    now: string,
    communePath: string | null,
    manager: EntityManager = this.db.manager,
  ): Promise<CommuneTaskGroup[]> {
    const params = new SqlParams();
    const where = communePath === null ? '' : ` AND a.unit_path LIKE ${params.add(`${communePath}%`)}`;
    return manager.query(
      `WITH g AS (
         SELECT c.id AS "communeId", c.path, a.task_id AS "taskId", ${groupColumns(params, now)}
         FROM assignments a JOIN tasks t ON t.id = a.task_id
         JOIN units u ON u.id = a.unit_id
         JOIN units c ON c.id = CASE WHEN u.kind = 'commune' THEN u.id ELSE u.parent_id END
         WHERE c.kind = 'commune'${where})
       SELECT "communeId", path, "taskId", ${groupCounts(params)}
       FROM g GROUP BY "communeId", path, "taskId", state, bucket, "latencyBin"`,
      params.values,
    );
  }

  /** Replaces the stored parts of these communes (all of them when `communeIds` is null) with `rows`. */
  async replaceCommuneParts(
    manager: EntityManager,
    communeIds: readonly string[] | null,
    rows: readonly { communeId: string; path: string; taskId: string; part: TaskPart }[],
    now: string,
  ): Promise<void> {
    if (communeIds === null) await manager.query(`DELETE FROM commune_task_parts`);
    else
      await manager.query(`DELETE FROM commune_task_parts WHERE commune_id = ANY($1::uuid[])`, [communeIds]);
    // In slices, so the nightly rewrite of every commune stays within a statement's parameter size.
    for (let start = 0; start < rows.length; start += 5000) {
      const slice = rows
        .slice(start, start + 5000)
        .map(({ part, ...row }) => ({ ...row, ...toColumns(part) }));
      await manager.query(
        `INSERT INTO commune_task_parts (commune_id, task_id, path, by_state, done_on_time, done_late, below_target,
                                         ack_count, ack_seconds, ack_histogram, computed_at)
         SELECT r."communeId", r."taskId", r.path, r."byState", r."doneOnTime", r."doneLate", r."belowTarget",
                r."ackCount", r."ackSeconds", r."ackHistogram", $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS r("communeId" uuid, "taskId" uuid, path text, "byState" int[],
              "doneOnTime" int, "doneLate" int, "belowTarget" int, "ackCount" int, "ackSeconds" float8,
              "ackHistogram" int[])`,
        [JSON.stringify(slice), now],
      );
    }
  }

  /**
   * The stored parts of the communes under `unit` whose task the filter keeps, summed by the database per child
   * of `unit` and by whether the task's deadline had passed at `now` (open assignments count overdue then).
   */
  async partsUnder(
    unit: Pick<RollupUnitRow, 'path'>,
    filter: AssignmentFilter,
    now: string,
  ): Promise<SummedTaskParts[]> {
    const params = new SqlParams();
    const rest = params.add(unit.path.length + 1);
    const overdue = `${params.add(now)}::timestamptz > t.due_at`;
    const pattern = params.add(`${unit.path}%`);
    const rows: (TaskPartColumns & { child: string; overdue: boolean })[] = await this.db.query(
      `SELECT split_part(substr(p.path, ${rest}), '/', 1) AS child, ${overdue} AS overdue,
              ${summedArray('by_state', ASSIGNMENT_STATES.length)} AS "byState",
              sum(p.done_on_time)::int AS "doneOnTime", sum(p.done_late)::int AS "doneLate",
              sum(p.below_target)::int AS "belowTarget", sum(p.ack_count)::int AS "ackCount",
              sum(p.ack_seconds)::float8 AS "ackSeconds",
              ${summedArray('ack_histogram', ACK_LATENCY_BINS)} AS "ackHistogram"
       FROM commune_task_parts p JOIN tasks t ON t.id = p.task_id
       WHERE p.path LIKE ${pattern}${taskFilterSql(filter, params)}
       GROUP BY 1, 2`,
      params.values,
    );
    return rows.map(({ child, overdue: late, ...columns }) => ({
      child,
      overdue: late,
      part: fromColumns(columns),
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  Assignment,
  AssignmentBucket,
  AssignmentState,
  MembershipRole,
  NewAssignment,
  TaskCategory,
  TaskPriority,
  TaskStatus,
  TaskTargetPerTeam,
  TeamKind,
  TimelineAction,
  TimelineEntry,
  UnitKind,
} from '@cdt/domain';
import { SqlParams, bucketSql, visibleSql, type AssignmentVisibility } from './task-sql';

/** An assignment with its task, team and units, and the caller's role in the team. */
export interface AssignmentRow {
  id: string;
  taskId: string;
  teamId: string;
  unitId: string;
  unitPath: string;
  state: AssignmentState;
  progress: number | null;
  targetValue: number | null;
  note: string | null;
  assignedAt: Date;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  declineReason: string | null;
  lastNudgedAt: Date | null;
  lastChangedAt: Date;
  taskTitle: string;
  taskCategory: TaskCategory;
  taskPriority: TaskPriority;
  taskStatus: TaskStatus;
  dueAt: Date;
  targetPerTeam: TaskTargetPerTeam | null;
  issuerUnitId: string;
  issuerUnitName: string;
  issuerUnitKind: UnitKind;
  issuerUnitPath: string;
  /** The task's author (a declined assignment is reported to them). */
  createdById: string;
  teamName: string;
  teamKind: TeamKind;
  unitName: string;
  unitKind: UnitKind;
  parentUnitId: string | null;
  parentUnitName: string | null;
  parentUnitKind: UnitKind | null;
  myRole: MembershipRole | null;
}

export interface TimelineRow {
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: TimelineAction;
  from: AssignmentState | null;
  to: AssignmentState;
  note: string | null;
  progress: number | null;
}

/** An assignment as cancelling, nudging and reminders need it (no joins beyond the team). */
export interface TaskAssignmentRow extends Assignment {
  unitPath: string;
  lastNudgedAt: Date | null;
  teamName: string;
  /** The team's commune: its own unit for a commune team, the village's parent for a village team. */
  communeId: string | null;
}

export interface InboxFilter {
  teamIds: readonly string[];
  teamId?: string;
  taskId?: string;
  states: AssignmentState[];
  buckets?: AssignmentBucket[];
  now: string;
  limit: number;
  after: { dueAt: string; id: string } | null;
}

export interface MatrixFilter {
  visibility: AssignmentVisibility;
  subtreePath?: string;
  buckets?: AssignmentBucket[];
  states?: AssignmentState[];
  teamKind?: TeamKind;
  /** Folded search text, matched against the team's unit and the unit above it. */
  q?: string;
  now: string;
}

export interface MatrixRow extends Omit<AssignmentRow, 'myRole'> {
  bucket: AssignmentBucket;
}

export interface TaskCountRow {
  state: AssignmentState;
  bucket: AssignmentBucket;
  n: number;
  belowTarget: number;
}

/** The assignment columns; `userParam` names the caller for their team role, `extra` adds leading columns. */
function selectAssignment(userParam: string | null, extra = ''): string {
  const myRole =
    userParam === null
      ? 'NULL'
      : `(SELECT m.role FROM memberships m
           WHERE m.team_id = a.team_id AND m.user_id = ${userParam}::uuid AND m.status = 'active')`;
  return `
  SELECT ${extra} a.id, a.task_id AS "taskId", a.team_id AS "teamId", a.unit_id AS "unitId", a.unit_path AS "unitPath",
         a.state, a.progress, a.target_value AS "targetValue", a.note, a.assigned_at AS "assignedAt",
         a.acknowledged_at AS "acknowledgedAt", a.completed_at AS "completedAt",
         a.declined_reason AS "declineReason", a.last_nudged_at AS "lastNudgedAt", a.updated_at AS "lastChangedAt",
         t.title AS "taskTitle", t.category AS "taskCategory", t.priority AS "taskPriority",
         t.status AS "taskStatus", t.due_at AS "dueAt", t.target_per_team AS "targetPerTeam",
         t.issuer_unit_id AS "issuerUnitId", iu.name AS "issuerUnitName", iu.kind AS "issuerUnitKind",
         iu.path AS "issuerUnitPath", t.created_by AS "createdById", tm.name AS "teamName", tm.kind AS "teamKind",
         u.name AS "unitName", u.kind AS "unitKind", pu.id AS "parentUnitId", pu.name AS "parentUnitName",
         pu.kind AS "parentUnitKind", ${myRole} AS "myRole"
  FROM assignments a
  JOIN tasks t ON t.id = a.task_id
  JOIN units iu ON iu.id = t.issuer_unit_id
  JOIN teams tm ON tm.id = a.team_id
  JOIN units u ON u.id = a.unit_id
  LEFT JOIN units pu ON pu.id = u.parent_id`;
}

const SELECT_TASK_ASSIGNMENT = `
  SELECT a.id, a.task_id AS "taskId", a.team_id AS "teamId", a.unit_id AS "teamUnitId", a.unit_path AS "unitPath",
         a.state, a.progress, a.target_value AS "targetValue", a.assigned_at AS "assignedAt",
         a.acknowledged_at AS "acknowledgedAt", a.completed_at AS "completedAt",
         a.declined_reason AS "declineReason", a.updated_at AS "lastChangedAt", a.last_nudged_at AS "lastNudgedAt",
         tm.name AS "teamName", CASE WHEN u.kind = 'commune' THEN u.id ELSE u.parent_id END AS "communeId"
  FROM assignments a JOIN teams tm ON tm.id = a.team_id JOIN units u ON u.id = a.unit_id`;

/** The only place with SQL for assignments and their timelines; fan-outs are single set-based statements. */
@Injectable()
export class AssignmentsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One assignment as `userId` sees it. */
  async findById(id: string, userId: string): Promise<AssignmentRow | null> {
    const rows: AssignmentRow[] = await this.db.query(`${selectAssignment('$2')} WHERE a.id = $1`, [
      id,
      userId,
    ]);
    return rows[0] ?? null;
  }

  /**
   * The assignment before an action: with the last timeline step's number (the version the action builds on)
   * and whether this client action id was already stored (a retried offline action), in one query.
   */
  async findForAction(
    id: string,
    userId: string,
    clientActionId: string | null,
  ): Promise<(AssignmentRow & { lastSeq: number; duplicate: boolean }) | null> {
    const extra = `(SELECT max(e.seq) FROM assignment_timeline e WHERE e.assignment_id = a.id) AS "lastSeq",
      EXISTS (SELECT 1 FROM assignment_timeline e WHERE e.assignment_id = a.id AND e.client_action_id = $3)
        AS duplicate,`;
    const rows: (AssignmentRow & { lastSeq: number; duplicate: boolean })[] = await this.db.query(
      `${selectAssignment('$2', extra)} WHERE a.id = $1`,
      [id, userId, clientActionId],
    );
    return rows[0] ?? null;
  }

  /** The inbox: assignments of the given teams, soonest deadline first. */
  async inbox(filter: InboxFilter, userId: string): Promise<AssignmentRow[]> {
    const params = new SqlParams();
    const select = selectAssignment(params.add(userId));
    const where = [
      `a.team_id = ANY(${params.add(filter.teamIds)}::uuid[])`,
      `a.state = ANY(${params.add(filter.states)}::varchar[])`,
      `t.status <> 'draft'`,
    ];
    if (filter.teamId) where.push(`a.team_id = ${params.add(filter.teamId)}`);
    if (filter.taskId) where.push(`a.task_id = ${params.add(filter.taskId)}`);
    if (filter.buckets?.length) {
      where.push(`(${bucketSql(params.add(filter.now))}) = ANY(${params.add(filter.buckets)}::text[])`);
    }
    if (filter.after) {
      where.push(
        `(t.due_at, a.id) > (${params.add(filter.after.dueAt)}::timestamptz, ${params.add(filter.after.id)}::uuid)`,
      );
    }
    return this.db.query(
      `${select} WHERE ${where.join(' AND ')} ORDER BY t.due_at, a.id LIMIT ${params.add(filter.limit)}`,
      params.values,
    );
  }

  async timelineOf(assignmentId: string): Promise<TimelineRow[]> {
    return this.db.query(
      `SELECT e.at, e.actor_id AS "actorId", u.full_name AS "actorName", e.action, e.from_state AS "from",
              e.to_state AS "to", e.note, e.progress
       FROM assignment_timeline e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.assignment_id = $1 ORDER BY e.seq`,
      [assignmentId],
    );
  }

  /**
   * Stores one step in one statement, as the step after `expectedSeq`: the timeline's (assignment, seq) key is
   * the version, so a step computed from a state that another step has since changed inserts nothing, and so
   * does a client action id stored before (its unique key). The row lock orders it after a cancel in progress;
   * a task no longer published takes no step. False, with nothing written, in all those cases.
   */
  async saveStep(
    assignment: Assignment,
    entry: TimelineEntry,
    clientActionId: string | null,
    expectedSeq: number,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    // A statement ending in UPDATE answers [rows, count] through TypeORM.
    const [, updated]: [unknown[], number] = await manager.query(
      `WITH target AS (
         SELECT a.id FROM assignments a JOIN tasks t ON t.id = a.task_id
         WHERE a.id = $1 AND t.status = 'published' FOR UPDATE OF a
       ), entry AS (
         INSERT INTO assignment_timeline (assignment_id, seq, at, actor_id, action, from_state, to_state, note,
                                          progress, client_action_id)
         SELECT target.id, $15::int + 1, $2, $3, $4, $5, $6, $7, $8, $9 FROM target
         ON CONFLICT DO NOTHING
         RETURNING seq
       )
       UPDATE assignments SET state = $6, progress = $10, acknowledged_at = $11, completed_at = $12,
              declined_reason = $13, updated_at = $14, note = coalesce($7, note)
       WHERE id = $1 AND EXISTS (SELECT 1 FROM entry)`,
      [
        assignment.id,
        entry.at,
        entry.actorId,
        entry.action,
        entry.from,
        entry.to,
        entry.note,
        entry.progress,
        clientActionId,
        assignment.progress,
        assignment.acknowledgedAt,
        assignment.completedAt,
        assignment.declineReason,
        assignment.lastChangedAt,
        expectedSeq,
      ],
    );
    return updated > 0;
  }

  /**
   * Publishing's fan-out in one statement: the assignments (a team already holding one for the task is skipped
   * by the unique (task, team) key), their first timeline entry, and the unit path copied for subtree filters.
   */
  async insertPublished(
    manager: EntityManager,
    assignments: readonly NewAssignment[],
    entry: TimelineEntry,
  ): Promise<{ id: string; teamId: string; unitPath: string }[]> {
    if (assignments.length === 0) return [];
    const col = <T>(pick: (a: NewAssignment) => T) => assignments.map(pick);
    return manager.query(
      `WITH inserted AS (
         INSERT INTO assignments (task_id, team_id, unit_id, unit_path, state, target_value, assigned_at, updated_at)
         SELECT x.task_id, x.team_id, x.unit_id, u.path, x.state, x.target_value, x.assigned_at, x.updated_at
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::int[], $6::timestamptz[],
                     $7::timestamptz[]) AS x(task_id, team_id, unit_id, state, target_value, assigned_at, updated_at)
         JOIN units u ON u.id = x.unit_id
         ON CONFLICT ON CONSTRAINT assignments_task_team_key DO NOTHING
         RETURNING id, team_id, unit_path
       ), timeline AS (
         INSERT INTO assignment_timeline (assignment_id, seq, at, actor_id, action, from_state, to_state)
         SELECT id, 0, $8, $9, $10, $11, $12 FROM inserted
       )
       SELECT id, team_id AS "teamId", unit_path AS "unitPath" FROM inserted`,
      [
        col((a) => a.taskId),
        col((a) => a.teamId),
        col((a) => a.teamUnitId),
        col((a) => a.state),
        col((a) => a.targetValue),
        col((a) => a.assignedAt),
        col((a) => a.lastChangedAt),
        entry.at,
        entry.actorId,
        entry.action,
        entry.from,
        entry.to,
      ],
    );
  }

  /** Every assignment of a task; `lock` holds them while cancelling or nudging. */
  async ofTask(
    taskId: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<TaskAssignmentRow[]> {
    const rows: (Omit<TaskAssignmentRow, keyof DateFields> & DateRow)[] = await manager.query(
      `${SELECT_TASK_ASSIGNMENT} WHERE a.task_id = $1 ORDER BY a.id ${lock ? 'FOR UPDATE OF a' : ''}`,
      [taskId],
    );
    return rows.map(withIsoDates);
  }

  /** Cancelled assignments and their timeline entries, in two statements however many there are. */
  async saveCancelled(
    manager: EntityManager,
    cancelled: readonly { assignment: Assignment; entry: TimelineEntry }[],
  ): Promise<void> {
    if (cancelled.length === 0) return;
    const ids = cancelled.map((c) => c.assignment.id);
    await manager.query(
      `UPDATE assignments a SET state = x.state, updated_at = x.at
       FROM unnest($1::uuid[], $2::varchar[], $3::timestamptz[]) AS x(id, state, at) WHERE a.id = x.id`,
      [ids, cancelled.map((c) => c.assignment.state), cancelled.map((c) => c.assignment.lastChangedAt)],
    );
    await manager.query(
      `INSERT INTO assignment_timeline (assignment_id, seq, at, actor_id, action, from_state, to_state, note,
                                        progress)
       SELECT x.id, (SELECT coalesce(max(e.seq), -1) + 1 FROM assignment_timeline e WHERE e.assignment_id = x.id),
              x.at, x.actor_id, x.action, x.from_state, x.to_state, x.note, x.progress
       FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[],
                   $7::text[], $8::int[]) AS x(id, at, actor_id, action, from_state, to_state, note, progress)`,
      [
        ids,
        cancelled.map((c) => c.entry.at),
        cancelled.map((c) => c.entry.actorId),
        cancelled.map((c) => c.entry.action),
        cancelled.map((c) => c.entry.from),
        cancelled.map((c) => c.entry.to),
        cancelled.map((c) => c.entry.note),
        cancelled.map((c) => c.entry.progress),
      ],
    );
  }

  async markNudged(manager: EntityManager, assignmentIds: readonly string[], at: string): Promise<void> {
    if (assignmentIds.length === 0) return;
    await manager.query(`UPDATE assignments SET last_nudged_at = $2 WHERE id = ANY($1::uuid[])`, [
      assignmentIds,
      at,
    ]);
  }

  /** Counts per state and bucket of the assignments of a task the caller sees. */
  async counts(taskId: string, visibility: AssignmentVisibility, now: string): Promise<TaskCountRow[]> {
    const params = new SqlParams();
    const task = params.add(taskId);
    const visible = visibleSql('a', visibility, params);
    const bucket = bucketSql(params.add(now));
    return this.db.query(
      `SELECT a.state, ${bucket} AS bucket, count(*)::int AS n,
              count(*) FILTER (WHERE a.state = 'completed' AND a.target_value IS NOT NULL
                                 AND coalesce(a.progress, 0) < a.target_value)::int AS "belowTarget"
       FROM assignments a JOIN tasks t ON t.id = a.task_id
       WHERE a.task_id = ${task} AND ${visible}
       GROUP BY 1, 2`,
      params.values,
    );
  }

  /** A page of the task's matrix (teams grouped by commune) and the bucket counts over every matching row. */
  async matrix(
    taskId: string,
    filter: MatrixFilter,
    page: { limit: number; offset: number },
  ): Promise<{ rows: MatrixRow[]; counts: { bucket: AssignmentBucket; n: number }[] }> {
    const params = new SqlParams();
    const bucket = bucketSql(params.add(filter.now));
    const where = [`a.task_id = ${params.add(taskId)}`, visibleSql('a', filter.visibility, params)];
    if (filter.subtreePath) where.push(`a.unit_path LIKE ${params.add(`${filter.subtreePath}%`)}`);
    if (filter.states?.length) where.push(`a.state = ANY(${params.add(filter.states)}::varchar[])`);
    if (filter.teamKind) where.push(`tm.kind = ${params.add(filter.teamKind)}`);
    if (filter.q) {
      const q = params.add(`%${filter.q}%`);
      where.push(`(u.name_search LIKE ${q} OR pu.name_search LIKE ${q})`);
    }
    if (filter.buckets?.length) where.push(`(${bucket}) = ANY(${params.add(filter.buckets)}::text[])`);
    const base = `${selectAssignment(null, `(${bucket}) AS bucket,`)} WHERE ${where.join(' AND ')}`;
    const countValues = [...params.values];
    const counts: { bucket: AssignmentBucket; n: number }[] = await this.db.query(
      `SELECT bucket, count(*)::int AS n FROM (${base}) r GROUP BY bucket`,
      countValues,
    );
    const limit = params.add(page.limit);
    const offset = params.add(page.offset);
    const rows: MatrixRow[] = await this.db.query(
      `SELECT * FROM (${base}) r
       ORDER BY CASE WHEN r."teamKind" = 'commune' THEN r."unitName" ELSE r."parentUnitName" END,
                r."teamKind", r."unitName", r.id
       LIMIT ${limit} OFFSET ${offset}`,
      params.values,
    );
    return { rows, counts };
  }
}

type DateFields = Pick<TaskAssignmentRow, 'assignedAt' | 'acknowledgedAt' | 'completedAt' | 'lastChangedAt'>;
interface DateRow {
  assignedAt: Date;
  acknowledgedAt: Date | null;
  completedAt: Date | null;
  lastChangedAt: Date;
}

function withIsoDates(row: Omit<TaskAssignmentRow, keyof DateFields> & DateRow): TaskAssignmentRow {
  return {
    ...row,
    assignedAt: row.assignedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    lastChangedAt: row.lastChangedAt.toISOString(),
  };
}

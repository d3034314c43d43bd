import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  foldForSearch,
  type ReminderPolicy,
  type Task,
  type TaskCategory,
  type TaskLink,
  type TaskPriority,
  type TaskStatus,
  type TaskTarget,
  type TaskTargetPerTeam,
  type TargetTeam,
  type TargetUnit,
  type UnitKind,
} from '@cdt/domain';
import { SqlParams, visibleSql, type AssignmentVisibility } from './task-sql';

/** A task with its issuing unit and author, as the API reads it. */
export interface TaskRow {
  id: string;
  issuerUnitId: string;
  createdById: string;
  title: string;
  description: string;
  category: TaskCategory;
  priority: TaskPriority;
  status: TaskStatus;
  dueAt: Date;
  target: TaskTarget;
  targetPerTeam: TaskTargetPerTeam | null;
  links: TaskLink[];
  reminderPolicy: ReminderPolicy;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  cancelledAt: Date | null;
  cancelReason: string | null;
  closedAt: Date | null;
  closeNote: string | null;
  issuerUnitName: string;
  issuerUnitKind: UnitKind;
  issuerUnitPath: string;
  createdByName: string;
}

export interface TaskListFilter {
  visibility: AssignmentVisibility;
  issuerUnitId?: string;
  /** Tasks with at least one assignment in this subtree. */
  subtreePath?: string;
  statuses?: TaskStatus[];
  category?: TaskCategory;
  priority?: TaskPriority;
  dueFrom?: string;
  dueTo?: string;
  /** Folded search text. */
  q?: string;
  limit: number;
  /** The (dueAt, id) of the last task of the previous page. */
  after: { dueAt: string; id: string } | null;
}

const SELECT_TASK = `
  SELECT t.id, t.issuer_unit_id AS "issuerUnitId", t.created_by AS "createdById", t.title, t.description,
         t.category, t.priority, t.status, t.due_at AS "dueAt", t.target, t.target_per_team AS "targetPerTeam",
         t.links, t.reminder_policy AS "reminderPolicy", t.created_at AS "createdAt", t.updated_at AS "updatedAt",
         t.published_at AS "publishedAt", t.cancelled_at AS "cancelledAt", t.cancel_reason AS "cancelReason",
         t.closed_at AS "closedAt", t.close_note AS "closeNote", iu.name AS "issuerUnitName", iu.kind AS "issuerUnitKind",
         iu.path AS "issuerUnitPath", cu.full_name AS "createdByName"
  FROM tasks t
  JOIN units iu ON iu.id = t.issuer_unit_id
  JOIN users cu ON cu.id = t.created_by`;

/** The only place with SQL for tasks, and for the units and teams a target is resolved against. */
@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One task; `lock` serialises the changes of one task (publish, edit, cancel, nudge). */
  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<TaskRow | null> {
    const rows: TaskRow[] = await manager.query(
      `${SELECT_TASK} WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Tasks the caller sees (issued within their grants, or reaching a visible assignment), soonest due first. */
  async list(filter: TaskListFilter): Promise<(TaskRow & { assignmentCount: number })[]> {
    const params = new SqlParams();
    const issuerScope = params.add(filter.visibility.scopePaths.map((path) => `${path}%`));
    const visible = visibleSql('a', filter.visibility, params);
    const where = [
      `(iu.path LIKE ANY(${issuerScope}::text[])
        OR (t.status <> 'draft' AND EXISTS (SELECT 1 FROM assignments a WHERE a.task_id = t.id AND ${visible})))`,
    ];
    if (filter.issuerUnitId) where.push(`t.issuer_unit_id = ${params.add(filter.issuerUnitId)}`);
    if (filter.subtreePath) {
      where.push(
        `EXISTS (SELECT 1 FROM assignments s WHERE s.task_id = t.id AND s.unit_path LIKE ${params.add(`${filter.subtreePath}%`)})`,
      );
    }
    if (filter.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::varchar[])`);
    if (filter.category) where.push(`t.category = ${params.add(filter.category)}`);
    if (filter.priority) where.push(`t.priority = ${params.add(filter.priority)}`);
    if (filter.dueFrom) where.push(`t.due_at >= ${params.add(filter.dueFrom)}::timestamptz`);
    if (filter.dueTo) where.push(`t.due_at <= ${params.add(filter.dueTo)}::timestamptz`);
    if (filter.q) where.push(`t.title_search LIKE ${params.add(`%${filter.q}%`)}`);
    if (filter.after) {
      where.push(
        `(t.due_at, t.id) > (${params.add(filter.after.dueAt)}::timestamptz, ${params.add(filter.after.id)}::uuid)`,
      );
    }
    const limit = params.add(filter.limit);
    return this.db.query(
      `SELECT task.*, (SELECT count(*)::int FROM assignments a WHERE a.task_id = task.id AND ${visible})
                AS "assignmentCount"
       FROM (${SELECT_TASK} WHERE ${where.join(' AND ')} ORDER BY t.due_at, t.id LIMIT ${limit}) task
       ORDER BY task."dueAt", task.id`,
      params.values,
    );
  }

  /** Published tasks due after the instant (whose reminders may still be ahead). */
  async publishedDueAfter(at: string): Promise<TaskRow[]> {
    return this.db.query(`${SELECT_TASK} WHERE t.status = 'published' AND t.due_at > $1 ORDER BY t.due_at`, [
      at,
    ]);
  }

  async insert(manager: EntityManager, task: Task): Promise<void> {
    await manager.query(
      `INSERT INTO tasks (id, issuer_unit_id, created_by, title, title_search, description, category, priority,
                          status, due_at, target, target_per_team, links, reminder_policy, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)`,
      [
        task.id,
        task.issuerUnitId,
        task.createdById,
        task.title,
        foldForSearch(task.title),
        task.description,
        task.category,
        task.priority,
        task.status,
        task.dueAt,
        JSON.stringify(task.target),
        task.targetPerTeam === null ? null : JSON.stringify(task.targetPerTeam),
        JSON.stringify(task.links),
        JSON.stringify(task.reminderPolicy),
        task.createdAt,
      ],
    );
  }

  /** Writes every field the domain may change (edits, publishing, cancelling, closing). */
  async save(manager: EntityManager, task: Task): Promise<void> {
    await manager.query(
      `UPDATE tasks SET title = $2, title_search = $3, description = $4, category = $5, priority = $6, status = $7,
              due_at = $8, target = $9, target_per_team = $10, links = $11, reminder_policy = $12, updated_at = $13,
              published_at = $14, cancelled_at = $15, cancel_reason = $16, closed_at = $17,
              close_note = $18
       WHERE id = $1`,
      [
        task.id,
        task.title,
        foldForSearch(task.title),
        task.description,
        task.category,
        task.priority,
        task.status,
        task.dueAt,
        JSON.stringify(task.target),
        task.targetPerTeam === null ? null : JSON.stringify(task.targetPerTeam),
        JSON.stringify(task.links),
        JSON.stringify(task.reminderPolicy),
        task.updatedAt,
        task.publishedAt,
        task.cancelledAt,
        task.cancelReason,
        task.closedAt,
        task.closeNote,
      ],
    );
  }

  /** The units of a subtree with their parent links (the target walk counts no levels). */
  async unitsOfSubtree(path: string, manager: EntityManager = this.db.manager): Promise<TargetUnit[]> {
    return manager.query(
      `SELECT id, parent_id AS "parentId" FROM units WHERE path LIKE $1 ORDER BY name_search, id`,
      [`${path}%`],
    );
  }

  /** Active teams whose unit lies in the subtree. */
  async activeTeamsOfSubtree(path: string, manager: EntityManager = this.db.manager): Promise<TargetTeam[]> {
    return manager.query(
      `SELECT t.id, t.unit_id AS "unitId", t.kind, t.status FROM teams t JOIN units u ON u.id = t.unit_id
       WHERE u.path LIKE $1 AND t.status = 'active'`,
      [`${path}%`],
    );
  }

  /** The listed teams wherever they are and whatever their status (the domain says why it refuses some). */
  async teamsByIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<TargetTeam[]> {
    if (ids.length === 0) return [];
    return manager.query(
      `SELECT id, unit_id AS "unitId", kind, status FROM teams WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What a hub message in a channel says about its task: enough for the typed system payload. */
export interface TaskRef {
  taskId: string;
  taskTitle: string;
  dueAt: Date;
  issuerUnitId: string;
  issuerUnitName: string;
}

/** Reads task references (the tasks context owns the table; channels only quote a task). */
@Injectable()
export class TaskRefsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The task by its id, or by the id of one of its assignments. */
  async find(id: string): Promise<TaskRef | null> {
    const rows: TaskRef[] = await this.db.query(
      `SELECT t.id AS "taskId", t.title AS "taskTitle", t.due_at AS "dueAt",
              t.issuer_unit_id AS "issuerUnitId", u.name AS "issuerUnitName"
       FROM tasks t JOIN units u ON u.id = t.issuer_unit_id
       WHERE t.id = $1 OR t.id = (SELECT a.task_id FROM assignments a WHERE a.id = $1)
       LIMIT 1`,
      [id],
    );
    return rows[0] ?? null;
  }
}

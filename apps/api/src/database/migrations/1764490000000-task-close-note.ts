import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 4: the issuer's note when closing a task is kept and shown on the closed task's page. */
export class TaskCloseNote1764490000000 implements MigrationInterface {
  name = 'TaskCloseNote1764490000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks ADD COLUMN close_note text`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tasks DROP COLUMN close_note`);
  }
}

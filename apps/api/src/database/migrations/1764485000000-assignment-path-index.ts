import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6: the dashboard's drill-down counts and pages a subtree's assignments by path prefix, across all
 * tasks. The (task_id, unit_path) index serves one task only; without this one a province's count is a
 * sequential scan of every assignment in the country (290 ms at 1,000,000 assignments). The included
 * columns are what the count, the state and bucket filters and the page's keys read: index-only scans, no
 * heap visit for the tens of thousands of rows under a province.
 */
export class AssignmentPathIndex1764485000000 implements MigrationInterface {
  name = 'AssignmentPathIndex1764485000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX assignments_path_idx ON assignments (unit_path) INCLUDE (id, task_id, state, completed_at)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignments_path_idx`);
  }
}

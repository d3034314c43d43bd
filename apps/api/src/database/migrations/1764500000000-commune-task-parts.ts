import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 6: a dashboard filtered by task, category or period recounted every assignment under a province
 * (100–460 ms at 1,000,000 assignments). Each commune's assignments, counted per task, are now kept by the
 * commune's rollup job, so a filtered province or district sums these rows instead. Plain integer columns (the
 * states in ASSIGNMENT_STATES order, the latency bins in order), so the database sums them per child unit.
 */
export class CommuneTaskParts1764500000000 implements MigrationInterface {
  name = 'CommuneTaskParts1764500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE commune_task_parts (
         commune_id uuid NOT NULL,
         task_id uuid NOT NULL,
         path text NOT NULL,
         by_state integer[] NOT NULL,
         done_on_time integer NOT NULL,
         done_late integer NOT NULL,
         below_target integer NOT NULL,
         ack_count integer NOT NULL,
         ack_seconds double precision NOT NULL,
         ack_histogram integer[] NOT NULL,
         computed_at timestamptz NOT NULL,
         PRIMARY KEY (commune_id, task_id),
         CONSTRAINT commune_task_parts_commune_id_fkey FOREIGN KEY (commune_id) REFERENCES units(id) ON DELETE CASCADE,
         CONSTRAINT commune_task_parts_task_id_fkey FOREIGN KEY (task_id) REFERENCES tasks(id) ON DELETE CASCADE
       )`,
    );
    await q.query(`CREATE INDEX commune_task_parts_path_idx ON commune_task_parts (path)`);
    await q.query(`CREATE INDEX commune_task_parts_task_idx ON commune_task_parts (task_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE commune_task_parts`);
  }
}

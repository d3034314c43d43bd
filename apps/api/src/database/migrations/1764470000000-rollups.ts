import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 6: stored rollups per unit and per team, daily snapshots for trends, unit boundaries for the map. */
export class Rollups1764470000000 implements MigrationInterface {
  name = 'Rollups1764470000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE unit_rollups (
        unit_id uuid PRIMARY KEY,
        figures jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        CONSTRAINT unit_rollups_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE team_rollups (
        team_id uuid PRIMARY KEY,
        unit_id uuid NOT NULL,
        figures jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        CONSTRAINT team_rollups_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams(id) ON DELETE CASCADE,
        CONSTRAINT team_rollups_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units(id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX team_rollups_unit_idx ON team_rollups (unit_id)`);
    await q.query(`
      CREATE TABLE rollup_snapshots (
        unit_id uuid NOT NULL,
        day date NOT NULL,
        figures jsonb NOT NULL,
        taken_at timestamptz NOT NULL,
        PRIMARY KEY (unit_id, day),
        CONSTRAINT rollup_snapshots_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units(id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE unit_boundaries (
        unit_id uuid PRIMARY KEY,
        geometry jsonb NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT unit_boundaries_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES units(id) ON DELETE CASCADE
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE unit_boundaries`);
    await q.query(`DROP TABLE rollup_snapshots`);
    await q.query(`DROP TABLE team_rollups`);
    await q.query(`DROP TABLE unit_rollups`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764390000000 implements MigrationInterface {
  name = 'Foundation1764390000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(10),
        name text NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('province','district','commune','village')),
        parent_id uuid REFERENCES units(id) ON DELETE RESTRICT,
        path text COLLATE "C" NOT NULL,
        name_search text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT units_root_is_province CHECK ((parent_id IS NULL) = (kind = 'province'))
      )`);
    await q.query(`CREATE UNIQUE INDEX units_code_key ON units (code) WHERE code IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX units_path_key ON units (path)`);
    await q.query(`CREATE INDEX units_parent_idx ON units (parent_id)`);
    // Villages have no code: one name per commune keeps the CSV import idempotent.
    await q.query(
      `CREATE UNIQUE INDEX units_village_name_key ON units (parent_id, name_search) WHERE code IS NULL`,
    );
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username varchar(50) NOT NULL,
        phone varchar(15),
        full_name text NOT NULL,
        password_hash text,
        disabled boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`);
    await q.query(`CREATE UNIQUE INDEX users_phone_key ON users (phone) WHERE phone IS NOT NULL`);
    await q.query(`
      CREATE TABLE grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        role varchar(32) NOT NULL
          CHECK (role IN ('admin','province_steering','district_steering','commune_chair','viewer')),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT grants_user_unit_role_key UNIQUE (user_id, unit_id, role)
      )`);
    await q.query(`CREATE INDEX grants_unit_idx ON grants (unit_id)`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        revoked_at timestamptz,
        revoked_reason varchar(32),
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id)`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
    await q.query(`CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP TABLE grants`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE units`);
  }
}

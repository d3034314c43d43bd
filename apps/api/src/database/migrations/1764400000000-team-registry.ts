import type { MigrationInterface, QueryRunner } from 'typeorm';

const ROLES = `'leader','deputy','member','collaborator'`;
const SLOTS = `'commune_leadership','youth_union','womens_union','admin_reform_officer','culture_social_or_police',
  'village_head','village_youth_secretary',
  'police','union_official','teacher','health_worker','telecom_it_staff','resident','student'`;

/** Issue 3: teams with their history, memberships, join/leave requests with their history, officials' positions. */
export class TeamRegistry1764400000000 implements MigrationInterface {
  name = 'TeamRegistry1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        kind varchar(16) NOT NULL,
        name text NOT NULL,
        status varchar(16) NOT NULL,
        decision_number varchar(60),
        decision_signed_on date,
        decision_signer_name text,
        decision_signer_id uuid REFERENCES users(id) ON DELETE SET NULL,
        activated_on date,
        dissolved_on date,
        dissolution_reason text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT teams_kind_check CHECK (kind IN ('commune','village')),
        CONSTRAINT teams_status_check CHECK (status IN ('proposed','active','dissolved')),
        CONSTRAINT teams_decision_complete CHECK (
          (decision_number IS NULL) = (decision_signed_on IS NULL)
          AND (decision_number IS NULL) = (decision_signer_name IS NULL)),
        CONSTRAINT teams_status_dates CHECK (
          (status <> 'active' OR activated_on IS NOT NULL)
          AND (status <> 'dissolved' OR (dissolved_on IS NOT NULL AND dissolution_reason IS NOT NULL)))
      )`);
    // At most one live (proposed or active) team of each kind per unit; dissolved teams stay as history.
    await q.query(
      `CREATE UNIQUE INDEX teams_unit_kind_live_key ON teams (unit_id, kind) WHERE status <> 'dissolved'`,
    );
    await q.query(`CREATE INDEX teams_unit_idx ON teams (unit_id)`);
    await q.query(`
      CREATE TABLE team_history (
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        action varchar(16) NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        at timestamptz NOT NULL,
        note text,
        status varchar(16) NOT NULL,
        PRIMARY KEY (team_id, seq),
        CONSTRAINT team_history_action_check CHECK (action IN ('propose','establish','activate','dissolve'))
      )`);
    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        role varchar(16) NOT NULL,
        slot varchar(32),
        status varchar(16) NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        end_reason text,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT memberships_role_check CHECK (role IN (${ROLES})),
        CONSTRAINT memberships_slot_check CHECK (slot IS NULL OR slot IN (${SLOTS})),
        CONSTRAINT memberships_status_check CHECK (status IN ('active','ended')),
        CONSTRAINT memberships_ended_check CHECK ((status = 'active') = (ended_on IS NULL)),
        CONSTRAINT memberships_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX memberships_active_person_key ON memberships (team_id, user_id) WHERE status = 'active'`,
    );
    await q.query(`CREATE INDEX memberships_team_idx ON memberships (team_id)`);
    await q.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);
    await q.query(`
      CREATE TABLE membership_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind varchar(8) NOT NULL,
        origin varchar(16) NOT NULL,
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
        subject_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        role varchar(16) NOT NULL,
        slot varchar(32),
        membership_id uuid REFERENCES memberships(id) ON DELETE SET NULL,
        state varchar(16) NOT NULL,
        opened_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        opened_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT membership_requests_kind_check CHECK (kind IN ('join','leave')),
        CONSTRAINT membership_requests_origin_check CHECK (origin IN ('self','team_leadership')),
        CONSTRAINT membership_requests_role_check CHECK (role IN (${ROLES})),
        CONSTRAINT membership_requests_slot_check CHECK (slot IS NULL OR slot IN (${SLOTS})),
        CONSTRAINT membership_requests_state_check
          CHECK (state IN ('awaiting_leader','awaiting_chair','approved','rejected','withdrawn'))
      )`);
    // One pending request per person and team: the rule of the domain, held by the database under races too.
    await q.query(
      `CREATE UNIQUE INDEX membership_requests_pending_key ON membership_requests (team_id, subject_id)
       WHERE state IN ('awaiting_leader','awaiting_chair')`,
    );
    await q.query(`CREATE INDEX membership_requests_team_state_idx ON membership_requests (team_id, state)`);
    await q.query(`CREATE INDEX membership_requests_subject_idx ON membership_requests (subject_id)`);
    await q.query(`
      CREATE TABLE request_history (
        request_id uuid NOT NULL REFERENCES membership_requests(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        action varchar(16) NOT NULL,
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        at timestamptz NOT NULL,
        note text,
        state varchar(16) NOT NULL,
        PRIMARY KEY (request_id, seq),
        CONSTRAINT request_history_action_check CHECK (action IN
          ('apply','propose','ask_to_leave','nominate','forward','approve','reject','withdraw'))
      )`);
    await q.query(`
      CREATE TABLE positions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        position varchar(32) NOT NULL,
        started_on date NOT NULL,
        ended_on date,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT positions_position_check
          CHECK (position IN ('commune_chair','culture_info_head','education_head','youth_union_secretary')),
        CONSTRAINT positions_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    // One current holder of each position at a unit; ended holdings stay as history.
    await q.query(
      `CREATE UNIQUE INDEX positions_current_key ON positions (unit_id, position) WHERE ended_on IS NULL`,
    );
    await q.query(`CREATE INDEX positions_user_idx ON positions (user_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE positions`);
    await q.query(`DROP TABLE request_history`);
    await q.query(`DROP TABLE membership_requests`);
    await q.query(`DROP TABLE memberships`);
    await q.query(`DROP TABLE team_history`);
    await q.query(`DROP TABLE teams`);
  }
}

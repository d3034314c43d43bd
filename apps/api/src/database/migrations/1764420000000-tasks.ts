import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'public_service_apps','cashless_payment','ecommerce','digital_skills_training','publicity',
  'data_collection','other'`;
const STATES = `'assigned','acknowledged','in_progress','completed','declined','cancelled'`;
const ACTIONS = `'assign','acknowledge','progress','complete','decline','reopen','cancel'`;
const NOTIFICATION_KINDS = `'task_published','task_changed','task_cancelled','assignment_changed',
  'reminder_unacknowledged','reminder_due_soon','overdue','escalation','nudge','monthly_report'`;

/** Issue 4: tasks, one assignment per team with its timeline, reminder deliveries (sent once), notifications. */
export class Tasks1764420000000 implements MigrationInterface {
  name = 'Tasks1764420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuer_unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        created_by uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        title text NOT NULL,
        title_search text NOT NULL,
        description text NOT NULL,
        category varchar(32) NOT NULL,
        priority varchar(16) NOT NULL,
        status varchar(16) NOT NULL,
        due_at timestamptz NOT NULL,
        target jsonb NOT NULL,
        target_per_team jsonb,
        links jsonb NOT NULL,
        reminder_policy jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text,
        closed_at timestamptz,
        CONSTRAINT tasks_category_check CHECK (category IN (${CATEGORIES})),
        CONSTRAINT tasks_priority_check CHECK (priority IN ('low','normal','high','urgent')),
        CONSTRAINT tasks_status_check CHECK (status IN ('draft','published','cancelled','closed')),
        CONSTRAINT tasks_published_check CHECK (status = 'draft' OR status = 'cancelled' OR published_at IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX tasks_issuer_due_idx ON tasks (issuer_unit_id, due_at)`);
    await q.query(`CREATE INDEX tasks_due_idx ON tasks (due_at, id)`);
    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
        team_id uuid NOT NULL REFERENCES teams(id) ON DELETE RESTRICT,
        unit_id uuid NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        unit_path text COLLATE "C" NOT NULL,
        state varchar(16) NOT NULL,
        progress integer,
        target_value integer,
        note text,
        assigned_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        completed_at timestamptz,
        declined_reason text,
        last_nudged_at timestamptz,
        updated_at timestamptz NOT NULL,
        CONSTRAINT assignments_task_team_key UNIQUE (task_id, team_id),
        CONSTRAINT assignments_state_check CHECK (state IN (${STATES})),
        CONSTRAINT assignments_progress_check CHECK (progress IS NULL OR progress >= 0)
      )`);
    // The matrix filters one task's rows by subtree (a prefix of the copied path); the inbox reads by team.
    await q.query(`CREATE INDEX assignments_task_path_idx ON assignments (task_id, unit_path)`);
    await q.query(`CREATE INDEX assignments_team_state_idx ON assignments (team_id, state)`);
    await q.query(`
      CREATE TABLE assignment_timeline (
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        action varchar(16) NOT NULL,
        from_state varchar(16),
        to_state varchar(16) NOT NULL,
        note text,
        progress integer,
        client_action_id uuid,
        PRIMARY KEY (assignment_id, seq),
        CONSTRAINT assignment_timeline_client_action_key UNIQUE (assignment_id, client_action_id),
        CONSTRAINT assignment_timeline_action_check CHECK (action IN (${ACTIONS})),
        CONSTRAINT assignment_timeline_from_check CHECK (from_state IS NULL OR from_state IN (${STATES})),
        CONSTRAINT assignment_timeline_to_check CHECK (to_state IN (${STATES}))
      )`);
    await q.query(`
      CREATE TABLE reminder_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key varchar(200) NOT NULL,
        assignment_id uuid REFERENCES assignments(id) ON DELETE CASCADE,
        recipient_id uuid REFERENCES users(id) ON DELETE CASCADE,
        sent_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT reminder_deliveries_target_check CHECK (num_nonnulls(assignment_id, recipient_id) = 1)
      )`);
    // A reminder reaches each assignment (or person) once: a retried job finds its rows and sends nothing.
    await q.query(
      `CREATE UNIQUE INDEX reminder_deliveries_assignment_key ON reminder_deliveries (dedupe_key, assignment_id)
       WHERE assignment_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX reminder_deliveries_recipient_key ON reminder_deliveries (dedupe_key, recipient_id)
       WHERE recipient_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX reminder_deliveries_assignment_idx ON reminder_deliveries (assignment_id)`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        link text,
        data jsonb NOT NULL,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notifications_kind_check CHECK (kind IN (${NOTIFICATION_KINDS}))
      )`);
    await q.query(`CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at)`);
    await q.query(
      `CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE reminder_deliveries`);
    await q.query(`DROP TABLE assignment_timeline`);
    await q.query(`DROP TABLE assignments`);
    await q.query(`DROP TABLE tasks`);
  }
}

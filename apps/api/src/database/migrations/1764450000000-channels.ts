import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 5: channels (derived from the rosters, or made by people), their members with read markers, messages
 * numbered per channel (seq) and per change (revision), poll votes, and the audit log of edits and deletions.
 */
export class Channels1764450000000 implements MigrationInterface {
  name = 'Channels1764450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE channels (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key varchar(100) NOT NULL,
        kind varchar(16) NOT NULL,
        unit_id uuid REFERENCES units(id) ON DELETE RESTRICT,
        team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
        title text,
        status varchar(16) NOT NULL,
        last_seq integer NOT NULL DEFAULT 0,
        last_revision integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT channels_key_key UNIQUE (key),
        CONSTRAINT channels_kind_check
          CHECK (kind IN ('commune','village','announcement','working_group','direct')),
        CONSTRAINT channels_status_check CHECK (status IN ('active','archived')),
        CONSTRAINT channels_unit_check
          CHECK ((kind IN ('commune','village','announcement')) = (unit_id IS NOT NULL)),
        CONSTRAINT channels_title_check CHECK ((kind = 'working_group') = (title IS NOT NULL)),
        CONSTRAINT channels_counters_check CHECK (last_seq >= 0 AND last_revision >= last_seq)
      )`);
    await q.query(`CREATE INDEX channels_unit_idx ON channels (unit_id)`);
    await q.query(`CREATE INDEX channels_team_idx ON channels (team_id)`);
    // A person's spans in a channel: one row per span, at most one of them open (left_at_seq IS NULL).
    await q.query(`
      CREATE TABLE channel_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role varchar(16) NOT NULL,
        joined_at_seq integer NOT NULL,
        left_at_seq integer,
        last_read_seq integer NOT NULL,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        CONSTRAINT channel_members_role_check CHECK (role IN ('owner','poster','reader')),
        CONSTRAINT channel_members_span_check CHECK (left_at_seq IS NULL OR left_at_seq >= joined_at_seq),
        CONSTRAINT channel_members_left_check CHECK ((left_at_seq IS NULL) = (left_at IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX channel_members_active_key ON channel_members (channel_id, user_id)
       WHERE left_at_seq IS NULL`,
    );
    await q.query(`CREATE INDEX channel_members_user_idx ON channel_members (user_id)`);
    await q.query(`CREATE INDEX channel_members_channel_idx ON channel_members (channel_id)`);
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        revision integer NOT NULL,
        author_id uuid REFERENCES users(id) ON DELETE RESTRICT,
        client_message_id uuid,
        parent_id uuid REFERENCES messages(id) ON DELETE RESTRICT,
        text text NOT NULL,
        text_search text NOT NULL,
        mention_user_ids uuid[] NOT NULL,
        mentions_all boolean NOT NULL,
        poll jsonb,
        system_payload jsonb,
        history jsonb NOT NULL,
        pinned_at timestamptz,
        pinned_by uuid REFERENCES users(id) ON DELETE SET NULL,
        edited_at timestamptz,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL,
        CONSTRAINT messages_channel_seq_key UNIQUE (channel_id, seq),
        CONSTRAINT messages_author_client_key UNIQUE (author_id, client_message_id),
        CONSTRAINT messages_author_check CHECK (
          (author_id IS NULL) = (system_payload IS NOT NULL)
          AND (author_id IS NULL) = (client_message_id IS NULL)),
        CONSTRAINT messages_counters_check CHECK (seq >= 1 AND revision >= seq)
      )`);
    // Sync reads "changed after revision r" per channel; threads read replies by their root.
    await q.query(`CREATE INDEX messages_channel_revision_idx ON messages (channel_id, revision)`);
    await q.query(`CREATE INDEX messages_parent_idx ON messages (parent_id) WHERE parent_id IS NOT NULL`);
    await q.query(`CREATE INDEX messages_pinned_idx ON messages (channel_id) WHERE pinned_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE poll_votes (
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        option_ids text[] NOT NULL,
        voted_at timestamptz NOT NULL,
        PRIMARY KEY (message_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE message_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        channel_id uuid NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
        action varchar(16) NOT NULL,
        previous_text text NOT NULL,
        new_text text,
        poll_question text,
        at timestamptz NOT NULL,
        CONSTRAINT message_audit_action_check CHECK (action IN ('edited','deleted')),
        CONSTRAINT message_audit_text_check CHECK ((action = 'edited') = (new_text IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX message_audit_message_idx ON message_audit (message_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE message_audit`);
    await q.query(`DROP TABLE poll_votes`);
    await q.query(`DROP TABLE messages`);
    await q.query(`DROP TABLE channel_members`);
    await q.query(`DROP TABLE channels`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATES = `'draft','submitted','returned','resubmitted','accepted'`;

/**
 * The plan's cycle as it stood when reporting began (domain DEFAULT_REPORT_DEFINITIONS), frozen here: a later
 * change to the defaults is a new migration or an administrator's edit, never a silent rewrite of this one.
 */
const DEFAULT_DEFINITIONS: { id: string; definition: unknown }[] = [
  {
    id: 'team-monthly-activity',
    definition: {
      id: 'team-monthly-activity',
      name: {
        vi: 'Báo cáo kết quả hoạt động hằng tháng của Tổ công nghệ số cộng đồng',
        en: 'Monthly activity report of a community digital technology team',
      },
      contentKind: 'team_activity',
      frequency: 'monthly',
      cutoffDay: 14,
      deadline: {
        monthsAfterPeriodEnd: 0,
        day: 20,
      },
      reporter: {
        type: 'team',
        teamKinds: ['commune', 'village'],
      },
      recipient: 'commune_above',
      reminderDaysBefore: [5, 1],
    },
  },
  {
    id: 'area-monthly-compilation',
    definition: {
      id: 'area-monthly-compilation',
      name: {
        vi: 'Báo cáo tổng hợp kết quả hoạt động của các Tổ công nghệ số cộng đồng',
        en: 'Monthly compilation of the community digital technology teams’ results',
      },
      contentKind: 'area_compilation',
      frequency: 'monthly',
      cutoffDay: 14,
      deadline: {
        monthsAfterPeriodEnd: 0,
        day: 29,
      },
      reporter: {
        type: 'area',
      },
      recipient: 'province',
      reminderDaysBefore: [5, 1],
    },
  },
  {
    id: 'team-ad-hoc-activity',
    definition: {
      id: 'team-ad-hoc-activity',
      name: {
        vi: 'Báo cáo đột xuất của Tổ công nghệ số cộng đồng',
        en: 'Ad-hoc report of a community digital technology team',
      },
      contentKind: 'team_activity',
      frequency: 'ad_hoc',
      reporter: {
        type: 'team',
        teamKinds: ['commune', 'village'],
      },
      recipient: 'commune_above',
      reminderDaysBefore: [1],
    },
  },
];

/**
 * Issue 6, monthly reporting: report definitions as data (seeded with the plan's cycle) and reports, one per
 * reporter (a team, or an area unit for its compilation) per period per definition, with their state,
 * content (jsonb, validated by the domain's schemas) and history.
 */
export class Reports1764480000000 implements MigrationInterface {
  name = 'Reports1764480000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_definitions (
        id varchar(60) PRIMARY KEY,
        definition jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [index, { id, definition }] of DEFAULT_DEFINITIONS.entries()) {
      await q.query(`INSERT INTO report_definitions (id, definition, position) VALUES ($1, $2, $3)`, [
        id,
        JSON.stringify(definition),
        index + 1,
      ]);
    }
    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        definition_id varchar(60) NOT NULL,
        period_id varchar(60) NOT NULL,
        period jsonb NOT NULL,
        reporter_kind varchar(8) NOT NULL,
        reporter_id uuid NOT NULL,
        reporter_unit_id uuid NOT NULL,
        reporter_unit_path text COLLATE "C" NOT NULL,
        recipient_unit_id uuid NOT NULL,
        state varchar(16) NOT NULL,
        content jsonb NOT NULL,
        deadline_at timestamptz NOT NULL,
        first_submitted_at timestamptz,
        last_submitted_at timestamptz,
        submitted_by uuid,
        accepted_at timestamptz,
        accepted_by uuid,
        return_reason text,
        drafted_at timestamptz,
        history jsonb NOT NULL,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL,
        CONSTRAINT reports_definition_period_reporter_key UNIQUE (definition_id, period_id, reporter_id),
        CONSTRAINT reports_state_check CHECK (state IN (${STATES})),
        CONSTRAINT reports_reporter_kind_check CHECK (reporter_kind IN ('team','unit')),
        CONSTRAINT reports_submitted_check CHECK (state = 'draft' OR first_submitted_at IS NOT NULL),
        CONSTRAINT reports_accepted_check CHECK ((state = 'accepted') = (accepted_at IS NOT NULL)),
        CONSTRAINT reports_definition_id_fkey FOREIGN KEY (definition_id)
          REFERENCES report_definitions(id) ON DELETE RESTRICT,
        CONSTRAINT reports_reporter_unit_id_fkey FOREIGN KEY (reporter_unit_id)
          REFERENCES units(id) ON DELETE RESTRICT,
        CONSTRAINT reports_recipient_unit_id_fkey FOREIGN KEY (recipient_unit_id)
          REFERENCES units(id) ON DELETE RESTRICT,
        CONSTRAINT reports_submitted_by_fkey FOREIGN KEY (submitted_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT reports_accepted_by_fkey FOREIGN KEY (accepted_by) REFERENCES users(id) ON DELETE RESTRICT,
        CONSTRAINT reports_created_by_fkey FOREIGN KEY (created_by) REFERENCES users(id) ON DELETE RESTRICT
      )`);
    // Completeness reads one definition's period over a subtree (a prefix of the copied path).
    await q.query(
      `CREATE INDEX reports_period_path_idx ON reports (definition_id, period_id, reporter_unit_path)`,
    );
    await q.query(
      `CREATE INDEX reports_recipient_idx ON reports (recipient_unit_id, definition_id, period_id)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reports`);
    await q.query(`DROP TABLE report_definitions`);
  }
}

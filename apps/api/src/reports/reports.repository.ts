import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  pathIds,
  type AssignmentState,
  type MembershipRole,
  type Report,
  type ReportDefinition,
  type ReportPeriod,
  type ReportState,
  type ReporterKind,
  type ReporterTeam,
  type UnitKind,
} from '@cdt/domain';

/** A unit as report rules and DTOs need it. */
export interface ReportUnitRow {
  id: string;
  kind: UnitKind;
  parentId: string | null;
  name: string;
  code: string | null;
  path: string;
}

export interface DefinitionRow {
  id: string;
  definition: ReportDefinition;
}

/** A stored report with the names and paths its DTO and access checks need. */
export interface ReportRow {
  id: string;
  definitionId: string;
  definition: ReportDefinition;
  periodId: string;
  period: ReportPeriod;
  reporterKind: ReporterKind;
  reporterId: string;
  reporterName: string;
  reporterUnit: ReportUnitRow;
  recipientUnit: ReportUnitRow;
  state: ReportState;
  content: unknown;
  deadlineAt: Date;
  firstSubmittedAt: Date | null;
  lastSubmittedAt: Date | null;
  acceptedAt: Date | null;
  returnReason: string | null;
  draftedAt: Date | null;
  history: Report['history'];
  updatedAt: Date;
}

/** An assignment as a compilation's task columns count it. */
export interface PeriodAssignmentRow {
  unitPath: string;
  state: AssignmentState;
  completedAt: Date | null;
  dueAt: Date;
}

const unitJson = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'kind', ${alias}.kind, 'parentId', ${alias}.parent_id,
     'name', ${alias}.name, 'code', ${alias}.code, 'path', ${alias}.path)`;

const SELECT_REPORT = `
  SELECT r.id, r.definition_id AS "definitionId", d.definition, r.period_id AS "periodId", r.period,
         r.reporter_kind AS "reporterKind", r.reporter_id AS "reporterId",
         coalesce(t.name, ru.name) AS "reporterName",
         ${unitJson('ru')} AS "reporterUnit", ${unitJson('cu')} AS "recipientUnit",
         r.state, r.content, r.deadline_at AS "deadlineAt", r.first_submitted_at AS "firstSubmittedAt",
         r.last_submitted_at AS "lastSubmittedAt", r.accepted_at AS "acceptedAt",
         r.return_reason AS "returnReason", r.drafted_at AS "draftedAt", r.history, r.updated_at AS "updatedAt"
  FROM reports r
  JOIN report_definitions d ON d.id = r.definition_id
  JOIN units ru ON ru.id = r.reporter_unit_id
  JOIN units cu ON cu.id = r.recipient_unit_id
  LEFT JOIN teams t ON r.reporter_kind = 'team' AND t.id = r.reporter_id`;

const UNIT_COLUMNS = `id, kind, parent_id AS "parentId", name, code, path`;

/** The only place with SQL for report definitions and reports (and the figures a compilation reads). */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async definitions(): Promise<DefinitionRow[]> {
    return this.db.query(`SELECT id, definition FROM report_definitions WHERE active ORDER BY position, id`);
  }

  async definition(id: string): Promise<DefinitionRow | null> {
    const rows: DefinitionRow[] = await this.db.query(
      `SELECT id, definition FROM report_definitions WHERE id = $1 AND active`,
      [id],
    );
    return rows[0] ?? null;
  }

  async unit(id: string): Promise<ReportUnitRow | null> {
    const rows: ReportUnitRow[] = await this.db.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** The unit's whole subtree and its ancestors (recipient rules walk up), subtree in path order. */
  async unitsAround(unit: Pick<ReportUnitRow, 'path'>): Promise<ReportUnitRow[]> {
    return this.db.query(
      `SELECT ${UNIT_COLUMNS} FROM units WHERE path LIKE $1 OR id = ANY($2::uuid[]) ORDER BY path`,
      [`${unit.path}%`, pathIds(unit.path)],
    );
  }

  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<ReportRow | null> {
    const rows: ReportRow[] = await manager.query(
      `${SELECT_REPORT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByReporter(
    definitionId: string,
    periodId: string,
    reporterId: string,
  ): Promise<ReportRow | null> {
    const rows: ReportRow[] = await this.db.query(
      `${SELECT_REPORT} WHERE r.definition_id = $1 AND r.period_id = $2 AND r.reporter_id = $3`,
      [definitionId, periodId, reporterId],
    );
    return rows[0] ?? null;
  }

  /** A definition's reports of one period filed within a subtree. */
  async ofPeriodInSubtree(definitionId: string, periodId: string, path: string): Promise<ReportRow[]> {
    return this.db.query(
      `${SELECT_REPORT} WHERE r.definition_id = $1 AND r.period_id = $2 AND r.reporter_unit_path LIKE $3
       ORDER BY r.reporter_unit_path, r.id`,
      [definitionId, periodId, `${path}%`],
    );
  }

  /** Reports filed in the subtree or received by its root, newest period first. */
  async list(filter: {
    path: string;
    unitId: string;
    definitionId?: string;
    periodId?: string;
    states?: ReportState[];
    limit: number;
    offset: number;
  }): Promise<ReportRow[]> {
    const params: unknown[] = [`${filter.path}%`, filter.unitId];
    const where = [`(r.reporter_unit_path LIKE $1 OR r.recipient_unit_id = $2)`];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.definitionId) add('r.definition_id = ?', filter.definitionId);
    if (filter.periodId) add('r.period_id = ?', filter.periodId);
    if (filter.states?.length) add('r.state = ANY(?::varchar[])', filter.states);
    params.push(filter.limit, filter.offset);
    return this.db.query(
      `${SELECT_REPORT} WHERE ${where.join(' AND ')}
       ORDER BY r.period_id DESC, r.definition_id, r.reporter_unit_path, r.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
  }

  /**
   * Inserts a new report unless its reporter already has one for the period (a concurrent open): returns
   * whether this call created it.
   */
  async insert(
    manager: EntityManager,
    report: Report,
    extra: {
      period: ReportPeriod;
      reporterUnitPath: string;
      createdBy: string | null;
      draftedAt: string | null;
    },
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO reports (id, definition_id, period_id, period, reporter_kind, reporter_id, reporter_unit_id,
         reporter_unit_path, recipient_unit_id, state, content, deadline_at, first_submitted_at,
         last_submitted_at, submitted_by, accepted_at, return_reason, drafted_at, history, created_by, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
       ON CONFLICT (definition_id, period_id, reporter_id) DO NOTHING RETURNING id`,
      [
        report.id,
        report.definitionId,
        report.periodId,
        JSON.stringify(extra.period),
        report.reporter.kind,
        report.reporter.id,
        report.reporter.unitId,
        extra.reporterUnitPath,
        report.recipientUnitId,
        report.state,
        JSON.stringify(report.content),
        report.deadlineAt,
        report.firstSubmittedAt,
        report.lastSubmittedAt,
        report.firstSubmittedAt ? extra.createdBy : null,
        report.acceptedAt,
        report.returnReason,
        extra.draftedAt,
        JSON.stringify(report.history),
        extra.createdBy,
        report.updatedAt,
      ],
    );
    return rows.length > 0;
  }

  /** Writes a report's state, content and history after a step (the row is locked by findById). */
  async save(
    manager: EntityManager,
    report: Report,
    changes: { submittedBy?: string; acceptedBy?: string; draftedAt?: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE reports SET state = $2, content = $3, first_submitted_at = $4, last_submitted_at = $5,
         accepted_at = $6, return_reason = $7, history = $8, updated_at = $9,
         submitted_by = coalesce($10, submitted_by), accepted_by = coalesce($11, accepted_by),
         drafted_at = coalesce($12, drafted_at)
       WHERE id = $1`,
      [
        report.id,
        report.state,
        JSON.stringify(report.content),
        report.firstSubmittedAt,
        report.lastSubmittedAt,
        report.acceptedAt,
        report.returnReason,
        JSON.stringify(report.history),
        report.updatedAt,
        changes.submittedBy ?? null,
        changes.acceptedBy ?? null,
        changes.draftedAt ?? null,
      ],
    );
  }

  /**
   * Assignments of published (or closed) tasks due within [from, to] whose team sits in the subtree: the task
   * columns of a compilation (bucketed by the caller, as of the period's cut-off).
   */
  async assignmentsDueIn(path: string, from: string, to: string): Promise<PeriodAssignmentRow[]> {
    return this.db.query(
      `SELECT a.unit_path AS "unitPath", a.state, a.completed_at AS "completedAt", t.due_at AS "dueAt"
       FROM assignments a JOIN tasks t ON t.id = a.task_id
       WHERE a.unit_path LIKE $1 AND t.status IN ('published','closed')
         AND t.due_at >= $2::timestamptz AND t.due_at <= $3::timestamptz`,
      [`${path}%`, from, to],
    );
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; fullName: string }[] = await this.db.query(
      `SELECT id, full_name AS "fullName" FROM users WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.fullName]));
  }

  /** The caller's active role in the team, or null. */
  async roleInTeam(userId: string, teamId: string): Promise<MembershipRole | null> {
    const rows: { role: MembershipRole }[] = await this.db.query(
      `SELECT role FROM memberships WHERE user_id = $1 AND team_id = $2 AND status = 'active'`,
      [userId, teamId],
    );
    return rows[0]?.role ?? null;
  }

  /** Holds the Culture and Information Office head position of the unit now (the compiler of §V.5). */
  async isCultureOfficeHead(userId: string, unitId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM positions WHERE unit_id = $1 AND user_id = $2 AND position = 'culture_info_head'
         AND ended_on IS NULL`,
      [unitId, userId],
    );
    return rows.length > 0;
  }

  /** The active leaders and deputies of the teams: who a team's reminder goes to. */
  async teamLeads(
    teamIds: readonly string[],
    manager: EntityManager,
  ): Promise<{ teamId: string; userId: string }[]> {
    if (teamIds.length === 0) return [];
    return manager.query(
      `SELECT team_id AS "teamId", user_id AS "userId" FROM memberships
       WHERE team_id = ANY($1::uuid[]) AND status = 'active' AND role IN ('leader','deputy') AND user_id IS NOT NULL`,
      [teamIds],
    );
  }

  /** The top units (the province): reminders walk the whole hierarchy from them. */
  async roots(): Promise<ReportUnitRow[]> {
    return this.db.query(`SELECT ${UNIT_COLUMNS} FROM units WHERE parent_id IS NULL ORDER BY path`);
  }

  /** Every team in a subtree, as expectedReporters reads it. */
  async reporterTeams(path: string): Promise<ReporterTeam[]> {
    return this.db.query(
      `SELECT t.id, t.kind, t.unit_id AS "unitId", t.name, t.status,
              to_char(t.activated_on, 'YYYY-MM-DD') AS "activatedOn",
              to_char(t.dissolved_on, 'YYYY-MM-DD') AS "dissolvedOn"
       FROM teams t JOIN units u ON u.id = t.unit_id WHERE u.path LIKE $1`,
      [`${path}%`],
    );
  }

  /** The reporters of a definition's period with a counted report (in the recipient's hands or accepted). */
  async countedReporterIds(definitionId: string, periodId: string): Promise<Set<string>> {
    const rows: { reporterId: string }[] = await this.db.query(
      `SELECT reporter_id AS "reporterId" FROM reports
       WHERE definition_id = $1 AND period_id = $2 AND state IN ('submitted','resubmitted','accepted')`,
      [definitionId, periodId],
    );
    return new Set(rows.map((r) => r.reporterId));
  }
}

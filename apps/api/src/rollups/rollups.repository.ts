import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  MembershipRole,
  RollupAssignment,
  TaskCategory,
  TeamKind,
  TeamSlot,
  TeamStatus,
  UnitKind,
  UnitRollup,
} from '@cdt/domain';
import { SqlParams } from '../tasks/task-sql';

/** A unit as rollups and dashboards read it. */
export interface RollupUnitRow {
  id: string;
  parentId: string | null;
  path: string;
  name: string;
  kind: UnitKind;
  code: string | null;
}

/** A team with what its figures need: roster and assignments (each with its task's due instant). */
export interface TeamInputRow {
  id: string;
  unitId: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  members: { personId: string; role: MembershipRole; slot: TeamSlot | null }[];
  assignments: RollupAssignment[];
}

/** Which assignments a live (filtered) computation counts: tasks by id, category, due period. */
export interface AssignmentFilter {
  taskId?: string | undefined;
  category?: TaskCategory | undefined;
  /** Inclusive instants bounding the task's due instant. */
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
}

/** A team as its dashboard reads it: where it sits, and its stored figures when a rollup has run. */
export interface DashboardTeamRow {
  id: string;
  unitId: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  figures: UnitRollup | null;
}

export interface StoredTeamRollup {
  teamId: string;
  unitId: string;
  name: string;
  kind: TeamKind;
  status: TeamStatus;
  figures: UnitRollup;
}

/** Rows per upsert statement: bounds the JSON parameter of a full recomputation. */
const SAVE_CHUNK = 2_000;

const UNIT_COLUMNS = `u.id, u.parent_id AS "parentId", u.path, u.name, u.kind, u.code`;

/** The conditions of an assignment filter on the task alias `t`. */
export function taskFilterSql(filter: AssignmentFilter, params: SqlParams): string {
  const where: string[] = [];
  if (filter.taskId) where.push(`t.id = ${params.add(filter.taskId)}`);
  if (filter.category) where.push(`t.category = ${params.add(filter.category)}`);
  if (filter.dueFrom) where.push(`t.due_at >= ${params.add(filter.dueFrom)}::timestamptz`);
  if (filter.dueTo) where.push(`t.due_at <= ${params.add(filter.dueTo)}::timestamptz`);
  return where.length ? ` AND ${where.join(' AND ')}` : '';
}

/** The only place with the rollups' SQL: inputs of the figures, stored rollups, snapshots, boundaries. */
@Injectable()
export class RollupsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async unit(id: string): Promise<RollupUnitRow | null> {
    const rows: RollupUnitRow[] = await this.db.query(`SELECT ${UNIT_COLUMNS} FROM units u WHERE u.id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  /** A unit and its ancestors, root first, in one read (the ids of its path); empty when there is no such unit. */
  async unitAndAncestors(id: string): Promise<RollupUnitRow[]> {
    return this.db.query(
      `SELECT ${UNIT_COLUMNS} FROM units target
       JOIN units u ON u.id = ANY(string_to_array(btrim(target.path, '/'), '/')::uuid[])
       WHERE target.id = $1 ORDER BY length(u.path)`,
      [id],
    );
  }

  async children(parentId: string): Promise<RollupUnitRow[]> {
    return this.db.query(`SELECT ${UNIT_COLUMNS} FROM units u WHERE u.parent_id = $1`, [parentId]);
  }

  /** Every unit of a subtree (all units when path is null), for a bottom-up fold. */
  async subtreeUnits(
    path: string | null,
    manager: EntityManager = this.db.manager,
  ): Promise<RollupUnitRow[]> {
    if (path === null) return manager.query(`SELECT ${UNIT_COLUMNS} FROM units u`);
    return manager.query(`SELECT ${UNIT_COLUMNS} FROM units u WHERE u.path LIKE $1`, [`${path}%`]);
  }

  /** The units the given teams are placed at. */
  async unitsOfTeams(teamIds: readonly string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const rows: { unitId: string }[] = await this.db.query(
      `SELECT DISTINCT unit_id AS "unitId" FROM teams WHERE id = ANY($1::uuid[])`,
      [teamIds],
    );
    return rows.map((row) => row.unitId);
  }

  /** The teams placed at one unit, with their inputs: what a unit's rollup job recomputes. */
  teamsAt(unitId: string, manager?: EntityManager): Promise<TeamInputRow[]> {
    return this.teamInputs(`t.unit_id = $1`, [unitId], {}, manager);
  }

  /** One team with its inputs, assignments narrowed by the filter; null when there is no such team. */
  async teamInput(teamId: string, filter: AssignmentFilter = {}): Promise<TeamInputRow | null> {
    const rows = await this.teamInputs(`t.id = $1`, [teamId], filter);
    return rows[0] ?? null;
  }

  /** Every team of a subtree (everywhere when path is null), assignments narrowed by the filter. */
  teamsUnder(
    path: string | null,
    filter: AssignmentFilter = {},
    manager?: EntityManager,
  ): Promise<TeamInputRow[]> {
    return path === null
      ? this.teamInputs('TRUE', [], filter, manager)
      : this.teamInputs(`u.path LIKE $1`, [`${path}%`], filter, manager);
  }

  /**
   * Unit jobs take this lock shared and the full recomputation exclusively, so the full one never writes
   * figures older than a unit job's (a change during it is recomputed right after, from fresh rows).
   */
  async lockRollups(manager: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
    const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await manager.query(`SELECT ${fn}(hashtext('cdt.rollups'))`);
  }

  private async teamInputs(
    teamWhere: string,
    values: unknown[],
    filter: AssignmentFilter,
    manager: EntityManager = this.db.manager,
  ): Promise<TeamInputRow[]> {
    const teams: Omit<TeamInputRow, 'members' | 'assignments'>[] = await manager.query(
      `SELECT t.id, t.unit_id AS "unitId", t.name, t.kind, t.status
       FROM teams t JOIN units u ON u.id = t.unit_id WHERE ${teamWhere}`,
      values,
    );
    if (teams.length === 0) return [];
    const ids = teams.map((team) => team.id);
    const members: { teamId: string; personId: string; role: MembershipRole; slot: TeamSlot | null }[] =
      await manager.query(
        `SELECT m.team_id AS "teamId", m.user_id AS "personId", m.role, m.slot
         FROM memberships m WHERE m.team_id = ANY($1::uuid[]) AND m.status = 'active'`,
        [ids],
      );
    const params = new SqlParams();
    const teamIds = params.add(ids);
    const assignments: (RollupAssignment & { teamId: string })[] = await manager.query(
      `SELECT a.team_id AS "teamId", a.state, a.progress, a.target_value AS "targetValue",
              to_json(a.assigned_at) #>> '{}' AS "assignedAt",
              to_json(a.acknowledged_at) #>> '{}' AS "acknowledgedAt",
              to_json(a.completed_at) #>> '{}' AS "completedAt",
              to_json(t.due_at) #>> '{}' AS "dueAt"
       FROM assignments a JOIN tasks t ON t.id = a.task_id
       WHERE a.team_id = ANY(${teamIds}::uuid[])${taskFilterSql(filter, params)}`,
      params.values,
    );
    const byTeam = new Map<string, TeamInputRow>(
      teams.map((team) => [team.id, { ...team, members: [], assignments: [] }]),
    );
    for (const { teamId, ...member } of members) byTeam.get(teamId)?.members.push(member);
    for (const { teamId, ...assignment } of assignments) byTeam.get(teamId)?.assignments.push(assignment);
    return [...byTeam.values()];
  }

  /** The stored figures of a unit's children. */
  async childRollups(parentId: string, manager: EntityManager = this.db.manager): Promise<UnitRollup[]> {
    const rows: { figures: UnitRollup }[] = await manager.query(
      `SELECT r.figures FROM unit_rollups r JOIN units u ON u.id = r.unit_id WHERE u.parent_id = $1`,
      [parentId],
    );
    return rows.map((row) => row.figures);
  }

  /** The stored figures of a unit and of its children, in one read. */
  async unitAndChildRollups(unitId: string): Promise<Map<string, UnitRollup>> {
    const rows: { unitId: string; figures: UnitRollup }[] = await this.db.query(
      `SELECT unit_id AS "unitId", figures FROM unit_rollups WHERE unit_id = $1
       UNION ALL
       SELECT r.unit_id, r.figures FROM units u JOIN unit_rollups r ON r.unit_id = u.id WHERE u.parent_id = $1`,
      [unitId],
    );
    return new Map(rows.map((row) => [row.unitId, row.figures]));
  }

  async unitRollups(unitIds: readonly string[]): Promise<Map<string, UnitRollup>> {
    if (unitIds.length === 0) return new Map();
    const rows: { unitId: string; figures: UnitRollup }[] = await this.db.query(
      `SELECT unit_id AS "unitId", figures FROM unit_rollups WHERE unit_id = ANY($1::uuid[])`,
      [unitIds],
    );
    return new Map(rows.map((row) => [row.unitId, row.figures]));
  }

  async hasRollups(): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM unit_rollups LIMIT 1`);
    return rows.length > 0;
  }

  /** Every stored unit rollup: what the nightly check compares with a from-scratch computation. */
  async allUnitRollups(manager: EntityManager = this.db.manager): Promise<Map<string, UnitRollup>> {
    const rows: { unitId: string; figures: UnitRollup }[] = await manager.query(
      `SELECT unit_id AS "unitId", figures FROM unit_rollups`,
    );
    return new Map(rows.map((row) => [row.unitId, row.figures]));
  }

  /** A team and its stored figures (null before its first rollup), in one read; null when there is no such team. */
  async teamWithRollup(teamId: string): Promise<DashboardTeamRow | null> {
    const rows: DashboardTeamRow[] = await this.db.query(
      `SELECT t.id, t.unit_id AS "unitId", t.name, t.kind, t.status, r.figures
       FROM teams t LEFT JOIN team_rollups r ON r.team_id = t.id WHERE t.id = $1`,
      [teamId],
    );
    return rows[0] ?? null;
  }

  async teamRollupsAt(unitId: string): Promise<StoredTeamRollup[]> {
    return this.db.query(
      `SELECT r.team_id AS "teamId", r.unit_id AS "unitId", t.name, t.kind, t.status, r.figures
       FROM team_rollups r JOIN teams t ON t.id = r.team_id WHERE r.unit_id = $1`,
      [unitId],
    );
  }

  async saveUnitRollups(
    rows: readonly { unitId: string; figures: UnitRollup }[],
    at: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += SAVE_CHUNK) {
      await this.saveUnitChunk(rows.slice(i, i + SAVE_CHUNK), at, manager);
    }
  }

  private async saveUnitChunk(
    rows: readonly { unitId: string; figures: UnitRollup }[],
    at: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO unit_rollups (unit_id, figures, computed_at)
       SELECT x.unit_id, x.figures, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS x(unit_id uuid, figures jsonb)
       ON CONFLICT (unit_id) DO UPDATE SET figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at`,
      [JSON.stringify(rows.map((row) => ({ unit_id: row.unitId, figures: row.figures }))), at],
    );
  }

  async saveTeamRollups(
    rows: readonly { teamId: string; unitId: string; figures: UnitRollup }[],
    at: string,
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += SAVE_CHUNK) {
      await this.saveTeamChunk(rows.slice(i, i + SAVE_CHUNK), at, manager);
    }
  }

  private async saveTeamChunk(
    rows: readonly { teamId: string; unitId: string; figures: UnitRollup }[],
    at: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO team_rollups (team_id, unit_id, figures, computed_at)
       SELECT x.team_id, x.unit_id, x.figures, $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS x(team_id uuid, unit_id uuid, figures jsonb)
       ON CONFLICT (team_id) DO UPDATE
         SET unit_id = EXCLUDED.unit_id, figures = EXCLUDED.figures, computed_at = EXCLUDED.computed_at`,
      [
        JSON.stringify(
          rows.map((row) => ({ team_id: row.teamId, unit_id: row.unitId, figures: row.figures })),
        ),
        at,
      ],
    );
  }

  /** Copies every stored unit rollup into the day's snapshot (a rerun the same day overwrites). */
  async snapshotAll(day: string, at: string): Promise<number> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO rollup_snapshots (unit_id, day, figures, taken_at)
       SELECT unit_id, $1::date, figures, $2::timestamptz FROM unit_rollups
       ON CONFLICT (unit_id, day) DO UPDATE SET figures = EXCLUDED.figures, taken_at = EXCLUDED.taken_at
       RETURNING unit_id`,
      [day, at],
    );
    return rows.length;
  }

  async snapshots(
    unitId: string,
    from: string,
    to: string,
  ): Promise<{ date: string; figures: UnitRollup }[]> {
    return this.db.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS date, figures FROM rollup_snapshots
       WHERE unit_id = $1 AND day BETWEEN $2::date AND $3::date ORDER BY day`,
      [unitId, from, to],
    );
  }
}

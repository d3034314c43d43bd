import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { TeamHistoryAction, TeamHistoryEntry, TeamKind, TeamStatus, Team, UnitKind } from '@cdt/domain';

/** A team with its unit and the commune it belongs to (its own unit, or the village's parent). */
export interface TeamRow {
  id: string;
  kind: TeamKind;
  unitId: string;
  name: string;
  status: TeamStatus;
  decisionNumber: string | null;
  decisionSignedOn: string | null;
  decisionSignerName: string | null;
  decisionSignerId: string | null;
  activatedOn: string | null;
  dissolvedOn: string | null;
  dissolutionReason: string | null;
  unitCode: string | null;
  unitName: string;
  unitKind: UnitKind;
  unitParentId: string | null;
  unitPath: string;
  communeId: string | null;
  communeCode: string | null;
  communeName: string | null;
  communePath: string | null;
}

export interface TeamHistoryRow extends Omit<TeamHistoryEntry, 'at'> {
  teamId: string;
  seq: number;
  at: Date;
  /** The acting user's full name (joined for display; the rules ignore it). */
  actorName: string;
}

export interface TeamListFilter {
  /** Only teams whose unit lies in this subtree. */
  subtreePath?: string;
  /** Teams the caller may read: in these subtrees, or of which `memberId` is an active member. */
  scopePaths: string[];
  memberId: string;
  /** Only teams of which `memberId` is an active member, whatever the scope. */
  mineOnly?: boolean;
  kind?: TeamKind;
  status?: TeamStatus;
  limit: number;
}

const day = (column: string, alias: string) => `to_char(${column}, 'YYYY-MM-DD') AS "${alias}"`;

// A village's commune is its parent (villages hang under communes only); a commune team's commune is its unit.
const SELECT_TEAM = `
  SELECT t.id, t.kind, t.unit_id AS "unitId", t.name, t.status,
         t.decision_number AS "decisionNumber", ${day('t.decision_signed_on', 'decisionSignedOn')},
         t.decision_signer_name AS "decisionSignerName", t.decision_signer_id AS "decisionSignerId",
         ${day('t.activated_on', 'activatedOn')}, ${day('t.dissolved_on', 'dissolvedOn')},
         t.dissolution_reason AS "dissolutionReason",
         u.code AS "unitCode", u.name AS "unitName", u.kind AS "unitKind", u.parent_id AS "unitParentId",
         u.path AS "unitPath", c.id AS "communeId", c.code AS "communeCode", c.name AS "communeName",
         c.path AS "communePath"
  FROM teams t
  JOIN units u ON u.id = t.unit_id
  LEFT JOIN units c ON c.kind = 'commune' AND c.id = CASE WHEN u.kind = 'commune' THEN u.id ELSE u.parent_id END`;

const ORDER_TEAMS = `ORDER BY c.name, t.kind, u.name, t.status`;

/** The only place with SQL for teams and their history. */
@Injectable()
export class TeamsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One team; `lock` takes a row lock so that roster changes of the same team run one after another. */
  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<TeamRow | null> {
    const rows: TeamRow[] = await manager.query(
      `${SELECT_TEAM} WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByIds(ids: string[], manager: EntityManager = this.db.manager): Promise<TeamRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`${SELECT_TEAM} WHERE t.id = ANY($1::uuid[]) ${ORDER_TEAMS}`, [ids]);
  }

  async list(filter: TeamListFilter): Promise<TeamRow[]> {
    const params: unknown[] = [filter.memberId, filter.limit];
    const member = `EXISTS (SELECT 1 FROM memberships m
         WHERE m.team_id = t.id AND m.user_id = $1 AND m.status = 'active')`;
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.mineOnly) where.push(member);
    else
      add(
        `(u.path LIKE ANY(?::text[]) OR ${member})`,
        filter.scopePaths.map((p) => `${p}%`),
      );
    if (filter.subtreePath) add('u.path LIKE ?', `${filter.subtreePath}%`);
    if (filter.kind) add('t.kind = ?', filter.kind);
    if (filter.status) add('t.status = ?', filter.status);
    return this.db.query(`${SELECT_TEAM} WHERE ${where.join(' AND ')} ${ORDER_TEAMS} LIMIT $2`, params);
  }

  /** Every team (dissolved ones too) whose unit lies in the subtree at `path`. */
  async inSubtree(path: string): Promise<TeamRow[]> {
    return this.db.query(`${SELECT_TEAM} WHERE u.path LIKE $1 ${ORDER_TEAMS}`, [`${path}%`]);
  }

  /** Proposed and active teams of the given units (the uniqueness rule and the roster import need them). */
  async liveOfUnits(unitIds: string[], manager: EntityManager = this.db.manager, lock = false) {
    if (unitIds.length === 0) return [] as TeamRow[];
    const rows: TeamRow[] = await manager.query(
      `${SELECT_TEAM} WHERE t.unit_id = ANY($1::uuid[]) AND t.status <> 'dissolved' ${ORDER_TEAMS}
       ${lock ? 'FOR UPDATE OF t' : ''}`,
      [unitIds],
    );
    return rows;
  }

  async historyOf(teamIds: string[], manager: EntityManager = this.db.manager): Promise<TeamHistoryRow[]> {
    if (teamIds.length === 0) return [];
    return manager.query(
      `SELECT h.team_id AS "teamId", h.seq, h.action, h.actor_id AS "actorId", h.at, h.note, h.status,
              u.full_name AS "actorName"
       FROM team_history h JOIN users u ON u.id = h.actor_id
       WHERE h.team_id = ANY($1::uuid[]) ORDER BY h.team_id, h.seq`,
      [teamIds],
    );
  }

  /** Inserts new teams and their history in two statements, however many there are. */
  async insertMany(manager: EntityManager, teams: readonly Team[], createdBy: string | null): Promise<void> {
    if (teams.length === 0) return;
    const col = <T>(pick: (team: Team) => T) => teams.map(pick);
    await manager.query(
      `INSERT INTO teams (id, unit_id, kind, name, status, decision_number, decision_signed_on,
                          decision_signer_name, decision_signer_id, activated_on, dissolved_on,
                          dissolution_reason, created_by)
       SELECT *, $13::uuid FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::text[], $5::varchar[],
                                       $6::varchar[], $7::date[], $8::text[], $9::uuid[], $10::date[],
                                       $11::date[], $12::text[])`,
      [
        col((t) => t.id),
        col((t) => t.unitId),
        col((t) => t.kind),
        col((t) => t.name),
        col((t) => t.status),
        col((t) => t.decision?.number ?? null),
        col((t) => t.decision?.signedOn ?? null),
        col((t) => t.decision?.signerName ?? null),
        col((t) => t.decision?.signerUserId ?? null),
        col((t) => t.activatedOn),
        col((t) => t.dissolvedOn),
        col((t) => t.dissolutionReason),
        createdBy,
      ],
    );
    await this.appendHistory(
      manager,
      teams.flatMap((team) => team.history.map((entry, seq) => ({ ...entry, teamId: team.id, seq }))),
    );
  }

  /** Writes a team's new state and the history entries added since `knownHistory` entries were stored. */
  async save(manager: EntityManager, team: Team, knownHistory: number): Promise<void> {
    await manager.query(
      `UPDATE teams SET name = $2, status = $3, decision_number = $4, decision_signed_on = $5,
              decision_signer_name = $6, decision_signer_id = $7, activated_on = $8, dissolved_on = $9,
              dissolution_reason = $10, updated_at = now()
       WHERE id = $1`,
      [
        team.id,
        team.name,
        team.status,
        team.decision?.number ?? null,
        team.decision?.signedOn ?? null,
        team.decision?.signerName ?? null,
        team.decision?.signerUserId ?? null,
        team.activatedOn,
        team.dissolvedOn,
        team.dissolutionReason,
      ],
    );
    await this.appendHistory(
      manager,
      team.history
        .map((entry, seq) => ({ ...entry, teamId: team.id, seq }))
        .filter((entry) => entry.seq >= knownHistory),
    );
  }

  private async appendHistory(
    manager: EntityManager,
    entries: (TeamHistoryEntry & { teamId: string; seq: number })[],
  ): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO team_history (team_id, seq, action, actor_id, at, note, status)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::varchar[], $4::uuid[], $5::timestamptz[],
                            $6::text[], $7::varchar[])`,
      [
        entries.map((e) => e.teamId),
        entries.map((e) => e.seq),
        entries.map((e): TeamHistoryAction => e.action),
        entries.map((e) => e.actorId),
        entries.map((e) => e.at),
        entries.map((e) => e.note),
        entries.map((e) => e.status),
      ],
    );
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

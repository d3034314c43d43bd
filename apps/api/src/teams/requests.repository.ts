import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { MembershipRequest, RequestHistoryEntry, RequestKind, RequestState } from '@cdt/domain';

export type RequestRow = Omit<MembershipRequest, 'history' | 'openedAt'> & { openedAt: Date };

export interface RequestHistoryRow extends Omit<RequestHistoryEntry, 'at'> {
  requestId: string;
  seq: number;
  at: Date;
}

export interface RequestListFilter {
  states: RequestState[];
  kind?: RequestKind;
  teamId?: string;
  subtreePath?: string;
  /** Requests the caller may read: teams in these subtrees, teams they lead or deputise, their own. */
  scopePaths: string[];
  readerId: string;
  limit: number;
}

const SELECT_REQUEST = `
  SELECT r.id, r.kind, r.origin, r.team_id AS "teamId", r.subject_id AS "subjectId", r.role, r.slot,
         r.membership_id AS "membershipId", r.state, r.opened_by AS "openedById", r.opened_at AS "openedAt"
  FROM membership_requests r`;

/** The only place with SQL for join/leave requests and their history. */
@Injectable()
export class RequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager, lock = false) {
    const rows: RequestRow[] = await manager.query(
      `${SELECT_REQUEST} WHERE r.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByIds(ids: string[], manager: EntityManager = this.db.manager): Promise<RequestRow[]> {
    if (ids.length === 0) return [];
    return manager.query(`${SELECT_REQUEST} WHERE r.id = ANY($1::uuid[]) ORDER BY r.opened_at DESC`, [ids]);
  }

  /** Pending requests of a team (to refuse a second one per person, and to close them on dissolution). */
  async pendingOfTeam(teamId: string, manager: EntityManager, lock = false): Promise<RequestRow[]> {
    return manager.query(
      `${SELECT_REQUEST} WHERE r.team_id = $1 AND r.state IN ('awaiting_leader','awaiting_chair')
       ORDER BY r.opened_at ${lock ? 'FOR UPDATE' : ''}`,
      [teamId],
    );
  }

  async list(filter: RequestListFilter): Promise<RequestRow[]> {
    const params: unknown[] = [
      filter.scopePaths.map((p) => `${p}%`),
      filter.readerId,
      filter.limit,
      filter.states,
    ];
    const where = [
      `r.state = ANY($4::varchar[])`,
      `(u.path LIKE ANY($1::text[]) OR r.subject_id = $2 OR r.opened_by = $2
        OR EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = r.team_id AND m.user_id = $2
                   AND m.status = 'active' AND m.role IN ('leader','deputy')))`,
    ];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.kind) add('r.kind = ?', filter.kind);
    if (filter.teamId) add('r.team_id = ?', filter.teamId);
    if (filter.subtreePath) add('u.path LIKE ?', `${filter.subtreePath}%`);
    return this.db.query(
      `${SELECT_REQUEST} JOIN teams t ON t.id = r.team_id JOIN units u ON u.id = t.unit_id
       WHERE ${where.join(' AND ')} ORDER BY r.opened_at DESC, r.id LIMIT $3`,
      params,
    );
  }

  async pendingCounts(teamIds: string[]): Promise<Map<string, number>> {
    if (teamIds.length === 0) return new Map();
    const rows: { teamId: string; n: number }[] = await this.db.query(
      `SELECT team_id AS "teamId", count(*)::int AS n FROM membership_requests
       WHERE team_id = ANY($1::uuid[]) AND state IN ('awaiting_leader','awaiting_chair') GROUP BY team_id`,
      [teamIds],
    );
    return new Map(rows.map((r) => [r.teamId, r.n]));
  }

  async historyOf(
    requestIds: string[],
    manager: EntityManager = this.db.manager,
  ): Promise<RequestHistoryRow[]> {
    if (requestIds.length === 0) return [];
    return manager.query(
      `SELECT request_id AS "requestId", seq, action, actor_id AS "actorId", at, note, state
       FROM request_history WHERE request_id = ANY($1::uuid[]) ORDER BY request_id, seq`,
      [requestIds],
    );
  }

  async insert(manager: EntityManager, request: MembershipRequest): Promise<void> {
    await manager.query(
      `INSERT INTO membership_requests (id, kind, origin, team_id, subject_id, role, slot, membership_id, state,
                                        opened_by, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        request.id,
        request.kind,
        request.origin,
        request.teamId,
        request.subjectId,
        request.role,
        request.slot,
        request.membershipId,
        request.state,
        request.openedById,
        request.openedAt,
      ],
    );
    await this.appendHistory(manager, request, 0);
  }

  /** Writes a request's new state and the history entries added since `knownHistory` were stored. */
  async save(manager: EntityManager, request: MembershipRequest, knownHistory: number): Promise<void> {
    await manager.query(
      `UPDATE membership_requests SET state = $2, membership_id = $3, updated_at = now() WHERE id = $1`,
      [request.id, request.state, request.membershipId],
    );
    await this.appendHistory(manager, request, knownHistory);
  }

  private async appendHistory(manager: EntityManager, request: MembershipRequest, from: number) {
    const entries = request.history.slice(from);
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO request_history (request_id, seq, action, actor_id, at, note, state)
       SELECT $1::uuid, * FROM unnest($2::int[], $3::varchar[], $4::uuid[], $5::timestamptz[], $6::text[],
                                      $7::varchar[])`,
      [
        request.id,
        entries.map((_, i) => from + i),
        entries.map((e) => e.action),
        entries.map((e) => e.actorId),
        entries.map((e) => e.at),
        entries.map((e) => e.note),
        entries.map((e) => e.state),
      ],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Membership, MembershipRole } from '@cdt/domain';

/** A membership with its person's name and phone, as rosters show it. */
export interface MembershipRow extends Membership {
  fullName: string;
  phone: string | null;
}

const SELECT_MEMBERSHIP = `
  SELECT m.id, m.team_id AS "teamId", m.user_id AS "personId", m.role, m.slot, m.status,
         to_char(m.started_on, 'YYYY-MM-DD') AS "startedOn", to_char(m.ended_on, 'YYYY-MM-DD') AS "endedOn",
         m.end_reason AS "endReason", p.full_name AS "fullName", p.phone
  FROM memberships m JOIN users p ON p.id = m.user_id`;

/** The only place with SQL for memberships. */
@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Memberships of the teams, roles in plan order, active before ended, then by name. */
  async ofTeams(
    teamIds: string[],
    options: { activeOnly: boolean },
    manager: EntityManager = this.db.manager,
  ): Promise<MembershipRow[]> {
    if (teamIds.length === 0) return [];
    const active = options.activeOnly ? `AND m.status = 'active'` : '';
    return manager.query(
      `${SELECT_MEMBERSHIP} WHERE m.team_id = ANY($1::uuid[]) ${active}
       ORDER BY m.team_id, m.status, array_position(ARRAY['leader','deputy','member','collaborator'], m.role::text),
                m.slot, p.full_name, m.started_on`,
      [teamIds],
    );
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<MembershipRow | null> {
    const rows: MembershipRow[] = await manager.query(`${SELECT_MEMBERSHIP} WHERE m.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The teams a person is an active member of, with their role: the caller's side of every team check. */
  async activeOfPerson(personId: string): Promise<{ teamId: string; role: MembershipRole }[]> {
    return this.db.query(
      `SELECT team_id AS "teamId", role FROM memberships WHERE user_id = $1 AND status = 'active'`,
      [personId],
    );
  }

  async insertMany(
    manager: EntityManager,
    memberships: readonly Membership[],
    createdBy: string | null,
  ): Promise<void> {
    if (memberships.length === 0) return;
    const col = <T>(pick: (m: Membership) => T) => memberships.map(pick);
    await manager.query(
      `INSERT INTO memberships (id, team_id, user_id, role, slot, status, started_on, ended_on, end_reason,
                                created_by)
       SELECT *, $10::uuid FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::varchar[],
                                       $6::varchar[], $7::date[], $8::date[], $9::text[])`,
      [
        col((m) => m.id),
        col((m) => m.teamId),
        col((m) => m.personId),
        col((m) => m.role),
        col((m) => m.slot),
        col((m) => m.status),
        col((m) => m.startedOn),
        col((m) => m.endedOn),
        col((m) => m.endReason),
        createdBy,
      ],
    );
  }

  /** Stores ended memberships (status, end date and reason). */
  async saveEnded(manager: EntityManager, memberships: readonly Membership[]): Promise<void> {
    if (memberships.length === 0) return;
    await manager.query(
      `UPDATE memberships m SET status = e.status, ended_on = e.ended_on, end_reason = e.end_reason,
              updated_at = now()
       FROM unnest($1::uuid[], $2::varchar[], $3::date[], $4::text[]) AS e(id, status, ended_on, end_reason)
       WHERE m.id = e.id`,
      [
        memberships.map((m) => m.id),
        memberships.map((m) => m.status),
        memberships.map((m) => m.endedOn),
        memberships.map((m) => m.endReason),
      ],
    );
  }
}

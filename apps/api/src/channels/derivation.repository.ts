import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  STEERING_GRANT_ROLES,
  type ChannelMembershipInput,
  type ChannelTeam,
  type ChannelUnit,
  type DerivationInput,
  type GrantInput,
  type PositionInput,
  type UnitKind,
} from '@cdt/domain';

const SELECT_UNITS = `SELECT u.id, u.kind, u.parent_id AS "parentId", u.path FROM units u`;

/** Reads what the derived channels and one-to-one reachability depend on: units, teams, rosters, offices. */
@Injectable()
export class DerivationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The whole tree's input: announcements gather readers from every team below their unit. */
  async wholeTree(manager: EntityManager = this.db.manager): Promise<DerivationInput> {
    // One after another: inside a transaction they share one connection.
    const units = await manager.query<ChannelUnit[]>(SELECT_UNITS);
    const [teams, memberships, positions, grants] = [
      await manager.query<ChannelTeam[]>(
        `SELECT id, unit_id AS "unitId", kind, status FROM teams WHERE status = 'active'`,
      ),
      await manager.query<ChannelMembershipInput[]>(
        `SELECT m.team_id AS "teamId", m.user_id AS "userId", m.role
         FROM memberships m JOIN teams t ON t.id = m.team_id
         WHERE m.status = 'active' AND t.status = 'active'`,
      ),
      await manager.query<PositionInput[]>(
        `SELECT unit_id AS "unitId", user_id AS "userId", position FROM positions WHERE ended_on IS NULL`,
      ),
      await manager.query<GrantInput[]>(
        `SELECT user_id AS "userId", unit_id AS "unitId", role FROM grants WHERE role = ANY($1::varchar[])`,
        [STEERING_GRANT_ROLES],
      ),
    ];
    return { units, teams, memberships, positions, grants };
  }

  /**
   * The input for some people only (their teams, offices and grants, and the units on the way up to the
   * root): enough to compute their messaging scopes.
   */
  async ofPeople(userIds: string[]): Promise<DerivationInput> {
    const ids = [...new Set(userIds)];
    const [teams, memberships, positions, grants] = await Promise.all([
      this.db.query<ChannelTeam[]>(
        `SELECT DISTINCT t.id, t.unit_id AS "unitId", t.kind, t.status
         FROM teams t JOIN memberships m ON m.team_id = t.id
         WHERE m.user_id = ANY($1::uuid[]) AND m.status = 'active'`,
        [ids],
      ),
      this.db.query<ChannelMembershipInput[]>(
        `SELECT team_id AS "teamId", user_id AS "userId", role, status FROM memberships
         WHERE user_id = ANY($1::uuid[]) AND status = 'active'`,
        [ids],
      ),
      this.db.query<PositionInput[]>(
        `SELECT unit_id AS "unitId", user_id AS "userId", position FROM positions
         WHERE user_id = ANY($1::uuid[]) AND ended_on IS NULL`,
        [ids],
      ),
      this.db.query<GrantInput[]>(
        `SELECT user_id AS "userId", unit_id AS "unitId", role FROM grants WHERE user_id = ANY($1::uuid[])`,
        [ids],
      ),
    ]);
    const unitIds = [
      ...teams.map((t) => t.unitId),
      ...positions.map((p) => p.unitId),
      ...grants.map((g) => g.unitId),
    ];
    return { units: await this.unitsWithAncestors(unitIds), teams, memberships, positions, grants };
  }

  /** Teams (active) and their active rosters in a subtree, with its units: for "seen by" per unit. */
  async subtree(unitId: string): Promise<DerivationInput> {
    const rows: { path: string }[] = await this.db.query(`SELECT path FROM units WHERE id = $1`, [unitId]);
    const like = `${rows[0]?.path ?? '/-/'}%`;
    const [units, teams, memberships] = await Promise.all([
      this.db.query<ChannelUnit[]>(`${SELECT_UNITS} WHERE u.path LIKE $1`, [like]),
      this.db.query<ChannelTeam[]>(
        `SELECT t.id, t.unit_id AS "unitId", t.kind, t.status FROM teams t JOIN units u ON u.id = t.unit_id
         WHERE t.status = 'active' AND u.path LIKE $1`,
        [like],
      ),
      this.db.query<ChannelMembershipInput[]>(
        `SELECT m.team_id AS "teamId", m.user_id AS "userId", m.role, m.status
         FROM memberships m JOIN teams t ON t.id = m.team_id JOIN units u ON u.id = t.unit_id
         WHERE m.status = 'active' AND t.status = 'active' AND u.path LIKE $1`,
        [like],
      ),
    ]);
    return { units, teams, memberships, positions: [], grants: [] };
  }

  async unitNames(ids: string[]): Promise<{ id: string; name: string; kind: UnitKind }[]> {
    if (ids.length === 0) return [];
    return this.db.query(`SELECT id, name, kind FROM units WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The units and every unit above them (their materialized paths name the ancestors). */
  private async unitsWithAncestors(unitIds: string[]): Promise<DerivationInput['units']> {
    if (unitIds.length === 0) return [];
    return this.db.query(
      `${SELECT_UNITS} WHERE u.id IN (
         SELECT unnest(string_to_array(trim(both '/' from x.path), '/'))::uuid FROM units x
         WHERE x.id = ANY($1::uuid[]))`,
      [[...new Set(unitIds)]],
    );
  }
}

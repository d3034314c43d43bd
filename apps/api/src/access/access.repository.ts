import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { GrantRole, UnitKind } from '@cdt/domain';

export interface UserRow {
  id: string;
  username: string;
  phone: string | null;
  fullName: string;
  passwordHash: string | null;
  disabled: boolean;
  createdBy: string | null;
}

export interface GrantRow {
  id: string;
  userId: string;
  role: GrantRole;
  unitId: string;
  unitPath: string;
  unitCode: string | null;
  unitName: string;
  unitKind: UnitKind;
  unitParentId: string | null;
}

export interface SessionState {
  userId: string;
  username: string;
  disabled: boolean;
  sessionRevoked: boolean;
  /** The user's grants, nearest the root first (as grantsOf orders them). */
  grants: { id: string; role: GrantRole; unitId: string; unitPath: string }[];
}

const USER_COLUMNS = `u.id, u.username, u.phone, u.full_name AS "fullName", u.password_hash AS "passwordHash",
  u.disabled, u.created_by AS "createdBy"`;

/** The only place with SQL for users, grants, sessions and refresh tokens. */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findUserByLogin(login: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.username) = lower($1) OR u.phone = $1 LIMIT 1`,
      [login],
    );
    return rows[0] ?? null;
  }

  async countUsers(): Promise<number> {
    const rows: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM users`);
    return rows[0]?.n ?? 0;
  }

  async findUserById(id: string): Promise<UserRow | null> {
    const rows: UserRow[] = await this.db.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async grantsOf(userIds: string[]): Promise<GrantRow[]> {
    if (userIds.length === 0) return [];
    return this.db.query(
      `SELECT g.id, g.user_id AS "userId", g.role, g.unit_id AS "unitId", un.path AS "unitPath",
              un.code AS "unitCode", un.name AS "unitName", un.kind AS "unitKind", un.parent_id AS "unitParentId"
       FROM grants g JOIN units un ON un.id = g.unit_id
       WHERE g.user_id = ANY($1::uuid[]) ORDER BY length(un.path), g.role`,
      [userIds],
    );
  }

  /** Users with a grant inside any of the subtrees, or created by `creatorId` (people without grants yet). */
  async listUsers(scopePaths: string[], creatorId: string, search: string | undefined, limit: number) {
    const params: unknown[] = [scopePaths.map((p) => `${p}%`), creatorId, limit];
    let filter = '';
    if (search) {
      params.push(`%${search.toLowerCase()}%`);
      filter = `AND (lower(u.username) LIKE $4 OR lower(u.full_name) LIKE $4 OR u.phone LIKE $4)`;
    }
    const rows: UserRow[] = await this.db.query(
      `SELECT ${USER_COLUMNS} FROM users u
       WHERE (EXISTS (SELECT 1 FROM grants g JOIN units un ON un.id = g.unit_id
                      WHERE g.user_id = u.id AND un.path LIKE ANY($1::text[]))
              OR u.created_by = $2) ${filter}
       ORDER BY u.full_name LIMIT $3`,
      params,
    );
    return rows;
  }

  async insertUser(
    user: Pick<UserRow, 'username' | 'phone' | 'fullName' | 'passwordHash' | 'createdBy'>,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO users (username, phone, full_name, password_hash, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [user.username, user.phone, user.fullName, user.passwordHash, user.createdBy],
    );
    return rows[0]!.id;
  }

  async updateUser(id: string, patch: { fullName?: string; phone?: string | null; disabled?: boolean }) {
    await this.db.query(
      `UPDATE users SET
         full_name = COALESCE($2, full_name),
         phone = CASE WHEN $3::boolean THEN $4 ELSE phone END,
         disabled = COALESCE($5, disabled),
         updated_at = now()
       WHERE id = $1`,
      [id, patch.fullName ?? null, patch.phone !== undefined, patch.phone ?? null, patch.disabled ?? null],
    );
  }

  async usernameOrPhoneTaken(username: string, phone: string | null, exceptId?: string) {
    const rows: { username: boolean; phone: boolean }[] = await this.db.query(
      `SELECT bool_or(lower(username) = lower($1)) AS username, bool_or(phone IS NOT NULL AND phone = $2) AS phone
       FROM users WHERE (lower(username) = lower($1) OR phone = $2) AND id IS DISTINCT FROM $3`,
      [username, phone, exceptId ?? null],
    );
    return { username: rows[0]?.username === true, phone: rows[0]?.phone === true };
  }

  async insertGrant(
    grant: { userId: string; unitId: string; role: GrantRole; createdBy: string | null },
    manager: EntityManager = this.db.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO grants (user_id, unit_id, role, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, unit_id, role) DO NOTHING`,
      [grant.userId, grant.unitId, grant.role, grant.createdBy],
    );
  }

  async deleteGrant(userId: string, grantId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `DELETE FROM grants WHERE id = $1 AND user_id = $2`,
      [grantId, userId],
    );
    return result[1] > 0;
  }

  async createSession(userId: string, userAgent: string | null): Promise<string> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO auth_sessions (user_id, user_agent) VALUES ($1, $2) RETURNING id`,
      [userId, userAgent],
    );
    return rows[0]!.id;
  }

  /** The session, its user and their grants in one round trip: every authenticated request starts here. */
  async sessionState(userId: string, sessionId: string): Promise<SessionState | null> {
    const rows: SessionState[] = await this.db.query(
      `SELECT u.id AS "userId", u.username, u.disabled, (s.revoked_at IS NOT NULL) AS "sessionRevoked",
              coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'unitId', g.unit_id,
                                                          'unitPath', un.path) ORDER BY length(un.path), g.role)
                        FROM grants g JOIN units un ON un.id = g.unit_id WHERE g.user_id = u.id), '[]') AS grants
       FROM users u JOIN auth_sessions s ON s.user_id = u.id AND s.id = $2 WHERE u.id = $1`,
      [userId, sessionId],
    );
    return rows[0] ?? null;
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }

  async revokeAllSessions(userId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, reason],
    );
  }

  async insertRefreshToken(sessionId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
      [sessionId, tokenHash, expiresAt],
    );
  }

  /**
   * Marks a refresh token used, atomically: exactly one caller wins, so a replayed token is detected even
   * when two requests race. Returns the token's session and whether this call was the one that used it.
   */
  async useRefreshToken(tokenHash: string) {
    const rows: {
      sessionId: string;
      userId: string;
      firstUse: boolean;
      expired: boolean;
      revoked: boolean;
    }[] = await this.db.query(
      `WITH t AS (SELECT id, used_at FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE),
              marked AS (UPDATE refresh_tokens r SET used_at = now() FROM t
                         WHERE r.id = t.id AND t.used_at IS NULL RETURNING r.id)
         SELECT r.session_id AS "sessionId", s.user_id AS "userId",
                EXISTS (SELECT 1 FROM marked) AS "firstUse",
                (r.expires_at < now()) AS expired, (s.revoked_at IS NOT NULL) AS revoked
         FROM refresh_tokens r JOIN auth_sessions s ON s.id = r.session_id WHERE r.token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  async purgeExpiredRefreshTokens(): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'`,
    );
    return result[1];
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

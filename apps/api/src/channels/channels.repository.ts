import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ChannelKind,
  ChannelMemberRole,
  ChannelMemberSpec,
  ChannelStatus,
  MentionCandidate,
  PersonDto,
  RoleChange,
} from '@cdt/domain';
import type { ChannelRow, MemberRow } from './channel.mapper';
import { prepared } from './prepared';

export interface NewChannel {
  /** Drawn by the caller when the key names it (working groups); the database draws it otherwise. */
  id?: string;
  key: string;
  kind: ChannelKind;
  unitId: string | null;
  teamId: string | null;
  title: string | null;
  createdBy: string | null;
}

export interface WriteContextRow {
  channel: ChannelRow;
  member: MemberRow | null;
  fullName: string | null;
  /** The message already stored under the send's (author, clientMessageId), if any. */
  existingId: string | null;
}

export interface MemberPersonRow {
  userId: string;
  fullName: string;
  phone: string | null;
  username: string;
  role: ChannelMemberRole;
  lastReadSeq: number;
}

/** A stored derived channel with its active members, as the sync compares it. */
export interface StoredChannelRow {
  id: string;
  key: string;
  kind: ChannelKind;
  status: ChannelStatus;
  teamId: string | null;
  lastSeq: number;
  userId: string | null;
  role: ChannelMemberRole | null;
}

const SELECT_CHANNEL = `
  SELECT c.id, c.key, c.kind, c.unit_id AS "unitId", c.team_id AS "teamId", c.title, c.status,
         c.last_seq AS "lastSeq", c.last_revision AS "lastRevision", c.created_at AS "createdAt",
         c.created_by AS "createdBy"
  FROM channels c`;

const SELECT_MEMBER = `
  SELECT m.id, m.channel_id AS "channelId", m.user_id AS "userId", m.role, m.joined_at_seq AS "joinedAtSeq",
         m.left_at_seq AS "leftAtSeq", m.last_read_seq AS "lastReadSeq"
  FROM channel_members m`;

type WriteContextSqlRow = ChannelRow & {
  fullName: string | null;
  memberId: string | null;
  role: ChannelMemberRole | null;
  joinedAtSeq: number | null;
  leftAtSeq: number | null;
  lastReadSeq: number | null;
  existingId: string | null;
};

const writeContextSql = (lock: boolean) => `
  SELECT c.id, c.key, c.kind, c.unit_id AS "unitId", c.team_id AS "teamId", c.title, c.status,
         c.last_seq AS "lastSeq", c.last_revision AS "lastRevision", c.created_at AS "createdAt",
         c.created_by AS "createdBy", u.full_name AS "fullName", m.id AS "memberId", m.role,
         m.joined_at_seq AS "joinedAtSeq", m.left_at_seq AS "leftAtSeq", m.last_read_seq AS "lastReadSeq",
         (SELECT x.id FROM messages x WHERE x.author_id = $2 AND x.client_message_id = $3::uuid) AS "existingId"
  FROM channels c
  LEFT JOIN users u ON u.id = $2
  LEFT JOIN LATERAL (
    SELECT * FROM channel_members m WHERE m.channel_id = c.id AND m.user_id = $2
    ORDER BY m.left_at_seq DESC NULLS FIRST LIMIT 1) m ON true
  WHERE c.id = $1
  ${lock ? 'FOR UPDATE OF c' : ''}`;

/** Key of the channel sync's advisory lock ("5" for issue 5, then a fixed tag). */
const CHANNEL_SYNC_LOCK = 5_051_001;

/** A person's current span, or their latest one once they left. */
const LATEST_SPAN = `ORDER BY m.left_at_seq DESC NULLS FIRST LIMIT 1`;

/** The only place with SQL for channels and their members. */
@Injectable()
export class ChannelsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<ChannelRow | null> {
    const rows: ChannelRow[] = await manager.query(`${SELECT_CHANNEL} WHERE c.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async findByKey(key: string, manager: EntityManager = this.db.manager): Promise<ChannelRow | null> {
    const rows: ChannelRow[] = await manager.query(`${SELECT_CHANNEL} WHERE c.key = $1`, [key]);
    return rows[0] ?? null;
  }

  /** The channel under its row lock: every seq and revision is drawn while holding it. */
  async lock(manager: EntityManager, id: string): Promise<ChannelRow | null> {
    const rows: ChannelRow[] = await manager.query(`${SELECT_CHANNEL} WHERE c.id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** Locks channels by key, in key order (two syncs never wait on each other crosswise). */
  async lockByKeys(manager: EntityManager, keys: string[]): Promise<ChannelRow[]> {
    if (keys.length === 0) return [];
    return manager.query(`${SELECT_CHANNEL} WHERE c.key = ANY($1::text[]) ORDER BY c.key FOR UPDATE`, [keys]);
  }

  async memberOf(
    channelId: string,
    userId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MemberRow | null> {
    const rows: MemberRow[] = await manager.query(
      `${SELECT_MEMBER} WHERE m.channel_id = $1 AND m.user_id = $2 ${LATEST_SPAN}`,
      [channelId, userId],
    );
    return rows[0] ?? null;
  }

  /**
   * A write's first statement, one round trip: the channel (under its row lock when `lock`, as every
   * transactional write takes it), the actor's latest span and name, and, for a send, the id of the message
   * already stored under its idempotency key. Null when the channel is unknown.
   */
  async writeContext(
    channelId: string,
    userId: string,
    options: { lock: boolean; clientMessageId?: string },
    manager?: EntityManager,
  ): Promise<WriteContextRow | null> {
    const params = [channelId, userId, options.clientMessageId ?? null];
    const sql = writeContextSql(options.lock);
    const rows = manager
      ? await manager.query<WriteContextSqlRow[]>(sql, params)
      : await prepared<WriteContextSqlRow>(this.db, `channels.write-context.${options.lock}`, sql, params);
    const row = rows[0];
    if (!row) return null;
    const { fullName, memberId, role, joinedAtSeq, leftAtSeq, lastReadSeq, existingId, ...channel } = row;
    const member: MemberRow | null =
      memberId !== null && role !== null && joinedAtSeq !== null && lastReadSeq !== null
        ? { id: memberId, channelId, userId, role, joinedAtSeq, leftAtSeq, lastReadSeq }
        : null;
    return { channel, member, fullName, existingId };
  }

  /** Every span of the channel (current and closed), for "seen by". */
  async spans(channelId: string): Promise<MemberRow[]> {
    return this.db.query(`${SELECT_MEMBER} WHERE m.channel_id = $1`, [channelId]);
  }

  async activeMembers(channelId: string, manager: EntityManager = this.db.manager): Promise<MemberRow[]> {
    return manager.query(`${SELECT_MEMBER} WHERE m.channel_id = $1 AND m.left_at_seq IS NULL`, [channelId]);
  }

  /** Active members with the names @mentions match on. */
  async mentionable(
    channelId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MentionCandidate[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.username, u.full_name AS "fullName"
       FROM channel_members m JOIN users u ON u.id = m.user_id
       WHERE m.channel_id = $1 AND m.left_at_seq IS NULL`,
      [channelId],
    );
  }

  async membersWithPeople(channelId: string): Promise<MemberPersonRow[]> {
    return this.db.query(
      `SELECT u.id AS "userId", u.full_name AS "fullName", u.phone, u.username, m.role,
              m.last_read_seq AS "lastReadSeq"
       FROM channel_members m JOIN users u ON u.id = m.user_id
       WHERE m.channel_id = $1 AND m.left_at_seq IS NULL
       ORDER BY array_position(ARRAY['owner','poster','reader'], m.role::text), u.full_name`,
      [channelId],
    );
  }

  /** The channels a person is an active member of (their sockets join these channels' member rooms). */
  async activeChannelIdsOf(userId: string): Promise<string[]> {
    const rows: { channelId: string }[] = await this.db.query(
      `SELECT channel_id AS "channelId" FROM channel_members WHERE user_id = $1 AND left_at_seq IS NULL`,
      [userId],
    );
    return rows.map((r) => r.channelId);
  }

  async people(ids: string[]): Promise<PersonDto[]> {
    if (ids.length === 0) return [];
    return this.db.query(
      `SELECT id, full_name AS "fullName", phone FROM users WHERE id = ANY($1::uuid[]) ORDER BY full_name, id`,
      [ids],
    );
  }

  /** The ids among `ids` that name a user. */
  async existingUsers(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE id = ANY($1::uuid[])`, [
      [...new Set(ids)],
    ]);
    return new Set(rows.map((r) => r.id));
  }

  /** Inserts a channel unless its key exists; returns its id either way and whether this call made it. */
  async insert(manager: EntityManager, channel: NewChannel): Promise<{ id: string; created: boolean }> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO channels (id, key, kind, unit_id, team_id, title, status, created_by)
       VALUES (COALESCE($1::uuid, gen_random_uuid()), $2, $3, $4, $5, $6, 'active', $7)
       ON CONFLICT (key) DO NOTHING RETURNING id`,
      [
        channel.id ?? null,
        channel.key,
        channel.kind,
        channel.unitId,
        channel.teamId,
        channel.title,
        channel.createdBy,
      ],
    );
    if (rows[0]) return { id: rows[0].id, created: true };
    const existing = await this.findByKey(channel.key, manager);
    if (!existing) throw new Error(`channel ${channel.key} vanished`);
    return { id: existing.id, created: false };
  }

  /** Inserts many derived channels at once; returns key → id of the ones created. */
  async insertMany(manager: EntityManager, channels: readonly NewChannel[]): Promise<Map<string, string>> {
    if (channels.length === 0) return new Map();
    const rows: { id: string; key: string }[] = await manager.query(
      `INSERT INTO channels (key, kind, unit_id, team_id, title, status, created_by)
       SELECT k, kd, u, t, NULL, 'active', NULL
       FROM unnest($1::varchar[], $2::varchar[], $3::uuid[], $4::uuid[]) AS x(k, kd, u, t)
       ON CONFLICT (key) DO NOTHING RETURNING id, key`,
      [
        channels.map((c) => c.key),
        channels.map((c) => c.kind),
        channels.map((c) => c.unitId),
        channels.map((c) => c.teamId),
      ],
    );
    return new Map(rows.map((r) => [r.key, r.id]));
  }

  /** Opens spans for new members of one channel, at the channel's current seq (nothing unread). */
  async addMembers(
    manager: EntityManager,
    channelId: string,
    members: readonly ChannelMemberSpec[],
    atSeq: number,
  ): Promise<void> {
    await this.addMembersMany(
      manager,
      members.map((m) => ({ channelId, userId: m.userId, role: m.role, atSeq })),
    );
  }

  async addMembersMany(
    manager: EntityManager,
    rows: readonly { channelId: string; userId: string; role: ChannelMemberRole; atSeq: number }[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO channel_members (channel_id, user_id, role, joined_at_seq, last_read_seq)
       SELECT c, u, r, s, s FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[]) AS x(c, u, r, s)
       ON CONFLICT (channel_id, user_id) WHERE left_at_seq IS NULL DO NOTHING`,
      [
        rows.map((r) => r.channelId),
        rows.map((r) => r.userId),
        rows.map((r) => r.role),
        rows.map((r) => r.atSeq),
      ],
    );
  }

  /** Closes the current spans of these people at `atSeq`: they keep what they could read until then. */
  async closeMembers(manager: EntityManager, channelId: string, userIds: string[], atSeq: number) {
    if (userIds.length === 0) return;
    await manager.query(
      `UPDATE channel_members SET left_at_seq = GREATEST($3::int, joined_at_seq), left_at = now()
       WHERE channel_id = $1 AND user_id = ANY($2::uuid[]) AND left_at_seq IS NULL`,
      [channelId, userIds, atSeq],
    );
  }

  async changeRoles(manager: EntityManager, channelId: string, changes: readonly RoleChange[]) {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE channel_members m SET role = x.r
       FROM unnest($2::uuid[], $3::varchar[]) AS x(u, r)
       WHERE m.channel_id = $1 AND m.user_id = x.u AND m.left_at_seq IS NULL`,
      [channelId, changes.map((c) => c.userId), changes.map((c) => c.to)],
    );
  }

  async setStatus(manager: EntityManager, channelId: string, status: ChannelStatus): Promise<void> {
    await manager.query(`UPDATE channels SET status = $2, updated_at = now() WHERE id = $1`, [
      channelId,
      status,
    ]);
  }

  async setTeam(manager: EntityManager, channelId: string, teamId: string | null): Promise<void> {
    await manager.query(`UPDATE channels SET team_id = $2, updated_at = now() WHERE id = $1`, [
      channelId,
      teamId,
    ]);
  }

  /** Moves a read marker forward (never back, even when two devices race); returns the marker now. */
  async markRead(memberId: string, seq: number): Promise<number> {
    const rows: [{ lastReadSeq: number }[], number] = await this.db.query(
      `UPDATE channel_members SET last_read_seq = GREATEST(last_read_seq, $2::int)
       WHERE id = $1 RETURNING last_read_seq AS "lastReadSeq"`,
      [memberId, seq],
    );
    return rows[0][0]?.lastReadSeq ?? seq;
  }

  /**
   * The channel sync's transaction-level advisory lock (released at commit), shared by every process of the
   * hub; `tryOnly` returns false at once when another sync holds it.
   */
  async syncLock(manager: EntityManager, tryOnly: boolean): Promise<boolean> {
    if (!tryOnly) {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [CHANNEL_SYNC_LOCK]);
      return true;
    }
    const rows: { locked: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock($1) AS locked`,
      [CHANNEL_SYNC_LOCK],
    );
    return rows[0]?.locked === true;
  }

  /** Every derived channel with its active members (one row per member; a channel with none has one row). */
  async storedDerived(manager: EntityManager): Promise<StoredChannelRow[]> {
    return manager.query(
      `SELECT c.id, c.key, c.kind, c.status, c.team_id AS "teamId", c.last_seq AS "lastSeq",
              m.user_id AS "userId", m.role
       FROM channels c
       LEFT JOIN channel_members m ON m.channel_id = c.id AND m.left_at_seq IS NULL
       WHERE c.kind IN ('commune','village','announcement')`,
    );
  }

  /** The live commune or village channel of a team (the hub posts its task news there). */
  async ofTeam(teamId: string, manager: EntityManager = this.db.manager): Promise<ChannelRow | null> {
    const rows: ChannelRow[] = await manager.query(
      `${SELECT_CHANNEL} WHERE c.team_id = $1 AND c.kind IN ('commune','village') AND c.status = 'active'
       ORDER BY c.created_at LIMIT 1`,
      [teamId],
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { NotificationPayload, TaskNotificationKind } from '@cdt/domain';

/** A stored notification with its owner, as the list and the live push need it. */
export interface NotificationRow extends NotificationPayload {
  userId: string;
  data: Record<string, unknown>;
  readAt: Date | null;
  createdAt: Date;
}

/** What to write for one person. */
export interface NewNotification {
  userId: string;
  kind: TaskNotificationKind;
  title: string;
  body: string;
  link: string | null;
  data: Record<string, unknown>;
}

/** What to write for the leader and deputy of one team (the recipients are found in the same statement). */
export interface TeamNotification {
  teamId: string;
  link: string | null;
  data: Record<string, unknown>;
}

const RETURNING = `RETURNING id, user_id AS "userId", kind, title, body, link, data, read_at AS "readAt",
  created_at AS "createdAt"`;

/** The only place with SQL for notifications; every insert is one statement, however many people it reaches. */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertForUsers(manager: EntityManager, rows: readonly NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return [];
    return manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, data)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       ${RETURNING}`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.link),
        rows.map((r) => JSON.stringify(r.data)),
      ],
    );
  }

  /** One notification per active leader and deputy of each team, with the same kind and text for all. */
  async insertForTeamLeads(
    manager: EntityManager,
    kind: TaskNotificationKind,
    text: { title: string; body: string },
    teams: readonly TeamNotification[],
  ): Promise<NotificationRow[]> {
    if (teams.length === 0) return [];
    return manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, data)
       SELECT m.user_id, $1, $2, $3, x.link, x.data
       FROM unnest($4::uuid[], $5::text[], $6::jsonb[]) AS x(team_id, link, data)
       JOIN memberships m ON m.team_id = x.team_id AND m.status = 'active' AND m.role IN ('leader','deputy')
       ${RETURNING}`,
      [
        kind,
        text.title,
        text.body,
        teams.map((t) => t.teamId),
        teams.map((t) => t.link),
        teams.map((t) => JSON.stringify(t.data)),
      ],
    );
  }

  /** Newest first; `before` is the (createdAt, id) of the last row of the previous page. */
  async listOf(
    userId: string,
    options: { unreadOnly: boolean; limit: number; before: { createdAt: string; id: string } | null },
  ): Promise<NotificationRow[]> {
    const params: unknown[] = [userId, options.limit];
    const where = ['user_id = $1'];
    if (options.unreadOnly) where.push('read_at IS NULL');
    if (options.before) {
      params.push(options.before.createdAt, options.before.id);
      where.push(`(created_at, id) < ($3::timestamptz, $4::uuid)`);
    }
    return this.db.query(
      `SELECT id, user_id AS "userId", kind, title, body, link, data, read_at AS "readAt", created_at AS "createdAt"
       FROM notifications WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Marks one of the user's notifications read (keeping the first read time); null when it is not theirs. */
  async markRead(userId: string, id: string): Promise<NotificationRow | null> {
    // An UPDATE answers [rows, affected count] through TypeORM.
    const [rows]: [NotificationRow[], number] = await this.db.query(
      `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 ${RETURNING}`,
      [id, userId],
    );
    return rows[0] ?? null;
  }

  async markAllRead(userId: string): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return result[1];
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ChannelKind, ChannelMemberRole, Poll, SystemPayload, UnitKind } from '@cdt/domain';
import type { ChannelRow } from './channel.mapper';

/** A channel as one person's list shows it: their span, the counters they need, the last message. */
export interface ChannelCardRow extends ChannelRow {
  unitName: string | null;
  unitKind: UnitKind | null;
  teamName: string | null;
  role: ChannelMemberRole;
  leftAtSeq: number | null;
  lastReadSeq: number;
  memberCount: number;
  pinnedCount: number;
  ownAfter: number;
  mentionCount: number;
  lastSeqVisible: number;
  lastMessageSeq: number | null;
  lastMessageText: string | null;
  lastMessagePoll: Poll | null;
  lastMessageSystem: SystemPayload | null;
  lastMessageDeletedAt: Date | null;
  lastMessageAuthorId: string | null;
  lastMessageAuthorName: string | null;
  lastMessageAt: Date | null;
  counterpartId: string | null;
  counterpartName: string | null;
  counterpartPhone: string | null;
}

/** The channel list: one query for all of a person's channels with their counters and last message. */
@Injectable()
export class ChannelListRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One person's channels with everything their list shows; `channelId` narrows it to one. */
  async cards(
    userId: string,
    filter: { channelId?: string; kind?: ChannelKind; includeLeft: boolean },
  ): Promise<ChannelCardRow[]> {
    const params: unknown[] = [userId, filter.includeLeft];
    const narrow = (sql: string, value: unknown) => {
      params.push(value);
      return sql.replace('?', `$${params.length}`);
    };
    const mine = filter.channelId ? narrow('AND m.channel_id = ?', filter.channelId) : '';
    const kind = filter.kind ? narrow('AND c.kind = ?', filter.kind) : '';
    return this.db.query(
      `WITH mine AS (
         SELECT DISTINCT ON (m.channel_id) m.channel_id, m.role, m.left_at_seq, m.last_read_seq
         FROM channel_members m WHERE m.user_id = $1 ${mine}
         ORDER BY m.channel_id, m.left_at_seq DESC NULLS FIRST)
       SELECT c.id, c.key, c.kind, c.unit_id AS "unitId", c.team_id AS "teamId", c.title, c.status,
              c.last_seq AS "lastSeq", c.last_revision AS "lastRevision", c.created_at AS "createdAt",
              c.created_by AS "createdBy", un.name AS "unitName", un.kind AS "unitKind", t.name AS "teamName",
              mine.role, mine.left_at_seq AS "leftAtSeq", mine.last_read_seq AS "lastReadSeq",
              cap.seq AS "lastSeqVisible",
              (SELECT count(*)::int FROM channel_members a
                WHERE a.channel_id = c.id AND a.left_at_seq IS NULL) AS "memberCount",
              (SELECT count(*)::int FROM messages p
                WHERE p.channel_id = c.id AND p.pinned_at IS NOT NULL AND p.seq <= cap.seq) AS "pinnedCount",
              (SELECT count(*)::int FROM messages o
                WHERE o.channel_id = c.id AND o.seq > mine.last_read_seq AND o.seq <= cap.seq
                  AND o.author_id = $1) AS "ownAfter",
              (SELECT count(*)::int FROM messages x
                WHERE x.channel_id = c.id AND x.seq > mine.last_read_seq AND x.seq <= cap.seq
                  AND x.deleted_at IS NULL AND x.author_id IS DISTINCT FROM $1
                  AND (x.mentions_all OR $1 = ANY(x.mention_user_ids))) AS "mentionCount",
              last.seq AS "lastMessageSeq", last.text AS "lastMessageText", last.poll AS "lastMessagePoll",
              last.system_payload AS "lastMessageSystem", last.deleted_at AS "lastMessageDeletedAt",
              last.author_id AS "lastMessageAuthorId", last.author_name AS "lastMessageAuthorName",
              last.created_at AS "lastMessageAt",
              cp.id AS "counterpartId", cp.full_name AS "counterpartName", cp.phone AS "counterpartPhone"
       FROM mine
       JOIN channels c ON c.id = mine.channel_id
       CROSS JOIN LATERAL (SELECT COALESCE(mine.left_at_seq, c.last_seq) AS seq) cap
       LEFT JOIN units un ON un.id = c.unit_id
       LEFT JOIN teams t ON t.id = c.team_id
       LEFT JOIN LATERAL (
         SELECT l.seq, l.text, l.poll, l.system_payload, l.deleted_at, l.author_id, l.created_at,
                au.full_name AS author_name
         FROM messages l LEFT JOIN users au ON au.id = l.author_id
         WHERE l.channel_id = c.id AND l.seq <= cap.seq ORDER BY l.seq DESC LIMIT 1) last ON true
       LEFT JOIN LATERAL (
         SELECT u.id, u.full_name, u.phone FROM channel_members o JOIN users u ON u.id = o.user_id
         WHERE c.kind = 'direct' AND o.channel_id = c.id AND o.user_id <> $1 LIMIT 1) cp ON true
       WHERE (mine.left_at_seq IS NULL OR $2::boolean) ${kind}
       ORDER BY COALESCE(last.created_at, c.created_at) DESC, c.id`,
      params,
    );
  }
}

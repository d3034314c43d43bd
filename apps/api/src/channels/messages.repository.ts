import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { searchableText, type Message, type PollVote, type SeqWindow } from '@cdt/domain';
import type { MessageRow, VoteRow } from './channel.mapper';
import { prepared } from './prepared';

/** Columns of a message with its author's name; lists leave the audit history out (clients never see it). */
const selectMessages = (withHistory: boolean) => `
  SELECT m.id, m.channel_id AS "channelId", m.seq, m.revision, m.author_id AS "authorId",
         au.full_name AS "authorName", m.client_message_id AS "clientMessageId", m.parent_id AS "parentId",
         m.text, m.mention_user_ids::text[] AS "mentionUserIds", m.mentions_all AS "mentionsAll", m.poll,
         m.system_payload AS "systemPayload", ${withHistory ? 'm.history' : `'[]'::jsonb`} AS history,
         m.pinned_at AS "pinnedAt", m.pinned_by AS "pinnedBy", m.edited_at AS "editedAt",
         m.deleted_at AS "deletedAt", m.created_at AS "createdAt"
  FROM messages m LEFT JOIN users au ON au.id = m.author_id`;

const SELECT_FULL = selectMessages(true);
const SELECT_LIST = selectMessages(false);

export interface AuditEntry {
  messageId: string;
  channelId: string;
  actorId: string;
  action: 'edited' | 'deleted';
  previousText: string;
  newText: string | null;
  pollQuestion: string | null;
  at: string;
}

/** The only place with SQL for messages, poll votes and the audit log. */
@Injectable()
export class MessagesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(`${SELECT_FULL} WHERE m.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The message stored under a send's idempotency key, if any. */
  async findByClientId(
    authorId: string,
    clientMessageId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<MessageRow | null> {
    const rows: MessageRow[] = await manager.query(
      `${SELECT_FULL} WHERE m.author_id = $1 AND m.client_message_id = $2`,
      [authorId, clientMessageId],
    );
    return rows[0] ?? null;
  }

  /** Stores a new message and the channel's counters in one statement (the caller holds the channel lock). */
  async insert(
    manager: EntityManager,
    message: Message,
    counters: { lastSeq: number; lastRevision: number },
  ): Promise<void> {
    await manager.query(
      `WITH bump AS (
         UPDATE channels SET last_seq = $2, last_revision = $3, updated_at = now() WHERE id = $1 RETURNING id)
       INSERT INTO messages (id, channel_id, seq, revision, author_id, client_message_id, parent_id, text,
                             text_search, mention_user_ids, mentions_all, poll, system_payload, history,
                             created_at)
       SELECT $4::uuid, bump.id, $5::int, $6::int, $7::uuid, $8::uuid, $9::uuid, $10::text, $11::text,
              $12::uuid[], $13::boolean, $14::jsonb, $15::jsonb, $16::jsonb, $17::timestamptz
       FROM bump`,
      [
        message.channelId,
        counters.lastSeq,
        counters.lastRevision,
        message.id,
        message.seq,
        message.revision,
        message.author.kind === 'user' ? message.author.userId : null,
        message.clientMessageId,
        message.parentId,
        message.text,
        searchableText(message),
        message.mentions.userIds,
        message.mentions.all,
        jsonOrNull(message.poll),
        jsonOrNull(message.system),
        JSON.stringify(message.history),
        message.createdAt,
      ],
    );
  }

  /**
   * Stores a person's new message in one statement, its own transaction: the channel's counters advance under
   * the UPDATE's row lock and the message takes them, so seqs stay gapless and in commit order. The statement
   * re-checks what the decision read (open channel, the author still posts there, the replied-to message
   * still live); null, with nothing written, when that no longer holds.
   */
  async insertNext(
    message: Message,
    repliedToId: string | null,
  ): Promise<{ seq: number; revision: number } | null> {
    if (message.author.kind !== 'user') throw new Error('insertNext stores people’s messages');
    const rows = await prepared<{ seq: number; revision: number }>(
      this.db,
      'messages.insert-next',
      `WITH bump AS (
         UPDATE channels c SET last_seq = c.last_seq + 1, last_revision = c.last_revision + 1, updated_at = now()
         WHERE c.id = $1 AND c.status = 'active'
           AND EXISTS (SELECT 1 FROM channel_members m WHERE m.channel_id = c.id AND m.user_id = $2::uuid
                       AND m.left_at_seq IS NULL AND m.role IN ('owner','poster'))
           AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM messages p
                                           WHERE p.id = $3::uuid AND p.channel_id = c.id AND p.deleted_at IS NULL))
         RETURNING c.last_seq, c.last_revision)
       INSERT INTO messages (id, channel_id, seq, revision, author_id, client_message_id, parent_id, text,
                             text_search, mention_user_ids, mentions_all, poll, system_payload, history,
                             created_at)
       SELECT $4::uuid, $1::uuid, bump.last_seq, bump.last_revision, $2::uuid, $5::uuid, $6::uuid, $7::text,
              $8::text, $9::uuid[], $10::boolean, $11::jsonb, NULL, '[]'::jsonb, $12::timestamptz
       FROM bump
       RETURNING seq, revision`,
      [
        message.channelId,
        message.author.userId,
        repliedToId,
        message.id,
        message.clientMessageId,
        message.parentId,
        message.text,
        searchableText(message),
        message.mentions.userIds,
        message.mentions.all,
        jsonOrNull(message.poll),
        message.createdAt,
      ],
    );
    return rows[0] ?? null;
  }

  /** Stores a changed message (edit, tombstone, pin, new revision) and the channel's counters. */
  async update(
    manager: EntityManager,
    message: Message,
    counters: { lastSeq: number; lastRevision: number },
  ): Promise<void> {
    await manager.query(
      `WITH bump AS (
         UPDATE channels SET last_seq = $2, last_revision = $3, updated_at = now() WHERE id = $1 RETURNING id)
       UPDATE messages SET revision = $5, text = $6, text_search = $7, mention_user_ids = $8::uuid[],
              mentions_all = $9, poll = $10::jsonb, history = $11::jsonb, pinned_at = $12, pinned_by = $13,
              edited_at = $14, deleted_at = $15
       WHERE id = $4 AND channel_id = (SELECT id FROM bump)`,
      [
        message.channelId,
        counters.lastSeq,
        counters.lastRevision,
        message.id,
        message.revision,
        message.text,
        searchableText(message),
        message.mentions.userIds,
        message.mentions.all,
        jsonOrNull(message.poll),
        JSON.stringify(message.history),
        message.pinnedAt,
        message.pinnedBy,
        message.editedAt,
        message.deletedAt,
      ],
    );
  }

  async insertAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO message_audit (message_id, channel_id, actor_id, action, previous_text, new_text,
                                  poll_question, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.messageId,
        entry.channelId,
        entry.actorId,
        entry.action,
        entry.previousText,
        entry.newText,
        entry.pollQuestion,
        entry.at,
      ],
    );
  }

  async pinnedCount(manager: EntityManager, channelId: string): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM messages WHERE channel_id = $1 AND pinned_at IS NOT NULL`,
      [channelId],
    );
    return rows[0]?.n ?? 0;
  }

  async votesOf(messageIds: string[], manager: EntityManager = this.db.manager): Promise<VoteRow[]> {
    if (messageIds.length === 0) return [];
    return manager.query(
      `SELECT message_id AS "messageId", user_id AS "userId", option_ids AS "optionIds", voted_at AS "votedAt"
       FROM poll_votes WHERE message_id = ANY($1::uuid[]) ORDER BY voted_at, user_id`,
      [messageIds],
    );
  }

  /** Replaces (or, with null, withdraws) one person's vote. */
  async saveVote(manager: EntityManager, messageId: string, userId: string, vote: PollVote | null) {
    if (vote === null) {
      await manager.query(`DELETE FROM poll_votes WHERE message_id = $1 AND user_id = $2`, [
        messageId,
        userId,
      ]);
      return;
    }
    await manager.query(
      `INSERT INTO poll_votes (message_id, user_id, option_ids, voted_at) VALUES ($1, $2, $3::text[], $4)
       ON CONFLICT (message_id, user_id) DO UPDATE SET option_ids = EXCLUDED.option_ids, voted_at = EXCLUDED.voted_at`,
      [messageId, userId, vote.optionIds, vote.at],
    );
  }

  /** A history page: the seq window of the domain, in its order, `limit + 1` rows (the extra means "more"). */
  async page(channelId: string, window: SeqWindow, parentId: string | null): Promise<MessageRow[]> {
    const params: unknown[] = [channelId, window.limit + 1];
    const where = ['m.channel_id = $1'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (window.below !== null) add('m.seq < ?', window.below);
    if (window.above !== null) add('m.seq > ?', window.above);
    if (parentId !== null) add('m.parent_id = ?', parentId);
    return this.db.query(
      `${SELECT_LIST} WHERE ${where.join(' AND ')} ORDER BY m.seq ${window.order === 'asc' ? 'ASC' : 'DESC'}
       LIMIT $2`,
      params,
    );
  }

  /** The gap after `afterSeq` (by seq, `limit + 1` rows), never beyond `cap`. */
  async after(channelId: string, afterSeq: number, cap: number, limit: number): Promise<MessageRow[]> {
    return this.db.query(
      `${SELECT_LIST} WHERE m.channel_id = $1 AND m.seq > $2 AND m.seq <= $3 ORDER BY m.seq LIMIT $4`,
      [channelId, afterSeq, cap, limit + 1],
    );
  }

  /** Older messages (seq ≤ afterSeq) changed after `afterRevision`, by seq. */
  async changedUpTo(
    channelId: string,
    afterSeq: number,
    afterRevision: number,
    cap: number,
  ): Promise<MessageRow[]> {
    return this.db.query(
      `${SELECT_LIST} WHERE m.channel_id = $1 AND m.revision > $3 AND m.seq <= LEAST($2::int, $4::int)
       ORDER BY m.seq`,
      [channelId, afterSeq, afterRevision, cap],
    );
  }

  /** Newest matches first: every folded term must occur (LIKE patterns, escaped by the domain). */
  async search(channelId: string, patterns: string[], below: number, limit: number): Promise<MessageRow[]> {
    const terms = patterns.map((_, i) => `m.text_search LIKE $${i + 4} ESCAPE '\\'`).join(' AND ');
    return this.db.query(
      `${SELECT_LIST} WHERE m.channel_id = $1 AND m.seq < $2 AND m.deleted_at IS NULL AND ${terms}
       ORDER BY m.seq DESC LIMIT $3`,
      [channelId, below, limit + 1, ...patterns],
    );
  }

  async pinned(channelId: string, cap: number): Promise<MessageRow[]> {
    return this.db.query(
      `${SELECT_LIST} WHERE m.channel_id = $1 AND m.pinned_at IS NOT NULL AND m.seq <= $2
       ORDER BY m.pinned_at DESC`,
      [channelId, cap],
    );
  }

  /** Live replies per thread root: how many, and when the latest came. */
  async replyStats(rootIds: string[]): Promise<Map<string, { count: number; lastAt: Date }>> {
    if (rootIds.length === 0) return new Map();
    const rows: { parentId: string; count: number; lastAt: Date }[] = await this.db.query(
      `SELECT parent_id AS "parentId", count(*)::int AS count, max(created_at) AS "lastAt" FROM messages
       WHERE parent_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY parent_id`,
      [rootIds],
    );
    return new Map(rows.map((r) => [r.parentId, { count: r.count, lastAt: r.lastAt }]));
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

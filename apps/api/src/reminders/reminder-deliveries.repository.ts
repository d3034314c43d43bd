import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The "sent once" guard of reminders, held by the database: rows are inserted before the notifications, in
 * their transaction, and a row already there (an earlier run of the same job) means "already sent".
 */
@Injectable()
export class ReminderDeliveriesRepository {
  /** Records the reminder for these assignments; returns those it had not reached yet. */
  async recordForAssignments(
    manager: EntityManager,
    dedupeKey: string,
    assignmentIds: readonly string[],
  ): Promise<Set<string>> {
    if (assignmentIds.length === 0) return new Set();
    const rows: { assignmentId: string }[] = await manager.query(
      `INSERT INTO reminder_deliveries (dedupe_key, assignment_id)
       SELECT $1, unnest($2::uuid[])
       ON CONFLICT (dedupe_key, assignment_id) WHERE assignment_id IS NOT NULL DO NOTHING
       RETURNING assignment_id AS "assignmentId"`,
      [dedupeKey, assignmentIds],
    );
    return new Set(rows.map((r) => r.assignmentId));
  }

  /** Records reminders for people; returns the `${dedupeKey}/${recipientId}` pairs that were new. */
  async recordForRecipients(
    manager: EntityManager,
    deliveries: readonly { dedupeKey: string; recipientId: string }[],
  ): Promise<Set<string>> {
    if (deliveries.length === 0) return new Set();
    const rows: { dedupeKey: string; recipientId: string }[] = await manager.query(
      `INSERT INTO reminder_deliveries (dedupe_key, recipient_id)
       SELECT * FROM unnest($1::varchar[], $2::uuid[])
       ON CONFLICT (dedupe_key, recipient_id) WHERE recipient_id IS NOT NULL DO NOTHING
       RETURNING dedupe_key AS "dedupeKey", recipient_id AS "recipientId"`,
      [deliveries.map((d) => d.dedupeKey), deliveries.map((d) => d.recipientId)],
    );
    return new Set(rows.map((r) => `${r.dedupeKey}/${r.recipientId}`));
  }
}

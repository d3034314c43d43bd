import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { postMessage, sendMessageSchema } from '@cdt/domain';
import { DataSource } from 'typeorm';
import { createTestContext } from '../../../../test/support/context';
import { AccessRepository } from '../access/access.repository';
import { systemPayloadFor } from './channel-team.sink';
import { ChannelsService } from './channels.service';
import { MessagesRepository } from './messages.repository';
import { MessagesService } from './messages.service';

/** Two Nest contexts, each with its own connection pool: two API processes writing to one channel. */
describe('MessagesService under concurrency (real PostgreSQL)', () => {
  let one: INestApplicationContext;
  let two: INestApplicationContext;
  let channelId: string;
  let authors: string[];

  const send = (
    ctx: INestApplicationContext,
    authorId: string,
    text: string,
    clientMessageId = randomUUID(),
  ) => ctx.get(MessagesService).send(authorId, sendMessageSchema.parse({ channelId, clientMessageId, text }));

  beforeAll(async () => {
    [one, two] = await Promise.all([createTestContext(), createTestContext()]);
    const access = one.get(AccessRepository);
    authors = await Promise.all(
      ['totruong.hoxa', 'totruong.khupho1', 'thanhvien.khupho1'].map(
        async (u) => (await access.findUserByLogin(u))!.id,
      ),
    );
    const group = await one.get(ChannelsService).createWorkingGroup(authors[0]!, {
      title: 'Nhóm kiểm thử đồng thời',
      memberIds: authors.slice(1),
    });
    channelId = group.id;
  });
  afterAll(() => Promise.all([one.close(), two.close()]));

  it('gives 60 sends racing from two processes the seqs 1..60, each once, in the order they were stored', async () => {
    const sent = await Promise.all(
      Array.from({ length: 60 }, (_, i) => send(i % 2 ? two : one, authors[i % 3]!, `Tin ${i}`)),
    );
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    const rows: { seq: number; revision: number; createdAt: Date }[] = await one
      .get(DataSource)
      .query(
        `SELECT seq, revision, created_at AS "createdAt" FROM messages WHERE channel_id = $1 ORDER BY seq`,
        [channelId],
      );
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(rows.map((r) => r.revision)).toEqual(rows.map((r) => r.seq));
    const channel: { lastSeq: number; lastRevision: number }[] = await one
      .get(DataSource)
      .query(`SELECT last_seq AS "lastSeq", last_revision AS "lastRevision" FROM channels WHERE id = $1`, [
        channelId,
      ]);
    expect(channel[0]).toEqual({ lastSeq: 60, lastRevision: 60 });
  });

  it('stores a send retried on both processes at once exactly once, and answers both with it', async () => {
    const id = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => send(i % 2 ? two : one, authors[1]!, 'Gửi lại nhiều lần', id)),
    );
    expect(new Set(results.map((m) => m.id)).size).toBe(1);
    expect(new Set(results.map((m) => m.seq)).size).toBe(1);
    const stored: { n: number; max: number }[] = await one
      .get(DataSource)
      .query(`SELECT count(*)::int AS n, max(seq) AS max FROM messages WHERE channel_id = $1`, [channelId]);
    // No seq was burnt by the losers: the channel's numbering stays gapless.
    expect(stored[0]).toEqual({ n: 61, max: 61 });
  });

  it('stores nothing when the author left between the decision and the store, and then refuses the send', async () => {
    const db = one.get(DataSource);
    const author = authors[2]!;
    const decided = postMessage(
      {
        channel: {
          id: channelId,
          key: `group:${channelId}`,
          kind: 'working_group',
          unitId: null,
          teamId: null,
          title: 'Nhóm kiểm thử đồng thời',
          status: 'active',
          lastSeq: 61,
          lastRevision: 61,
          createdAt: new Date().toISOString(),
          createdBy: authors[0]!,
        },
        sender: {
          channelId,
          userId: author,
          role: 'poster',
          joinedAtSeq: 0,
          leftAtSeq: null,
          lastReadSeq: 0,
        },
        parent: null,
        mentionable: [],
      },
      { clientMessageId: randomUUID(), text: 'Gửi ngay lúc rời nhóm', parentId: null, poll: null },
      { messageId: randomUUID(), authorId: author, at: new Date().toISOString() },
    );
    if (!decided.ok) throw new Error('the decision on the snapshot accepts the send');
    // Meanwhile the author leaves the group.
    await one.get(ChannelsService).removeGroupMember(author, channelId, author);
    expect(await one.get(MessagesRepository).insertNext(decided.value.message, null)).toBeNull();
    const counters: { lastSeq: number }[] = await db.query(
      `SELECT last_seq AS "lastSeq" FROM channels WHERE id = $1`,
      [channelId],
    );
    expect(counters[0]!.lastSeq).toBe(61);
    await expect(send(two, author, 'Gửi sau khi rời nhóm')).rejects.toMatchObject({
      code: 'NOT_A_CHANNEL_MEMBER',
    });
  });
});

describe('the hub messages the tasks context hands to team channels', () => {
  const task = {
    taskId: randomUUID(),
    taskTitle: 'Hướng dẫn thanh toán không dùng tiền mặt',
    dueAt: new Date('2030-01-10T10:00:00Z'),
    issuerUnitId: randomUUID(),
    issuerUnitName: 'Huyện Vĩnh Linh',
  };

  it('become typed system payloads: reminders by due date, escalations to the issuer', () => {
    expect(systemPayloadFor('reminder_due_soon', task, new Date('2030-01-09T00:00:00Z'))).toEqual({
      type: 'task_reminder',
      taskId: task.taskId,
      taskTitle: task.taskTitle,
      dueAt: '2030-01-10T10:00:00.000Z',
      stage: 'upcoming',
    });
    expect(systemPayloadFor('nudge', task, new Date('2030-02-01T00:00:00Z'))).toMatchObject({
      type: 'task_reminder',
      stage: 'overdue',
    });
    expect(systemPayloadFor('escalation', task, new Date())).toMatchObject({
      type: 'task_escalated',
      escalatedToUnitName: 'Huyện Vĩnh Linh',
    });
    expect(systemPayloadFor('task_published', task, new Date())).toMatchObject({
      type: 'task_assigned',
      issuerUnitName: 'Huyện Vĩnh Linh',
    });
    expect(systemPayloadFor('monthly_report', task, new Date())).toBeNull();
  });
});

import { encodeHistoryCursor } from './cursor';
import type { SendMessageInput } from './send-message';
import {
  type SendMessagePayload,
  addGroupMembersSchema,
  channelJoinSchema,
  createWorkingGroupSchema,
  deleteMessageSchema,
  editMessageSchema,
  historyQuerySchema,
  listChannelsQuerySchema,
  markReadSchema,
  openDirectChannelSchema,
  pinMessageSchema,
  removeGroupMemberSchema,
  searchQuerySchema,
  sendMessageSchema,
  syncRequestSchema,
  systemPayloadSchema,
  votePollSchema,
} from './schemas';

const A = '7d3c1e4a-5b6f-4a1b-9c2d-1e2f3a4b5c6d';
const B = '0b1c2d3e-4f50-4a1b-8c2d-3e4f5a6b7c8d';
const poll = {
  question: ' Họp ngày nào? ',
  options: ['Thứ Hai', ' Thứ Ba '],
  deadline: '2022-06-02T17:00:00+07:00',
};

describe('send message schema', () => {
  it('normalizes text and defaults thread and poll to null', () => {
    expect(sendMessageSchema.parse({ channelId: A, clientMessageId: B, text: ' Chào\r\n cả tổ ' })).toEqual({
      channelId: A,
      clientMessageId: B,
      text: 'Chào\n cả tổ',
      parentId: null,
      poll: null,
    });
  });

  it('lets a client emit the minimal payload, and parses into what postMessage takes', () => {
    const minimal: SendMessagePayload = { channelId: A, clientMessageId: B, text: 'Chào' };
    const parsed: SendMessageInput = sendMessageSchema.parse(minimal);
    expect(parsed).toEqual({ channelId: A, clientMessageId: B, text: 'Chào', parentId: null, poll: null });
  });

  it('takes a poll without text, never in a thread, and refuses empty messages', () => {
    expect(sendMessageSchema.parse({ channelId: A, clientMessageId: B, poll }).poll).toEqual({
      question: 'Họp ngày nào?',
      options: ['Thứ Hai', 'Thứ Ba'],
      multiple: false,
      deadline: '2022-06-02T17:00:00+07:00',
    });
    expect(sendMessageSchema.safeParse({ channelId: A, clientMessageId: B, poll, parentId: A }).success).toBe(
      false,
    );
    expect(sendMessageSchema.safeParse({ channelId: A, clientMessageId: B, text: '  ' }).success).toBe(false);
  });

  it('needs a uuid client id, a text within the limit and a valid poll', () => {
    const base = { channelId: A, text: 'x' };
    expect(sendMessageSchema.safeParse({ ...base, clientMessageId: 'abc' }).success).toBe(false);
    expect(sendMessageSchema.safeParse({ ...base, clientMessageId: B, text: 'x'.repeat(4001) }).success).toBe(
      false,
    );
    expect(
      sendMessageSchema.safeParse({ ...base, clientMessageId: B, text: '👍'.repeat(4000) }).success,
    ).toBe(true);
    const badPolls = [
      { ...poll, options: ['one'] },
      { ...poll, options: Array.from({ length: 11 }, (_, i) => `${i}`) },
      { ...poll, options: ['a', ' '] },
      { ...poll, question: '' },
      { ...poll, deadline: '2022-06-02' },
    ];
    for (const p of badPolls) {
      expect(sendMessageSchema.safeParse({ ...base, clientMessageId: B, poll: p }).success).toBe(false);
    }
  });
});

describe('message action schemas', () => {
  it('validates edit, delete, pin and vote payloads', () => {
    expect(editMessageSchema.parse({ channelId: A, messageId: B, text: ' sửa ' }).text).toBe('sửa');
    expect(editMessageSchema.safeParse({ channelId: A, messageId: B }).success).toBe(false);
    expect(deleteMessageSchema.safeParse({ channelId: A, messageId: 'm1' }).success).toBe(false);
    expect(pinMessageSchema.parse({ channelId: A, messageId: B }).pinned).toBe(true);
    expect(pinMessageSchema.parse({ channelId: A, messageId: B, pinned: false }).pinned).toBe(false);
    expect(votePollSchema.parse({ channelId: A, messageId: B, optionIds: [] }).optionIds).toEqual([]);
    expect(votePollSchema.safeParse({ channelId: A, messageId: B, optionIds: ['o1', 'o10'] }).success).toBe(
      true,
    );
    expect(votePollSchema.safeParse({ channelId: A, messageId: B, optionIds: ['o0'] }).success).toBe(false);
    expect(votePollSchema.safeParse({ channelId: A, messageId: B, optionIds: ['o11'] }).success).toBe(false);
  });

  it('validates channel membership requests', () => {
    expect(createWorkingGroupSchema.parse({ title: '  Nhóm  tập huấn ' })).toEqual({
      title: 'Nhóm tập huấn',
      memberIds: [],
    });
    expect(createWorkingGroupSchema.safeParse({ title: ' ' }).success).toBe(false);
    expect(createWorkingGroupSchema.safeParse({ title: 'x', memberIds: ['nope'] }).success).toBe(false);
    expect(addGroupMembersSchema.parse({ members: [{ userId: A }] })).toEqual({ members: [{ userId: A }] });
    expect(addGroupMembersSchema.safeParse({ members: [] }).success).toBe(false);
    expect(addGroupMembersSchema.safeParse({ members: [{ userId: A, role: 'reader' }] }).success).toBe(false);
    expect(removeGroupMemberSchema.safeParse({ channelId: A, userId: B }).success).toBe(true);
    expect(openDirectChannelSchema.safeParse({ userId: 'x' }).success).toBe(false);
    expect(channelJoinSchema.safeParse({ channelId: A }).success).toBe(true);
  });

  it('validates read, sync, history, search and list queries, coercing numbers of query strings only', () => {
    expect(markReadSchema.parse({ channelId: A, seq: 12 })).toEqual({ channelId: A, seq: 12 });
    expect(markReadSchema.safeParse({ channelId: A, seq: '12' }).success).toBe(false);
    expect(markReadSchema.safeParse({ channelId: A, seq: -1 }).success).toBe(false);
    expect(markReadSchema.safeParse({ channelId: A, seq: 1.5 }).success).toBe(false);
    expect(syncRequestSchema.parse({ channelId: A, afterSeq: 0 })).toEqual({
      channelId: A,
      afterSeq: 0,
      limit: 200,
    });
    expect(
      syncRequestSchema.safeParse({ channelId: A, afterSeq: 3, afterRevision: 9, limit: 501 }).success,
    ).toBe(false);
    const cursor = encodeHistoryCursor(40);
    expect(historyQuerySchema.parse({ before: cursor })).toEqual({ before: cursor, limit: 50 });
    expect(historyQuerySchema.parse({ after: cursor, limit: '10', parentId: A }).limit).toBe(10);
    expect(historyQuerySchema.safeParse({ before: cursor, after: cursor }).success).toBe(false);
    expect(historyQuerySchema.safeParse({ before: '40' }).success).toBe(false);
    expect(historyQuerySchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: ' thôn ' })).toEqual({ q: 'thôn', limit: 20 });
    expect(searchQuerySchema.safeParse({ q: 'a' }).success).toBe(false);
    expect(listChannelsQuerySchema.parse({})).toEqual({ includeLeft: false });
    expect(listChannelsQuerySchema.parse({ kind: 'direct', includeLeft: 'true' })).toEqual({
      kind: 'direct',
      includeLeft: true,
    });
    expect(listChannelsQuerySchema.safeParse({ kind: 'team' }).success).toBe(false);
  });
});

describe('system payload schema', () => {
  it('accepts each hub message kind and refuses unknown ones', () => {
    expect(
      systemPayloadSchema.safeParse({
        type: 'task_reminder',
        taskId: A,
        taskTitle: 'Báo cáo',
        dueAt: '2022-06-29T10:00:00Z',
        stage: 'overdue',
      }).success,
    ).toBe(true);
    expect(
      systemPayloadSchema.safeParse({
        type: 'task_assigned',
        taskId: A,
        taskTitle: 'Báo cáo',
        issuerUnitId: B,
        issuerUnitName: 'UBND huyện',
        dueAt: null,
      }).success,
    ).toBe(true);
    expect(
      systemPayloadSchema.safeParse({
        type: 'task_escalated',
        taskId: A,
        taskTitle: 'Báo cáo',
        reason: 'late',
        escalatedToUnitId: B,
        escalatedToUnitName: 'UBND xã',
      }).success,
    ).toBe(false);
    expect(systemPayloadSchema.safeParse({ type: 'member_joined', taskId: A }).success).toBe(false);
  });
});

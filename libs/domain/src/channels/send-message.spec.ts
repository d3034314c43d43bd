import { resolveRetry, idempotencyKey } from './idempotency';
import { postMessage, threadRootFor, type SendContext, type SendMessageInput } from './send-message';
import { AT, channel, memberRow, message, PEOPLE } from './spec-fixtures';

const CLIENT_ID = '11111111-1111-4111-8111-111111111111';
const input = (overrides: Partial<SendMessageInput> = {}): SendMessageInput => ({
  clientMessageId: CLIENT_ID,
  text: 'Họp lúc 8h, @nguyenvanan nhớ mang máy',
  parentId: null,
  poll: null,
  ...overrides,
});
const ctx = (overrides: Partial<SendContext> = {}): SendContext => ({
  channel: channel(),
  sender: memberRow('u-hoa'),
  parent: null,
  mentionable: PEOPLE,
  ...overrides,
});
const params = { messageId: 'msg-11', authorId: 'u-hoa', at: AT };
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('postMessage', () => {
  it('stores the message at the next seq and revision, with mentions and an event', () => {
    const posted = postMessage(ctx(), input(), params);
    expect(posted).toEqual({
      ok: true,
      value: {
        message: {
          id: 'msg-11',
          channelId: 'ch-1',
          seq: 11,
          revision: 15,
          author: { kind: 'user', userId: 'u-hoa' },
          clientMessageId: CLIENT_ID,
          text: 'Họp lúc 8h, @nguyenvanan nhớ mang máy',
          parentId: null,
          mentions: { userIds: ['u-an'], all: false },
          poll: null,
          system: null,
          createdAt: AT,
          editedAt: null,
          deletedAt: null,
          pinnedAt: null,
          pinnedBy: null,
          history: [],
        },
        counters: { lastSeq: 11, lastRevision: 15 },
        events: [
          {
            type: 'MessagePosted',
            channelId: 'ch-1',
            actorId: 'u-hoa',
            at: AT,
            payload: {
              messageId: 'msg-11',
              seq: 11,
              parentId: null,
              mentionedUserIds: ['u-an'],
              mentionsAll: false,
              hasPoll: false,
              systemType: null,
            },
          },
        ],
      },
    });
  });

  it('never notifies the sender of their own mention', () => {
    const posted = postMessage(ctx(), input({ text: '@Lê Thị Hoa và @all' }), params);
    expect(posted.ok && posted.value.message.mentions).toEqual({ userIds: [], all: true });
  });

  it('refuses non-members, readers, archived channels, empty and oversized text', () => {
    expect(code(postMessage(ctx({ sender: undefined }), input(), params))).toBe('NOT_A_CHANNEL_MEMBER');
    expect(
      code(postMessage(ctx({ sender: memberRow('u-hoa', 'poster', { leftAtSeq: 9 }) }), input(), params)),
    ).toBe('NOT_A_CHANNEL_MEMBER');
    expect(
      code(
        postMessage(
          ctx({ channel: channel({ kind: 'announcement' }), sender: memberRow('u-hoa', 'reader') }),
          input(),
          params,
        ),
      ),
    ).toBe('CHANNEL_POST_NOT_ALLOWED');
    expect(code(postMessage(ctx({ channel: channel({ status: 'archived' }) }), input(), params))).toBe(
      'CHANNEL_ARCHIVED',
    );
    expect(code(postMessage(ctx(), input({ text: '   ' }), params))).toBe('VALIDATION_FAILED');
    expect(code(postMessage(ctx(), input({ text: 'x'.repeat(4001) }), params))).toBe('VALIDATION_FAILED');
  });

  it('joins a reply to the thread root, one level deep', () => {
    const root = message({ id: 'root', parentId: null });
    const reply = message({ id: 'reply', parentId: 'root' });
    const toRoot = postMessage(ctx({ parent: root }), input({ parentId: 'root' }), params);
    expect(toRoot.ok && toRoot.value.message.parentId).toBe('root');
    const toReply = postMessage(ctx({ parent: reply }), input({ parentId: 'reply' }), params);
    expect(toReply.ok && toReply.value.message.parentId).toBe('root');
    expect(toReply.ok && toReply.value.events[0]!.payload).toMatchObject({ parentId: 'root' });
  });

  it('refuses a parent that is missing, in another channel or deleted', () => {
    expect(code(postMessage(ctx({ parent: null }), input({ parentId: 'root' }), params))).toBe(
      'THREAD_PARENT_INVALID',
    );
    expect(code(threadRootFor('ch-1', 'root', message({ id: 'root', channelId: 'ch-2' })))).toBe(
      'THREAD_PARENT_INVALID',
    );
    expect(code(threadRootFor('ch-1', 'root', message({ id: 'other' })))).toBe('THREAD_PARENT_INVALID');
    expect(code(threadRootFor('ch-1', 'root', message({ id: 'root', deletedAt: AT })))).toBe(
      'MESSAGE_DELETED',
    );
  });

  it('posts a poll with or without text, never inside a thread', () => {
    const poll = {
      question: 'Họp ngày nào?',
      options: ['Thứ Hai', 'Thứ Ba'],
      multiple: false,
      deadline: '2022-06-02T02:00:00Z',
    };
    const posted = postMessage(ctx(), input({ text: '', poll }), params);
    expect(posted.ok && posted.value.message.poll).toEqual({
      question: 'Họp ngày nào?',
      options: [
        { id: 'o1', text: 'Thứ Hai' },
        { id: 'o2', text: 'Thứ Ba' },
      ],
      multiple: false,
      deadline: '2022-06-02T02:00:00.000Z',
    });
    expect(posted.ok && posted.value.events[0]!.payload).toMatchObject({ hasPoll: true });
    expect(code(postMessage(ctx(), input({ poll: { ...poll, deadline: AT } }), params))).toBe(
      'POLL_DEADLINE_INVALID',
    );
    expect(
      code(postMessage(ctx({ parent: message({ id: 'root' }) }), input({ parentId: 'root', poll }), params)),
    ).toBe('VALIDATION_FAILED');
  });
});

describe('idempotent send', () => {
  const stored = message({ id: 'msg-5', clientMessageId: CLIENT_ID, text: 'Họp lúc 8h' });

  it('keys a send by author and client id', () => {
    expect(idempotencyKey('u-hoa', CLIENT_ID)).toBe(`u-hoa:${CLIENT_ID}`);
  });

  it('stores a first send, returns the stored message for a retry', () => {
    expect(resolveRetry(null, 'ch-1', input())).toEqual({ ok: true, value: { kind: 'new' } });
    expect(resolveRetry(stored, 'ch-1', input({ text: '  Họp lúc 8h \r\n' }))).toEqual({
      ok: true,
      value: { kind: 'duplicate', message: stored },
    });
  });

  it('still recognises the retry after the message was edited or deleted', () => {
    const edited = {
      ...stored,
      text: 'Họp lúc 9h',
      history: [{ text: 'Họp lúc 8h', at: AT, change: 'edited' as const }],
    };
    expect(resolveRetry(edited, 'ch-1', input({ text: 'Họp lúc 8h' }))).toMatchObject({
      ok: true,
      value: { kind: 'duplicate' },
    });
    const deleted = {
      ...stored,
      text: '',
      deletedAt: AT,
      history: [{ text: 'Họp lúc 8h', at: AT, change: 'deleted' as const }],
    };
    expect(resolveRetry(deleted, 'ch-1', input({ text: 'Họp lúc 8h' }))).toMatchObject({
      ok: true,
      value: { kind: 'duplicate' },
    });
  });

  it('refuses the same id for a different message', () => {
    expect(code(resolveRetry(stored, 'ch-2', input({ text: 'Họp lúc 8h' })))).toBe(
      'CLIENT_MESSAGE_ID_REUSED',
    );
    expect(code(resolveRetry(stored, 'ch-1', input({ text: 'Khác' })))).toBe('CLIENT_MESSAGE_ID_REUSED');
    expect(code(resolveRetry(stored, 'ch-1', input({ text: 'Họp lúc 8h', parentId: 'root' })))).toBe(
      'CLIENT_MESSAGE_ID_REUSED',
    );
    const poll = { question: 'Q?', options: ['a', 'b'], multiple: false, deadline: '2022-06-02T02:00:00Z' };
    expect(code(resolveRetry(stored, 'ch-1', input({ text: 'Họp lúc 8h', poll })))).toBe(
      'CLIENT_MESSAGE_ID_REUSED',
    );
  });
});

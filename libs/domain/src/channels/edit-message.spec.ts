import { deleteMessage, editMessage } from './edit-message';
import { AT, LATER, channel, memberRow, message, PEOPLE } from './spec-fixtures';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
const own = message({ author: { kind: 'user', userId: 'u-hoa' }, text: 'Họp lúc 8h' });
const ctx = (overrides = {}) => ({
  channel: channel(),
  actor: memberRow('u-hoa'),
  message: own,
  mentionable: PEOPLE,
  ...overrides,
});
const by = { actorId: 'u-hoa', at: LATER };

describe('editMessage', () => {
  it('rewrites the text, keeps the old one for the audit log, re-parses mentions, moves the revision', () => {
    const edited = editMessage(ctx(), 'msg-5', 'Họp lúc 9h @dung', by);
    expect(edited).toEqual({
      ok: true,
      value: {
        message: {
          ...own,
          text: 'Họp lúc 9h @dung',
          mentions: { userIds: ['u-dung'], all: false },
          editedAt: LATER,
          revision: 15,
          history: [{ text: 'Họp lúc 8h', at: LATER, change: 'edited' }],
        },
        counters: { lastSeq: 10, lastRevision: 15 },
        events: [
          {
            type: 'MessageEdited',
            channelId: 'ch-1',
            actorId: 'u-hoa',
            at: LATER,
            payload: { messageId: 'msg-5', seq: 5, previousText: 'Họp lúc 8h', text: 'Họp lúc 9h @dung' },
          },
        ],
      },
    });
  });

  it('treats the same text again as a no-op', () => {
    expect(editMessage(ctx(), 'msg-5', ' Họp lúc 8h ', by)).toEqual({
      ok: true,
      value: { message: own, counters: { lastSeq: 10, lastRevision: 14 }, events: [] },
    });
  });

  it("refuses someone else's message, the hub's, a deleted one, a missing one and empty text", () => {
    expect(
      code(editMessage(ctx({ actor: memberRow('u-an') }), 'msg-5', 'x', { actorId: 'u-an', at: LATER })),
    ).toBe('MESSAGE_NOT_OWN');
    expect(
      code(editMessage(ctx({ message: { ...own, author: { kind: 'system' } } }), 'msg-5', 'x', by)),
    ).toBe('MESSAGE_NOT_EDITABLE');
    expect(code(editMessage(ctx({ message: { ...own, deletedAt: AT } }), 'msg-5', 'x', by))).toBe(
      'MESSAGE_DELETED',
    );
    expect(code(editMessage(ctx({ message: null }), 'msg-5', 'x', by))).toBe('MESSAGE_NOT_FOUND');
    expect(code(editMessage(ctx({ message: { ...own, channelId: 'ch-2' } }), 'msg-5', 'x', by))).toBe(
      'MESSAGE_NOT_FOUND',
    );
    expect(code(editMessage(ctx(), 'msg-5', '  ', by))).toBe('VALIDATION_FAILED');
  });

  it('allows emptying the text of a poll, and needs posting rights', () => {
    const poll = { question: 'Q?', options: [], multiple: false, deadline: LATER };
    expect(editMessage(ctx({ message: { ...own, poll } }), 'msg-5', '', by).ok).toBe(true);
    expect(code(editMessage(ctx({ actor: memberRow('u-hoa', 'reader') }), 'msg-5', 'x', by))).toBe(
      'CHANNEL_POST_NOT_ALLOWED',
    );
  });
});

describe('deleteMessage', () => {
  it('leaves a tombstone: same seq, no text, mentions, poll or pin, the text kept in the history', () => {
    const pinned = {
      ...own,
      mentions: { userIds: ['u-an'], all: true },
      poll: { question: 'Q?', options: [], multiple: false, deadline: LATER },
      pinnedAt: AT,
      pinnedBy: 'u-an',
    };
    const deleted = deleteMessage(ctx({ message: pinned }), 'msg-5', by);
    expect(deleted.ok && deleted.value.message).toEqual({
      ...own,
      text: '',
      mentions: { userIds: [], all: false },
      poll: null,
      deletedAt: LATER,
      pinnedAt: null,
      pinnedBy: null,
      revision: 15,
      history: [{ text: 'Họp lúc 8h', at: LATER, change: 'deleted' }],
    });
    expect(deleted.ok && deleted.value.events[0]).toMatchObject({
      type: 'MessageDeleted',
      payload: { messageId: 'msg-5', seq: 5, previousText: 'Họp lúc 8h', pollQuestion: 'Q?' },
    });
  });

  it('is a no-op on a tombstone, and lets a reader delete their own old message', () => {
    const tomb = { ...own, deletedAt: AT, text: '' };
    expect(deleteMessage(ctx({ message: tomb }), 'msg-5', by)).toMatchObject({
      ok: true,
      value: { events: [] },
    });
    expect(deleteMessage(ctx({ actor: memberRow('u-hoa', 'reader') }), 'msg-5', by).ok).toBe(true);
  });

  it("refuses others' messages, former members and archived channels", () => {
    expect(
      code(deleteMessage(ctx({ actor: memberRow('u-an') }), 'msg-5', { actorId: 'u-an', at: LATER })),
    ).toBe('MESSAGE_NOT_OWN');
    expect(
      code(deleteMessage(ctx({ actor: memberRow('u-hoa', 'poster', { leftAtSeq: 8 }) }), 'msg-5', by)),
    ).toBe('NOT_A_CHANNEL_MEMBER');
    expect(code(deleteMessage(ctx({ channel: channel({ status: 'archived' }) }), 'msg-5', by))).toBe(
      'CHANNEL_ARCHIVED',
    );
  });
});

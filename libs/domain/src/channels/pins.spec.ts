import { PINNED_MAX, setMessagePinned } from './pins';
import { AT, LATER, channel, memberRow, message } from './spec-fixtures';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);
const ctx = (overrides = {}) => ({
  channel: channel(),
  actor: memberRow('u-an'),
  message: message(),
  pinnedCount: 0,
  ...overrides,
});
const by = { actorId: 'u-an', at: LATER };

describe('setMessagePinned', () => {
  it('pins and unpins any live message, moving the revision', () => {
    const pinned = setMessagePinned(ctx(), 'msg-5', true, by);
    expect(pinned.ok && pinned.value.message).toMatchObject({
      pinnedAt: LATER,
      pinnedBy: 'u-an',
      revision: 15,
    });
    expect(pinned.ok && pinned.value.events.map((e) => e.type)).toEqual(['MessagePinned']);
    const unpinned = setMessagePinned(
      ctx({ message: message({ pinnedAt: AT, pinnedBy: 'x' }) }),
      'msg-5',
      false,
      by,
    );
    expect(unpinned.ok && unpinned.value.message).toMatchObject({
      pinnedAt: null,
      pinnedBy: null,
      revision: 15,
    });
    expect(unpinned.ok && unpinned.value.events.map((e) => e.type)).toEqual(['MessageUnpinned']);
  });

  it('is a no-op when the message already is in the asked state', () => {
    expect(
      setMessagePinned(ctx({ message: message({ pinnedAt: AT, pinnedBy: 'x' }) }), 'msg-5', true, by),
    ).toMatchObject({
      ok: true,
      value: { events: [], counters: { lastRevision: 14 } },
    });
    expect(setMessagePinned(ctx(), 'msg-5', false, by)).toMatchObject({ ok: true, value: { events: [] } });
  });

  it('refuses readers, deleted messages and a full pin list', () => {
    expect(code(setMessagePinned(ctx({ actor: memberRow('u-an', 'reader') }), 'msg-5', true, by))).toBe(
      'CHANNEL_POST_NOT_ALLOWED',
    );
    expect(code(setMessagePinned(ctx({ message: message({ deletedAt: AT }) }), 'msg-5', true, by))).toBe(
      'MESSAGE_DELETED',
    );
    expect(code(setMessagePinned(ctx({ pinnedCount: PINNED_MAX }), 'msg-5', true, by))).toBe(
      'PIN_LIMIT_REACHED',
    );
    expect(code(setMessagePinned(ctx({ pinnedCount: PINNED_MAX - 1 }), 'msg-5', true, by))).toBe('ok');
    expect(code(setMessagePinned(ctx(), 'msg-9', true, by))).toBe('MESSAGE_NOT_FOUND');
  });
});

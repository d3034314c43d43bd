import { markChannelRead, messageAudience, seenBy, unreadCount } from './read-state';
import { mentionsUser } from './message';
import { AT, memberRow, message } from './spec-fixtures';

describe('markChannelRead', () => {
  it('moves the marker forward, clamped to the last seq', () => {
    expect(markChannelRead(memberRow('a', 'poster', { lastReadSeq: 3 }), 7, 10)).toEqual({
      member: memberRow('a', 'poster', { lastReadSeq: 7 }),
      changed: true,
    });
    expect(markChannelRead(memberRow('a', 'poster', { lastReadSeq: 3 }), 99, 10).member.lastReadSeq).toBe(10);
  });

  it('never moves it back (another device read further) and reports no change', () => {
    const member = memberRow('a', 'poster', { lastReadSeq: 8 });
    expect(markChannelRead(member, 5, 10)).toEqual({ member, changed: false });
    expect(markChannelRead(member, 8, 10)).toEqual({ member, changed: false });
    expect(markChannelRead(member, -4, 10)).toEqual({ member, changed: false });
  });
});

describe('unreadCount', () => {
  it('counts messages after the marker, less the reader’s own, never below zero', () => {
    expect(unreadCount(10, 4)).toBe(6);
    expect(unreadCount(10, 4, 2)).toBe(4);
    expect(unreadCount(10, 10)).toBe(0);
    expect(unreadCount(10, 9, 3)).toBe(0);
  });
});

describe('seen by', () => {
  const members = [
    memberRow('author', 'poster', { lastReadSeq: 5 }),
    memberRow('read', 'poster', { lastReadSeq: 6 }),
    memberRow('exactly', 'reader', { lastReadSeq: 5 }),
    memberRow('behind', 'reader', { lastReadSeq: 4 }),
    memberRow('late-joiner', 'reader', { joinedAtSeq: 5, lastReadSeq: 9 }),
    memberRow('left-before', 'reader', { leftAtSeq: 4, lastReadSeq: 4 }),
    memberRow('left-after', 'reader', { leftAtSeq: 7, lastReadSeq: 7 }),
  ];
  const msg = { seq: 5, authorId: 'author' };

  it('counts members of the time, not the author, not later joiners or earlier leavers', () => {
    expect(messageAudience(msg, members).map((m) => m.userId)).toEqual([
      'read',
      'exactly',
      'behind',
      'left-after',
    ]);
    expect(seenBy(msg, members)).toEqual({ audience: 4, seenUserIds: ['exactly', 'left-after', 'read'] });
  });

  it('counts everyone for a hub message (no author)', () => {
    expect(seenBy({ seq: 5, authorId: null }, members).audience).toBe(5);
  });
});

describe('mentionsUser', () => {
  it('is true for a named person or @all, never for the author or on a tombstone', () => {
    const named = message({ mentions: { userIds: ['bob'], all: false } });
    expect([mentionsUser(named, 'bob'), mentionsUser(named, 'carol')]).toEqual([true, false]);
    const all = message({ mentions: { userIds: [], all: true } });
    expect([mentionsUser(all, 'carol'), mentionsUser(all, 'alice')]).toEqual([true, false]);
    expect(mentionsUser({ ...named, deletedAt: AT }, 'bob')).toBe(false);
  });
});

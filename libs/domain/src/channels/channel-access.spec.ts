import { canReadSeq, channelAccess, checkChannelAction } from './channel-access';
import { isActiveMember, bumpCounters } from './channel';
import { channel, memberRow } from './spec-fixtures';

describe('channelAccess', () => {
  it('gives nothing to someone who never was a member', () => {
    const access = channelAccess(channel(), undefined);
    expect(Object.values(access).filter((v) => v === true)).toEqual([]);
    expect(canReadSeq(access, 1)).toBe(false);
  });

  it('lets posters write and pin, readers read, vote and mark read only', () => {
    expect(channelAccess(channel(), memberRow('p', 'poster'))).toEqual({
      read: true,
      readUpToSeq: null,
      joinRoom: true,
      post: true,
      pin: true,
      vote: true,
      deleteOwn: true,
      markRead: true,
      manageMembers: false,
    });
    expect(channelAccess(channel({ kind: 'announcement' }), memberRow('r', 'reader'))).toMatchObject({
      read: true,
      joinRoom: true,
      post: false,
      pin: false,
      vote: true,
      markRead: true,
    });
  });

  it('lets only owners of a working group manage its members', () => {
    expect(channelAccess(channel({ kind: 'working_group' }), memberRow('o', 'owner')).manageMembers).toBe(
      true,
    );
    expect(channelAccess(channel({ kind: 'working_group' }), memberRow('p', 'poster')).manageMembers).toBe(
      false,
    );
    expect(channelAccess(channel({ kind: 'village' }), memberRow('o', 'owner')).manageMembers).toBe(false);
  });

  it('leaves a former member their history up to the seq they left at, and nothing live', () => {
    const access = channelAccess(channel(), memberRow('f', 'owner', { leftAtSeq: 7 }));
    expect(access).toMatchObject({
      read: true,
      readUpToSeq: 7,
      joinRoom: false,
      post: false,
      markRead: false,
    });
    expect(canReadSeq(access, 7)).toBe(true);
    expect(canReadSeq(access, 8)).toBe(false);
    expect(isActiveMember({ leftAtSeq: 7 })).toBe(false);
  });

  it('freezes an archived channel: readable, nothing else changes', () => {
    const access = channelAccess(channel({ status: 'archived' }), memberRow('o', 'owner'));
    expect(access).toMatchObject({
      read: true,
      joinRoom: true,
      post: false,
      pin: false,
      vote: false,
      deleteOwn: false,
    });
  });
});

describe('checkChannelAction', () => {
  it('returns the precise refusal', () => {
    const code = (r: ReturnType<typeof checkChannelAction>) => (r.ok ? 'ok' : r.error.code);
    expect(code(checkChannelAction(channel(), undefined, 'post'))).toBe('NOT_A_CHANNEL_MEMBER');
    expect(code(checkChannelAction(channel(), memberRow('f', 'poster', { leftAtSeq: 3 }), 'post'))).toBe(
      'NOT_A_CHANNEL_MEMBER',
    );
    expect(code(checkChannelAction(channel({ status: 'archived' }), memberRow('p'), 'post'))).toBe(
      'CHANNEL_ARCHIVED',
    );
    expect(
      code(checkChannelAction(channel({ kind: 'announcement' }), memberRow('r', 'reader'), 'post')),
    ).toBe('CHANNEL_POST_NOT_ALLOWED');
    expect(code(checkChannelAction(channel(), memberRow('o', 'owner'), 'manageMembers'))).toBe(
      'CHANNEL_NOT_MANUAL',
    );
    expect(
      code(checkChannelAction(channel({ kind: 'working_group' }), memberRow('p'), 'manageMembers')),
    ).toBe('CHANNEL_POST_NOT_ALLOWED');
    expect(
      code(checkChannelAction(channel({ kind: 'announcement' }), memberRow('r', 'reader'), 'vote')),
    ).toBe('ok');
  });
});

describe('bumpCounters', () => {
  it('gives a new message the next seq and every change the next revision', () => {
    expect(bumpCounters({ lastSeq: 3, lastRevision: 9 }, true)).toEqual({ lastSeq: 4, lastRevision: 10 });
    expect(bumpCounters({ lastSeq: 3, lastRevision: 9 }, false)).toEqual({ lastSeq: 3, lastRevision: 10 });
  });
});

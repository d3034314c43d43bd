import { channelKeys, parseChannelKey } from './channel-key';
import { canPostAs, isDerivedKind, strongerRole } from './channel-kind';

describe('channel keys', () => {
  it('builds one key per derived channel and sorts the two people of a direct channel', () => {
    expect(channelKeys.commune('c')).toBe('commune:c');
    expect(channelKeys.village('v')).toBe('village:v');
    expect(channelKeys.announcement('u')).toBe('announce:u');
    expect(channelKeys.direct('b', 'a')).toBe('dm:a:b');
    expect(channelKeys.direct('a', 'b')).toBe(channelKeys.direct('b', 'a'));
    expect(channelKeys.workingGroup('g')).toBe('group:g');
  });

  it('parses every key it builds back to its parts', () => {
    expect(parseChannelKey('commune:c')).toEqual({ kind: 'commune', unitId: 'c' });
    expect(parseChannelKey('village:v')).toEqual({ kind: 'village', unitId: 'v' });
    expect(parseChannelKey('announce:u')).toEqual({ kind: 'announcement', unitId: 'u' });
    expect(parseChannelKey(channelKeys.direct('y', 'x'))).toEqual({ kind: 'direct', userIds: ['x', 'y'] });
    expect(parseChannelKey('group:g')).toEqual({ kind: 'working_group', channelId: 'g' });
  });

  it('refuses keys it would never build', () => {
    for (const key of ['', 'commune', 'commune:', 'team:t', 'dm:b:a', 'dm:a:a', 'dm:a', 'village:a:b']) {
      expect(parseChannelKey(key)).toBeNull();
    }
  });
});

describe('channel kinds and roles', () => {
  it('tells derived kinds from manual ones', () => {
    expect(isDerivedKind('commune')).toBe(true);
    expect(isDerivedKind('announcement')).toBe(true);
    expect(isDerivedKind('working_group')).toBe(false);
    expect(isDerivedKind('direct')).toBe(false);
  });

  it('ranks owner over poster over reader, and only readers cannot post', () => {
    expect(strongerRole('reader', 'owner')).toBe('owner');
    expect(strongerRole('poster', 'reader')).toBe('poster');
    expect(strongerRole('owner', 'poster')).toBe('owner');
    expect([canPostAs('owner'), canPostAs('poster'), canPostAs('reader')]).toEqual([true, true, false]);
  });
});

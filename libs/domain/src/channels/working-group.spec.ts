import type { ChannelMember } from './channel';
import type { MessagingScope } from './messaging-scope';
import { memberRow, channel } from './spec-fixtures';
import {
  addWorkingGroupMembers,
  createWorkingGroup,
  removeWorkingGroupMember,
  WORKING_GROUP_MAX_MEMBERS,
} from './working-group';

const commune: MessagingScope[] = [{ unitPath: '/P/D/C1/', communePath: '/P/D/C1/' }];
const village: MessagingScope[] = [{ unitPath: '/P/D/C1/V1/', communePath: '/P/D/C1/' }];
const elsewhere: MessagingScope[] = [{ unitPath: '/P/D/C2/V3/', communePath: '/P/D/C2/' }];
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('createWorkingGroup', () => {
  it('makes the creator owner, others posters unless named owners, with a clean title', () => {
    const created = createWorkingGroup({ userId: 'me', scopes: commune }, '  Nhóm   chuyển đổi số ', [
      { userId: 'b', scopes: village },
      { userId: 'a', scopes: village, role: 'owner' },
      { userId: 'me', scopes: commune, role: 'poster' },
      { userId: 'b', scopes: village },
    ]);
    expect(created).toEqual({
      ok: true,
      value: {
        title: 'Nhóm chuyển đổi số',
        members: [
          { userId: 'a', role: 'owner' },
          { userId: 'b', role: 'poster' },
          { userId: 'me', role: 'owner' },
        ],
      },
    });
  });

  it('refuses people out of reach, an empty or long title, and too many members', () => {
    const out = createWorkingGroup({ userId: 'me', scopes: commune }, 'Nhóm', [
      { userId: 'x', scopes: elsewhere },
      { userId: 'b', scopes: village },
    ]);
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'DIRECT_MESSAGE_NOT_ALLOWED', details: { userIds: ['x'] } },
    });
    expect(code(createWorkingGroup({ userId: 'me', scopes: commune }, '   ', []))).toBe('VALIDATION_FAILED');
    expect(code(createWorkingGroup({ userId: 'me', scopes: commune }, 'x'.repeat(121), []))).toBe(
      'VALIDATION_FAILED',
    );
    const crowd = Array.from({ length: WORKING_GROUP_MAX_MEMBERS }, (_, i) => ({
      userId: `p${i}`,
      scopes: village,
    }));
    expect(code(createWorkingGroup({ userId: 'me', scopes: commune }, 'Đông', crowd))).toBe(
      'CHANNEL_MEMBER_LIMIT',
    );
    expect(code(createWorkingGroup({ userId: 'me', scopes: commune }, 'Vừa', crowd.slice(1)))).toBe('ok');
  });
});

describe('addWorkingGroupMembers', () => {
  const group = channel({ kind: 'working_group', key: 'group:ch-1', unitId: null, teamId: null });
  const rows: ChannelMember[] = [
    memberRow('owner', 'owner'),
    memberRow('poster', 'poster'),
    memberRow('left', 'poster', { leftAtSeq: 3 }),
  ];

  it('adds people and changes roles of current members', () => {
    const diff = addWorkingGroupMembers(group, rows, { userId: 'owner', scopes: commune }, [
      { userId: 'new', scopes: village },
      { userId: 'left', scopes: village },
      { userId: 'poster', scopes: elsewhere, role: 'owner' },
    ]);
    expect(diff).toEqual({
      ok: true,
      value: {
        add: [
          { userId: 'left', role: 'poster' },
          { userId: 'new', role: 'poster' },
        ],
        remove: [],
        roleChange: [{ userId: 'poster', from: 'poster', to: 'owner' }],
      },
    });
  });

  it('refuses non-owners, derived channels, people out of reach, and losing every owner', () => {
    const actor = (userId: string) => ({ userId, scopes: commune });
    expect(
      code(addWorkingGroupMembers(group, rows, actor('poster'), [{ userId: 'n', scopes: village }])),
    ).toBe('CHANNEL_POST_NOT_ALLOWED');
    expect(
      code(addWorkingGroupMembers(channel(), rows, actor('owner'), [{ userId: 'n', scopes: village }])),
    ).toBe('CHANNEL_NOT_MANUAL');
    expect(
      code(addWorkingGroupMembers(group, rows, actor('owner'), [{ userId: 'n', scopes: elsewhere }])),
    ).toBe('DIRECT_MESSAGE_NOT_ALLOWED');
    expect(
      code(
        addWorkingGroupMembers(group, rows, actor('owner'), [
          { userId: 'owner', scopes: commune, role: 'poster' },
        ]),
      ),
    ).toBe('CHANNEL_LAST_OWNER');
  });
});

describe('removeWorkingGroupMember', () => {
  const group = channel({ kind: 'working_group' });
  const rows = [memberRow('owner', 'owner'), memberRow('poster', 'poster'), memberRow('other', 'poster')];

  it('lets an owner remove someone and anyone leave', () => {
    expect(removeWorkingGroupMember(group, rows, 'owner', 'poster')).toEqual({
      ok: true,
      value: { add: [], remove: ['poster'], roleChange: [] },
    });
    expect(removeWorkingGroupMember(group, rows, 'other', 'other')).toEqual({
      ok: true,
      value: { add: [], remove: ['other'], roleChange: [] },
    });
  });

  it('keeps the last owner while others remain, and refuses posters removing others', () => {
    expect(code(removeWorkingGroupMember(group, rows, 'owner', 'owner'))).toBe('CHANNEL_LAST_OWNER');
    expect(removeWorkingGroupMember(group, [memberRow('owner', 'owner')], 'owner', 'owner').ok).toBe(true);
    expect(code(removeWorkingGroupMember(group, rows, 'poster', 'other'))).toBe('CHANNEL_POST_NOT_ALLOWED');
    expect(code(removeWorkingGroupMember(group, rows, 'owner', 'stranger'))).toBe('NOT_A_CHANNEL_MEMBER');
    expect(code(removeWorkingGroupMember(channel(), rows, 'poster', 'poster'))).toBe('CHANNEL_NOT_MANUAL');
  });
});

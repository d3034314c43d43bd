// Builders shared by the messaging-hub specs (not exported from the package).
import type { Channel, ChannelMember } from './channel';
import type { ChannelMemberRole } from './channel-kind';
import type { ChannelUnit, DerivationInput } from './derivation-input';
import type { Message } from './message';
import type { MentionCandidate } from './mentions';

export const AT = '2022-06-01T02:00:00.000Z';
export const LATER = '2022-06-01T03:00:00.000Z';

/**
 * Province P → district D → communes C1 (villages V1, V2) and C2 (village V3); commune C3 hangs directly
 * under the province (the two-tier shape) with village V4.
 */
export const UNITS: ChannelUnit[] = [
  { id: 'P', kind: 'province', parentId: null, path: '/P/' },
  { id: 'D', kind: 'district', parentId: 'P', path: '/P/D/' },
  { id: 'C1', kind: 'commune', parentId: 'D', path: '/P/D/C1/' },
  { id: 'V1', kind: 'village', parentId: 'C1', path: '/P/D/C1/V1/' },
  { id: 'V2', kind: 'village', parentId: 'C1', path: '/P/D/C1/V2/' },
  { id: 'C2', kind: 'commune', parentId: 'D', path: '/P/D/C2/' },
  { id: 'V3', kind: 'village', parentId: 'C2', path: '/P/D/C2/V3/' },
  { id: 'C3', kind: 'commune', parentId: 'P', path: '/P/C3/' },
  { id: 'V4', kind: 'village', parentId: 'C3', path: '/P/C3/V4/' },
];

/** The reference hierarchy with rosters, offices and grants; user ids say who they are. */
export function referenceInput(): DerivationInput {
  return {
    units: UNITS,
    teams: [
      { id: 'T-C1', unitId: 'C1', kind: 'commune', status: 'active' },
      { id: 'T-V1', unitId: 'V1', kind: 'village', status: 'active' },
      { id: 'T-V2', unitId: 'V2', kind: 'village', status: 'proposed' },
      { id: 'T-C2', unitId: 'C2', kind: 'commune', status: 'dissolved' },
      { id: 'T-V3', unitId: 'V3', kind: 'village', status: 'active' },
      { id: 'T-C3', unitId: 'C3', kind: 'commune', status: 'active' },
      { id: 'T-V4', unitId: 'V4', kind: 'village', status: 'active' },
    ],
    memberships: [
      { teamId: 'T-C1', userId: 'c1-leader', role: 'leader' },
      { teamId: 'T-C1', userId: 'c1-member', role: 'member' },
      { teamId: 'T-C1', userId: 'c1-collab', role: 'collaborator' },
      { teamId: 'T-C1', userId: 'c1-former', role: 'member', status: 'ended' },
      { teamId: 'T-V1', userId: 'v1-leader', role: 'leader' },
      { teamId: 'T-V1', userId: 'v1-deputy', role: 'deputy' },
      { teamId: 'T-V1', userId: 'v1-member', role: 'member' },
      { teamId: 'T-V1', userId: 'v1-collab', role: 'collaborator' },
      { teamId: 'T-V2', userId: 'v2-leader', role: 'leader' },
      { teamId: 'T-C2', userId: 'c2-leader', role: 'leader', status: 'ended' },
      { teamId: 'T-V3', userId: 'v3-leader', role: 'leader' },
      { teamId: 'T-V3', userId: 'v3-member', role: 'member' },
      { teamId: 'T-C3', userId: 'c3-leader', role: 'leader' },
      { teamId: 'T-V4', userId: 'v4-leader', role: 'leader' },
      { teamId: 'T-V4', userId: 'v4-deputy', role: 'deputy' },
    ],
    positions: [
      { unitId: 'D', userId: 'd-culture', position: 'culture_info_head' },
      { unitId: 'D', userId: 'd-education', position: 'education_head' },
      { unitId: 'D', userId: 'd-youth', position: 'youth_union_secretary' },
      // The two-tier shape keeps these offices at the province: they are not "the district above C3".
      { unitId: 'P', userId: 'p-culture', position: 'culture_info_head' },
      { unitId: 'C1', userId: 'c1-chair', position: 'commune_chair' },
    ],
    grants: [
      { userId: 'p-steering', unitId: 'P', role: 'province_steering' },
      { userId: 'p-admin', unitId: 'P', role: 'admin' },
      { userId: 'd-steering', unitId: 'D', role: 'district_steering' },
      { userId: 'c1-chair', unitId: 'C1', role: 'commune_chair' },
      { userId: 'v1-viewer', unitId: 'V1', role: 'viewer' },
    ],
  };
}

export function channel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: 'ch-1',
    key: 'commune:C1',
    kind: 'commune',
    unitId: 'C1',
    teamId: 'T-C1',
    title: null,
    status: 'active',
    lastSeq: 10,
    lastRevision: 14,
    createdAt: AT,
    createdBy: null,
    ...overrides,
  };
}

export function memberRow(
  userId: string,
  role: ChannelMemberRole = 'poster',
  overrides: Partial<ChannelMember> = {},
): ChannelMember {
  return { channelId: 'ch-1', userId, role, joinedAtSeq: 0, leftAtSeq: null, lastReadSeq: 0, ...overrides };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'msg-5',
    channelId: 'ch-1',
    seq: 5,
    revision: 6,
    author: { kind: 'user', userId: 'alice' },
    clientMessageId: '00000000-0000-4000-8000-000000000005',
    text: 'Chào cả tổ',
    parentId: null,
    mentions: { userIds: [], all: false },
    poll: null,
    system: null,
    createdAt: AT,
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    pinnedBy: null,
    history: [],
    ...overrides,
  };
}

export const PEOPLE: MentionCandidate[] = [
  { userId: 'u-an', username: 'nguyenvanan', fullName: 'Nguyễn Văn An' },
  { userId: 'u-hoa', username: 'hoa.le', fullName: 'Lê Thị Hoa' },
  { userId: 'u-dung', username: 'dung', fullName: 'Đặng Dũng' },
];

import type { ChannelMemberRole, ChannelKind } from './channel-kind';
import { isDerivedKind } from './channel-kind';
import { isActiveMember, type Channel, type ChannelMember } from './channel';
import type { DesiredChannel } from './derive-channels';
import type { ChannelMemberSpec } from './member-set';

export interface RoleChange {
  userId: string;
  from: ChannelMemberRole;
  to: ChannelMemberRole;
}

/** What to do to a channel's active members to reach the desired set; every list sorted by user id. */
export interface MembershipDiff {
  add: ChannelMemberSpec[];
  remove: string[];
  roleChange: RoleChange[];
}

const byUserId = (a: { userId: string }, b: { userId: string }) =>
  a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;

/** Compares the current active members with the desired ones. */
export function diffMembership(
  current: readonly ChannelMemberSpec[],
  desired: readonly ChannelMemberSpec[],
): MembershipDiff {
  const now = new Map(current.map((m) => [m.userId, m.role]));
  const want = new Map(desired.map((m) => [m.userId, m.role]));
  const add: ChannelMemberSpec[] = [];
  const roleChange: RoleChange[] = [];
  for (const [userId, role] of want) {
    const from = now.get(userId);
    if (from === undefined) add.push({ userId, role });
    else if (from !== role) roleChange.push({ userId, from, to: role });
  }
  const remove = [...now.keys()].filter((userId) => !want.has(userId)).sort();
  return { add: add.sort(byUserId), remove, roleChange: roleChange.sort(byUserId) };
}

export function isEmptyDiff(diff: MembershipDiff): boolean {
  return diff.add.length === 0 && diff.remove.length === 0 && diff.roleChange.length === 0;
}

/**
 * Applies a diff at the channel's current seq and returns only the rows that changed (for an upsert).
 * Joiners (and re-joiners) start with nothing unread; leavers keep their row with `leftAtSeq`.
 */
export function applyMembershipDiff(
  channel: Pick<Channel, 'id' | 'lastSeq'>,
  members: readonly ChannelMember[],
  diff: MembershipDiff,
): ChannelMember[] {
  const byUser = new Map(members.map((m) => [m.userId, m]));
  const changed: ChannelMember[] = [];
  for (const { userId, role } of diff.add) {
    const previous = byUser.get(userId);
    if (previous && isActiveMember(previous)) continue; // already in: not an addition
    changed.push({
      channelId: channel.id,
      userId,
      role,
      joinedAtSeq: channel.lastSeq,
      leftAtSeq: null,
      lastReadSeq: channel.lastSeq,
    });
  }
  for (const userId of diff.remove) {
    const previous = byUser.get(userId);
    if (previous && isActiveMember(previous)) changed.push({ ...previous, leftAtSeq: channel.lastSeq });
  }
  for (const { userId, to } of diff.roleChange) {
    const previous = byUser.get(userId);
    if (previous && isActiveMember(previous)) changed.push({ ...previous, role: to });
  }
  return changed.sort(byUserId);
}

/** A stored derived channel with its active members, as planChannelSync compares it. */
export interface StoredDerivedChannel {
  key: string;
  kind: ChannelKind;
  status: Channel['status'];
  members: readonly ChannelMemberSpec[];
}

export interface ChannelSyncPlan {
  /** Desired channels with no stored row yet. */
  create: DesiredChannel[];
  /** Stored channels to bring in step (reactivating archived ones the rules call for again). */
  update: { key: string; diff: MembershipDiff; reactivate: boolean }[];
  /** Stored active channels no rule calls for any more: every member leaves, history stays. */
  archive: { key: string; diff: MembershipDiff }[];
}

/**
 * Plans the sync of every derived channel. Pass the stored derived channels of the same scope as the
 * derivation input (the whole tree: announcements gather readers from every team below their unit).
 */
export function planChannelSync(
  stored: readonly StoredDerivedChannel[],
  desired: readonly DesiredChannel[],
): ChannelSyncPlan {
  const storedByKey = new Map(stored.filter((c) => isDerivedKind(c.kind)).map((c) => [c.key, c]));
  const plan: ChannelSyncPlan = { create: [], update: [], archive: [] };
  for (const channel of desired) {
    const current = storedByKey.get(channel.key);
    storedByKey.delete(channel.key);
    if (!current) {
      plan.create.push(channel);
      continue;
    }
    const diff = diffMembership(current.members, channel.members);
    const reactivate = current.status === 'archived';
    if (reactivate || !isEmptyDiff(diff)) plan.update.push({ key: channel.key, diff, reactivate });
  }
  for (const current of storedByKey.values()) {
    if (current.status === 'active') {
      plan.archive.push({ key: current.key, diff: diffMembership(current.members, []) });
    }
  }
  plan.archive.sort((a, b) => (a.key < b.key ? -1 : 1));
  return plan;
}

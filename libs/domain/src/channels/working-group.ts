import { ErrorCode } from '../errors/error-codes';
import { normalizeName } from '../common/text';
import { fail, ok, type DomainResult } from '../teams/result';
import { checkChannelAction } from './channel-access';
import { isActiveMember, type Channel, type ChannelMember } from './channel';
import type { ChannelMemberSpec } from './member-set';
import { diffMembership, type MembershipDiff } from './membership-diff';
import { canMessageDirectly, type MessagingScope } from './messaging-scope';

/** Large enough for a district-wide task force, small enough that a working group stays a group. */
export const WORKING_GROUP_MAX_MEMBERS = 200;
export const CHANNEL_TITLE_MAX = 120;

export interface GroupCandidate {
  userId: string;
  /** Defaults to poster; owners run the group with its creator. */
  role?: 'owner' | 'poster';
  scopes: readonly MessagingScope[];
}

/** Everyone added must be reachable by the person adding them, by the same rule as one-to-one messages. */
function unreachable(
  actorScopes: readonly MessagingScope[],
  candidates: readonly GroupCandidate[],
): string[] {
  return candidates.filter((c) => !canMessageDirectly(actorScopes, c.scopes)).map((c) => c.userId);
}

/** A new working group: the creator owns it, everyone else posts unless named an owner. */
export function createWorkingGroup(
  creator: { userId: string; scopes: readonly MessagingScope[] },
  title: string,
  candidates: readonly GroupCandidate[],
): DomainResult<{ title: string; members: ChannelMemberSpec[] }> {
  const name = normalizeName(title);
  if (name.length === 0 || name.length > CHANNEL_TITLE_MAX) {
    return fail(ErrorCode.ValidationFailed, `A title of 1 to ${CHANNEL_TITLE_MAX} characters is required`);
  }
  const others = candidates.filter((c) => c.userId !== creator.userId);
  const refused = unreachable(creator.scopes, others);
  if (refused.length > 0) {
    return fail(ErrorCode.DirectMessageNotAllowed, 'Some people are outside your reach', {
      userIds: refused,
    });
  }
  const roles = new Map<string, ChannelMemberSpec['role']>([[creator.userId, 'owner']]);
  for (const c of others) if (roles.get(c.userId) !== 'owner') roles.set(c.userId, c.role ?? 'poster');
  if (roles.size > WORKING_GROUP_MAX_MEMBERS) {
    return fail(ErrorCode.ChannelMemberLimit, 'Too many members', { max: WORKING_GROUP_MAX_MEMBERS });
  }
  const members = [...roles.entries()].map(([userId, role]) => ({ userId, role })).sort(byUser);
  return ok({ title: name, members });
}

/** Adds people (or changes the role of current members) as an owner of the group. */
export function addWorkingGroupMembers(
  channel: Pick<Channel, 'id' | 'kind' | 'status'>,
  members: readonly ChannelMember[],
  actor: { userId: string; scopes: readonly MessagingScope[] },
  candidates: readonly GroupCandidate[],
): DomainResult<MembershipDiff> {
  const allowed = checkChannelAction(channel, findMember(members, actor.userId), 'manageMembers');
  if (!allowed.ok) return allowed;
  const current = activeSpecs(members);
  const currentIds = new Set(current.map((m) => m.userId));
  const refused = unreachable(
    actor.scopes,
    candidates.filter((c) => !currentIds.has(c.userId)),
  );
  if (refused.length > 0) {
    return fail(ErrorCode.DirectMessageNotAllowed, 'Some people are outside your reach', {
      userIds: refused,
    });
  }
  const desired = new Map(current.map((m) => [m.userId, m.role]));
  for (const c of candidates) desired.set(c.userId, c.role ?? desired.get(c.userId) ?? 'poster');
  if (desired.size > WORKING_GROUP_MAX_MEMBERS) {
    return fail(ErrorCode.ChannelMemberLimit, 'Too many members', { max: WORKING_GROUP_MAX_MEMBERS });
  }
  const next = [...desired.entries()].map(([userId, role]) => ({ userId, role }));
  if (!next.some((m) => m.role === 'owner')) {
    return fail(ErrorCode.ChannelLastOwner, 'A working group keeps at least one owner', {
      channelId: channel.id,
    });
  }
  return ok(diffMembership(current, next));
}

/** An owner removes someone, or a member leaves; the last owner cannot leave while others remain. */
export function removeWorkingGroupMember(
  channel: Pick<Channel, 'id' | 'kind' | 'status'>,
  members: readonly ChannelMember[],
  actorId: string,
  userId: string,
): DomainResult<MembershipDiff> {
  const actor = findMember(members, actorId);
  if (actorId !== userId) {
    const allowed = checkChannelAction(channel, actor, 'manageMembers');
    if (!allowed.ok) return allowed;
  } else if (channel.kind !== 'working_group') {
    return fail(ErrorCode.ChannelNotManual, 'Members of this channel follow the team rosters', {
      channelId: channel.id,
    });
  }
  const current = activeSpecs(members);
  const target = current.find((m) => m.userId === userId);
  if (!target) return fail(ErrorCode.NotAChannelMember, 'This person is not a member', { userId });
  const owners = current.filter((m) => m.role === 'owner');
  if (target.role === 'owner' && owners.length === 1 && current.length > 1) {
    return fail(ErrorCode.ChannelLastOwner, 'Name another owner before the last owner leaves', { userId });
  }
  return ok(
    diffMembership(
      current,
      current.filter((m) => m.userId !== userId),
    ),
  );
}

function findMember(members: readonly ChannelMember[], userId: string): ChannelMember | undefined {
  return members.find((m) => m.userId === userId && isActiveMember(m));
}

function activeSpecs(members: readonly ChannelMember[]): ChannelMemberSpec[] {
  return members.filter(isActiveMember).map((m) => ({ userId: m.userId, role: m.role }));
}

function byUser(a: ChannelMemberSpec, b: ChannelMemberSpec): number {
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

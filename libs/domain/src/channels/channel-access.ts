import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { canPostAs } from './channel-kind';
import { isActiveMember, type Channel, type ChannelMember } from './channel';

/** What one person may do in one channel. */
export interface ChannelAccess {
  /** Read history (up to `readUpToSeq` when set). */
  read: boolean;
  /** A former member reads up to the seq they left at; null means no limit. */
  readUpToSeq: number | null;
  /** Join the channel's socket room (live messages): active members only. */
  joinRoom: boolean;
  post: boolean;
  pin: boolean;
  vote: boolean;
  /** Delete one's own messages: any active member of an open channel, even one whose role no longer posts. */
  deleteOwn: boolean;
  markRead: boolean;
  /** Add and remove members: owners of a working group (derived channels follow the rosters). */
  manageMembers: boolean;
}

const NONE: ChannelAccess = {
  read: false,
  readUpToSeq: null,
  joinRoom: false,
  post: false,
  pin: false,
  vote: false,
  deleteOwn: false,
  markRead: false,
  manageMembers: false,
};

/** Access from the person's member row (undefined when they never were a member). */
export function channelAccess(
  channel: Pick<Channel, 'kind' | 'status'>,
  member: Pick<ChannelMember, 'role' | 'leftAtSeq'> | undefined,
): ChannelAccess {
  if (!member) return { ...NONE };
  if (!isActiveMember(member)) return { ...NONE, read: true, readUpToSeq: member.leftAtSeq };
  const open = channel.status === 'active';
  const writes = open && canPostAs(member.role);
  return {
    read: true,
    readUpToSeq: null,
    joinRoom: true,
    post: writes,
    pin: writes,
    vote: open,
    deleteOwn: open,
    markRead: true,
    manageMembers: open && member.role === 'owner' && channel.kind === 'working_group',
  };
}

/** Whether a message is visible to this person: former members see nothing newer than their leaving. */
export function canReadSeq(access: ChannelAccess, seq: number): boolean {
  return access.read && (access.readUpToSeq === null || seq <= access.readUpToSeq);
}

export type ChannelAction = 'post' | 'pin' | 'vote' | 'deleteOwn' | 'manageMembers';

/** The coded refusal for an action: not a member, archived channel, or a role that does not allow it. */
export function checkChannelAction(
  channel: Pick<Channel, 'id' | 'kind' | 'status'>,
  member: Pick<ChannelMember, 'role' | 'leftAtSeq'> | undefined,
  action: ChannelAction,
): DomainResult<true> {
  const details = { channelId: channel.id, action };
  if (!member || !isActiveMember(member)) {
    return fail(ErrorCode.NotAChannelMember, 'You are not a member of this channel', details);
  }
  if (channel.status === 'archived')
    return fail(ErrorCode.ChannelArchived, 'This channel is archived', details);
  if (action === 'manageMembers' && channel.kind !== 'working_group') {
    return fail(ErrorCode.ChannelNotManual, 'Members of this channel follow the team rosters', details);
  }
  if (!channelAccess(channel, member)[action]) {
    return fail(ErrorCode.ChannelPostNotAllowed, 'Your role in this channel does not allow this', {
      ...details,
      role: member.role,
    });
  }
  return ok(true);
}

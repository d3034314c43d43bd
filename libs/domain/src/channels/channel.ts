import type { ChannelKind, ChannelMemberRole, ChannelStatus } from './channel-kind';

/** A channel as the rules see it; `lastSeq` numbers messages, `lastRevision` numbers every change. */
export interface Channel {
  id: string;
  key: string;
  kind: ChannelKind;
  /** The commune, village or steering unit of a derived channel; null for working groups and direct ones. */
  unitId: string | null;
  /** The team whose group a commune or village channel replaces. */
  teamId: string | null;
  /** Set for working groups; derived and direct channels take their title from the unit or the counterpart. */
  title: string | null;
  status: ChannelStatus;
  /** Seq of the newest message; 0 for an empty channel. Seqs run 1, 2, 3… with no holes. */
  lastSeq: number;
  /** Bumped by every new message, edit, deletion, pin and vote, so a client can catch up on changes too. */
  lastRevision: number;
  createdAt: string;
  /** Null for derived channels (the hub made them). */
  createdBy: string | null;
}

/**
 * One person's place in a channel. Leaving sets `leftAtSeq` (the row stays): a former member keeps what they
 * could read up to then and sees nothing newer; what they wrote stays in the channel.
 */
export interface ChannelMember {
  channelId: string;
  userId: string;
  role: ChannelMemberRole;
  /** Channel's lastSeq when the person (re)joined. */
  joinedAtSeq: number;
  leftAtSeq: number | null;
  /** The read marker: every message with seq ≤ lastReadSeq counts as read. */
  lastReadSeq: number;
}

export function isActiveMember(member: Pick<ChannelMember, 'leftAtSeq'>): boolean {
  return member.leftAtSeq === null;
}

/** The counters after one more change: a new message takes the next seq, every change the next revision. */
export function bumpCounters(
  channel: Pick<Channel, 'lastSeq' | 'lastRevision'>,
  newMessage: boolean,
): { lastSeq: number; lastRevision: number } {
  return {
    lastSeq: newMessage ? channel.lastSeq + 1 : channel.lastSeq,
    lastRevision: channel.lastRevision + 1,
  };
}

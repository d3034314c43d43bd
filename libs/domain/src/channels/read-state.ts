import type { ChannelMember } from './channel';

/**
 * Moves a member's read marker forward to `seq` (never back: another device may have read further), clamped
 * to the channel's last seq. `changed` is false when nothing moved, so the API skips the write and the event.
 */
export function markChannelRead(
  member: ChannelMember,
  seq: number,
  channelLastSeq: number,
): { member: ChannelMember; changed: boolean } {
  const target = Math.min(Math.max(0, Math.floor(seq)), channelLastSeq);
  if (target <= member.lastReadSeq) return { member, changed: false };
  return { member: { ...member, lastReadSeq: target }, changed: true };
}

/**
 * Messages after the read marker, less the reader's own messages after it (sending does not always move the
 * marker, e.g. from the outbox while the channel is not open).
 */
export function unreadCount(lastSeq: number, lastReadSeq: number, ownMessagesAfter = 0): number {
  return Math.max(0, lastSeq - lastReadSeq - ownMessagesAfter);
}

/**
 * The members a message was shown to: members when it was posted (joined before it, not gone before it),
 * other than its author. New members read old history but never count as having "seen" it.
 */
export function messageAudience(
  message: { seq: number; authorId: string | null },
  members: readonly ChannelMember[],
): ChannelMember[] {
  return members.filter(
    (m) =>
      m.userId !== message.authorId &&
      m.joinedAtSeq < message.seq &&
      (m.leftAtSeq === null || m.leftAtSeq >= message.seq),
  );
}

/** Who of the audience has read up to the message; sorted by user id. */
export function seenBy(
  message: { seq: number; authorId: string | null },
  members: readonly ChannelMember[],
): { audience: number; seenUserIds: string[] } {
  const audience = messageAudience(message, members);
  const seenUserIds = audience
    .filter((m) => m.lastReadSeq >= message.seq)
    .map((m) => m.userId)
    .sort();
  return { audience: audience.length, seenUserIds };
}

import type { ChannelRow, MemberRow } from './channel.mapper';

/** What a send reads before the domain decides: the channel, the sender's span, their name. */
export interface SenderContext {
  channel: ChannelRow;
  member: MemberRow | null;
  fullName: string | null;
}

const TTL_MS = 30_000;
const MAX_ENTRIES = 20_000;

/**
 * People recently found able to post in a channel, so their next sends skip the first read. Safe when stale:
 * the statement that stores a send re-checks the membership, the role and the channel's status, and a send it
 * refuses is decided again under the channel's lock (which also forgets the entry).
 */
export class SenderCache {
  private readonly entries = new Map<string, { context: SenderContext; at: number }>();

  get(channelId: string, userId: string): SenderContext | null {
    const key = `${channelId}:${userId}`;
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (Date.now() - entry.at > TTL_MS) {
      this.entries.delete(key);
      return null;
    }
    return entry.context;
  }

  remember(userId: string, context: SenderContext): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(`${context.channel.id}:${userId}`, { context, at: Date.now() });
  }

  forget(channelId: string, userId: string): void {
    this.entries.delete(`${channelId}:${userId}`);
  }
}

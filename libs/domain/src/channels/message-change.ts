import type { ChannelDomainEvent } from './events';
import type { Message } from './message';

/** The outcome of every message operation: the message as stored now, the channel counters, the events. */
export interface MessageChange {
  message: Message;
  /** The channel's counters after the change (unchanged when nothing changed). */
  counters: { lastSeq: number; lastRevision: number };
  /** Empty when the operation was a no-op (re-pinning a pinned message, deleting a tombstone). */
  events: ChannelDomainEvent[];
}

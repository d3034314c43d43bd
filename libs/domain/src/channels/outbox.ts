import { ErrorCode } from '../errors/error-codes';
import type { PollDraft } from './poll';
import { mergeMessages, type Sequenced } from './sequencing';

/** A message typed on the phone, waiting for the server's ack; its clientMessageId is its idempotency key. */
export interface OutboxEntry {
  clientMessageId: string;
  channelId: string;
  text: string;
  parentId: string | null;
  poll: PollDraft | null;
  createdAt: string;
  attempts: number;
  /** pending: waits to be sent; sending: emitted, no ack yet; failed: refused for good (the user decides). */
  state: 'pending' | 'sending' | 'failed';
  error: ErrorCode | null;
}

export type NewOutboxEntry = Omit<OutboxEntry, 'attempts' | 'state' | 'error'>;

/** Codes worth retrying unchanged: the server or the session failed, not the message. */
const RETRYABLE: readonly ErrorCode[] = [
  ErrorCode.Internal,
  ErrorCode.TooManyAttempts,
  ErrorCode.Unauthenticated,
  ErrorCode.TokenExpired,
];

export function isRetryableSendError(code: ErrorCode): boolean {
  return RETRYABLE.includes(code);
}

/** Adds a message; adding the same id again is ignored (a double tap sends once). */
export function addToOutbox(outbox: readonly OutboxEntry[], entry: NewOutboxEntry): OutboxEntry[] {
  if (outbox.some((e) => e.clientMessageId === entry.clientMessageId)) return [...outbox];
  return [...outbox, { ...entry, attempts: 0, state: 'pending', error: null }];
}

/**
 * What to emit now: per channel, the oldest entry if it is pending. One message in flight per channel keeps
 * the server's order equal to the typing order; a failed entry holds its channel until retried or discarded.
 */
export function nextOutboxSends(outbox: readonly OutboxEntry[]): OutboxEntry[] {
  const heads = new Map<string, OutboxEntry>();
  for (const entry of [...outbox].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  )) {
    if (!heads.has(entry.channelId)) heads.set(entry.channelId, entry);
  }
  return [...heads.values()].filter((e) => e.state === 'pending');
}

function updateEntry(
  outbox: readonly OutboxEntry[],
  id: string,
  change: (e: OutboxEntry) => OutboxEntry,
): OutboxEntry[] {
  return outbox.map((e) => (e.clientMessageId === id ? change(e) : e));
}

export function markOutboxSending(outbox: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return updateEntry(outbox, id, (e) => ({ ...e, state: 'sending', attempts: e.attempts + 1 }));
}

/** The server stored it (ack, or its message:new arrived first): the entry leaves the outbox. */
export function removeFromOutbox(outbox: readonly OutboxEntry[], clientMessageId: string): OutboxEntry[] {
  return outbox.filter((e) => e.clientMessageId !== clientMessageId);
}

/** A refused send: retryable codes go back to pending, others wait for the user. */
export function failOutboxSend(outbox: readonly OutboxEntry[], id: string, code: ErrorCode): OutboxEntry[] {
  return updateEntry(outbox, id, (e) =>
    isRetryableSendError(code)
      ? { ...e, state: 'pending', error: code }
      : { ...e, state: 'failed', error: code },
  );
}

/** The connection dropped: sends without an ack go back to pending (the server dedupes if they did arrive). */
export function resetOutboxInFlight(outbox: readonly OutboxEntry[]): OutboxEntry[] {
  return outbox.map((e) => (e.state === 'sending' ? { ...e, state: 'pending' } : e));
}

/** The user taps "retry" on a failed message. */
export function retryOutboxEntry(outbox: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return updateEntry(outbox, id, (e) => (e.state === 'failed' ? { ...e, state: 'pending', error: null } : e));
}

export function discardOutboxEntry(outbox: readonly OutboxEntry[], id: string): OutboxEntry[] {
  return removeFromOutbox(outbox, id);
}

export type TimelineItem<T> = { kind: 'stored'; message: T } | { kind: 'pending'; entry: OutboxEntry };

/**
 * A channel's timeline: stored messages by seq, then its outbox entries by creation time, leaving out
 * entries already stored (their message:new came before the ack) so nothing shows twice.
 */
export function channelTimeline<T extends Sequenced & { clientMessageId: string | null }>(
  channelId: string,
  messages: readonly T[],
  outbox: readonly OutboxEntry[],
): TimelineItem<T>[] {
  const stored = [...messages].sort((a, b) => a.seq - b.seq);
  const storedIds = new Set(stored.map((m) => m.clientMessageId).filter((id) => id !== null));
  const pending = outbox
    .filter((e) => e.channelId === channelId && !storedIds.has(e.clientMessageId))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return [
    ...stored.map((message) => ({ kind: 'stored' as const, message })),
    ...pending.map((entry) => ({ kind: 'pending' as const, entry })),
  ];
}

/** The ack of a send: the entry leaves the outbox and the stored message takes its place in the timeline. */
export function applySendAck<T extends Sequenced & { clientMessageId: string | null }>(
  outbox: readonly OutboxEntry[],
  messages: readonly T[],
  stored: T,
): { outbox: OutboxEntry[]; messages: T[] } {
  const remaining =
    stored.clientMessageId === null ? [...outbox] : removeFromOutbox(outbox, stored.clientMessageId);
  return { outbox: remaining, messages: mergeMessages(messages, [stored]) };
}

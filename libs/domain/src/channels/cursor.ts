import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';

export const HISTORY_PAGE_DEFAULT = 50;
export const HISTORY_PAGE_MAX = 100;

const CURSOR = /^q([0-9a-z]{1,11})$/;

/** An opaque page cursor for a seq; clients pass it back and never read it. */
export function encodeHistoryCursor(seq: number): string {
  return `q${seq.toString(36)}`;
}

export function decodeHistoryCursor(cursor: string): DomainResult<number> {
  const match = CURSOR.exec(cursor);
  const seq = match?.[1] === undefined ? Number.NaN : parseInt(match[1], 36);
  if (!Number.isSafeInteger(seq) || seq < 0) {
    return fail(ErrorCode.HistoryCursorInvalid, 'This page cursor is not valid', { cursor });
  }
  return ok(seq);
}

export interface HistoryQuery {
  before?: string;
  after?: string;
  limit: number;
}

/** The seq range a history page reads: `seq < below` and `seq > above`, in `order`, `limit + 1` rows. */
export interface SeqWindow {
  below: number | null;
  above: number | null;
  order: 'asc' | 'desc';
  limit: number;
}

/**
 * A query as a seq window: no cursor → the newest page; `before` → older messages, newest first; `after` →
 * newer ones, oldest first. A former member's window stops at the seq they left at.
 */
export function historyWindow(query: HistoryQuery, readUpToSeq: number | null): DomainResult<SeqWindow> {
  if (query.before !== undefined && query.after !== undefined) {
    return fail(ErrorCode.ValidationFailed, 'Give either before or after, not both');
  }
  const limit = Math.min(Math.max(1, Math.floor(query.limit)), HISTORY_PAGE_MAX);
  const cap = readUpToSeq === null ? null : readUpToSeq + 1;
  if (query.after !== undefined) {
    const after = decodeHistoryCursor(query.after);
    if (!after.ok) return after;
    return ok({ below: cap, above: after.value, order: 'asc', limit });
  }
  let below = cap;
  if (query.before !== undefined) {
    const before = decodeHistoryCursor(query.before);
    if (!before.ok) return before;
    below = below === null ? before.value : Math.min(below, before.value);
  }
  return ok({ below, above: null, order: 'desc', limit });
}

export interface HistoryPage<T> {
  /** Oldest first, whatever the read order. */
  items: T[];
  /** Pass as `before` for older messages; null at the channel's start. */
  olderCursor: string | null;
  /** Pass as `after` for newer messages; null at the newest page (live events take over). */
  newerCursor: string | null;
}

/** Builds a page from the rows read with a window (up to `limit + 1` of them: the extra row means "more"). */
export function buildHistoryPage<T extends { seq: number }>(
  rows: readonly T[],
  window: SeqWindow,
): HistoryPage<T> {
  const more = rows.length > window.limit;
  const items = [...rows]
    .sort((a, b) => (window.order === 'asc' ? a.seq - b.seq : b.seq - a.seq))
    .slice(0, window.limit)
    .sort((a, b) => a.seq - b.seq);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return { items, olderCursor: null, newerCursor: null };
  const older = window.order === 'desc' ? more : first.seq > 1;
  const newer = window.order === 'asc' ? more : window.below !== null;
  return {
    items,
    olderCursor: older ? encodeHistoryCursor(first.seq) : null,
    newerCursor: newer ? encodeHistoryCursor(last.seq) : null,
  };
}

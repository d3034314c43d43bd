/** An inclusive run of missing seqs. */
export interface SeqGap {
  fromSeq: number;
  toSeq: number;
}

/** The part of a message that ordering and merging read. */
export interface Sequenced {
  seq: number;
  revision: number;
}

/** Missing seqs between `from` and `to` (default: the lowest and highest held), as inclusive runs. */
export function findGaps(seqs: readonly number[], bounds: { from?: number; to?: number } = {}): SeqGap[] {
  const held = [...new Set(seqs)].sort((a, b) => a - b);
  const from = bounds.from ?? held[0];
  const to = bounds.to ?? held[held.length - 1];
  if (from === undefined || to === undefined || from > to) return [];
  const gaps: SeqGap[] = [];
  let next = from;
  for (const seq of held) {
    if (seq < next) continue;
    if (seq > to) break;
    if (seq > next) gaps.push({ fromSeq: next, toSeq: seq - 1 });
    next = seq + 1;
  }
  if (next <= to) gaps.push({ fromSeq: next, toSeq: to });
  return gaps;
}

/**
 * The end of the unbroken run that starts right after `base`: base+1, base+2… all held. Used for seqs (base:
 * the seq before the oldest loaded message) and for revisions (base: the revision of the last sync).
 */
export function contiguousFrom(base: number, held: readonly number[]): number {
  const set = new Set(held);
  let end = base;
  while (set.has(end + 1)) end += 1;
  return end;
}

/**
 * What a reconnecting client asks for: everything after the end of its unbroken run of messages (so a live
 * message that arrived past a hole is fetched again and merged), and every change after its unbroken run of
 * revisions since the last sync.
 */
export function gapRequest(
  channelId: string,
  messages: readonly Sequenced[],
  revisions: { syncedRevision: number; seenRevisions: readonly number[] },
): { channelId: string; afterSeq: number; afterRevision: number } {
  const seqs = messages.map((m) => m.seq);
  const oldest = seqs.length === 0 ? 1 : Math.min(...seqs);
  return {
    channelId,
    afterSeq: contiguousFrom(oldest - 1, seqs),
    afterRevision: contiguousFrom(revisions.syncedRevision, revisions.seenRevisions),
  };
}

/**
 * Merges incoming messages into a timeline: one entry per seq, the higher revision wins (an edit that
 * arrives before the original is kept), ordered by seq.
 */
export function mergeMessages<T extends Sequenced>(existing: readonly T[], incoming: readonly T[]): T[] {
  const bySeq = new Map<number, T>();
  for (const message of [...existing, ...incoming]) {
    const held = bySeq.get(message.seq);
    if (!held || message.revision >= held.revision) bySeq.set(message.seq, message);
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export interface SyncSelection<T> {
  messages: T[];
  /** More of the gap remains: ask again after the last seq returned (keeping the same afterRevision). */
  hasMore: boolean;
}

/**
 * The sync contract, as a reference the API's query must match: every message after `afterSeq` (up to
 * `limit`, by seq), plus older messages changed after `afterRevision`; never beyond `readUpToSeq`.
 */
export function selectSync<T extends Sequenced>(
  messages: readonly T[],
  query: { afterSeq: number; afterRevision?: number; limit: number; readUpToSeq?: number | null },
): SyncSelection<T> {
  const cap = query.readUpToSeq ?? Number.POSITIVE_INFINITY;
  const sorted = [...messages].filter((m) => m.seq <= cap).sort((a, b) => a.seq - b.seq);
  const gap = sorted.filter((m) => m.seq > query.afterSeq);
  const afterRevision = query.afterRevision;
  const changed =
    afterRevision === undefined
      ? []
      : sorted.filter((m) => m.seq <= query.afterSeq && m.revision > afterRevision);
  return { messages: [...changed, ...gap.slice(0, query.limit)], hasMore: gap.length > query.limit };
}

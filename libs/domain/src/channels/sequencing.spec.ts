import { contiguousFrom, findGaps, gapRequest, mergeMessages, selectSync } from './sequencing';

const m = (seq: number, revision = seq, text = `m${seq}`) => ({ seq, revision, text });

describe('findGaps', () => {
  it('lists missing runs between the lowest and highest seq held', () => {
    expect(findGaps([1, 2, 5, 6, 9])).toEqual([
      { fromSeq: 3, toSeq: 4 },
      { fromSeq: 7, toSeq: 8 },
    ]);
    expect(findGaps([3, 1, 2, 2])).toEqual([]);
    expect(findGaps([])).toEqual([]);
  });

  it('takes explicit bounds: what is missing up to the channel’s last seq', () => {
    expect(findGaps([4, 5], { from: 1, to: 8 })).toEqual([
      { fromSeq: 1, toSeq: 3 },
      { fromSeq: 6, toSeq: 8 },
    ]);
    expect(findGaps([], { from: 1, to: 2 })).toEqual([{ fromSeq: 1, toSeq: 2 }]);
    expect(findGaps([1, 9], { from: 2, to: 4 })).toEqual([{ fromSeq: 2, toSeq: 4 }]);
    expect(findGaps([1], { from: 5, to: 4 })).toEqual([]);
  });
});

describe('gapRequest', () => {
  it('asks after the end of the unbroken run, so a message past a hole is fetched again', () => {
    const held = [m(50), m(51), m(52), m(55)];
    expect(gapRequest('ch', held, { syncedRevision: 60, seenRevisions: [61, 62, 64] })).toEqual({
      channelId: 'ch',
      afterSeq: 52,
      afterRevision: 62,
    });
  });

  it('asks for everything in a channel it holds nothing of', () => {
    expect(gapRequest('ch', [], { syncedRevision: 0, seenRevisions: [] })).toEqual({
      channelId: 'ch',
      afterSeq: 0,
      afterRevision: 0,
    });
    expect(contiguousFrom(7, [9, 10])).toBe(7);
  });
});

describe('mergeMessages', () => {
  it('orders by seq without duplicates, the newer revision winning either way round', () => {
    const existing = [m(3), m(1), m(2, 2, 'old')];
    const incoming = [m(2, 9, 'edited'), m(4), m(3)];
    expect(mergeMessages(existing, incoming)).toEqual([m(1), m(2, 9, 'edited'), m(3), m(4)]);
    expect(mergeMessages([m(2, 9, 'edited')], [m(2, 2, 'old')])).toEqual([m(2, 9, 'edited')]);
  });
});

describe('selectSync', () => {
  const stored = [m(1, 1), m(2, 12), m(3, 3), m(4, 4), m(5, 13), m(6, 6), m(7, 7)];

  it('returns exactly the gap after the last seq seen, plus older messages changed since', () => {
    expect(selectSync(stored, { afterSeq: 4, afterRevision: 10, limit: 50 })).toEqual({
      messages: [m(2, 12), m(5, 13), m(6, 6), m(7, 7)],
      hasMore: false,
    });
    expect(selectSync(stored, { afterSeq: 4, limit: 50 }).messages.map((x) => x.seq)).toEqual([5, 6, 7]);
  });

  it('pages a long gap and stops at a former member’s limit', () => {
    expect(selectSync(stored, { afterSeq: 0, limit: 3 })).toEqual({
      messages: [m(1, 1), m(2, 12), m(3, 3)],
      hasMore: true,
    });
    expect(selectSync(stored, { afterSeq: 4, limit: 50, readUpToSeq: 5 }).messages.map((x) => x.seq)).toEqual(
      [5],
    );
  });

  it('ends the reconnect story with no duplicates and no holes', () => {
    const client = [m(1, 1), m(2, 2), m(3, 3), m(6, 6)]; // offline through 4 and 5, saw 6 live
    const request = gapRequest('ch', client, { syncedRevision: 3, seenRevisions: [6] });
    const reply = selectSync(stored, { ...request, limit: 50 });
    const merged = mergeMessages(client, reply.messages);
    expect(merged.map((x) => [x.seq, x.revision])).toEqual([
      [1, 1],
      [2, 12],
      [3, 3],
      [4, 4],
      [5, 13],
      [6, 6],
      [7, 7],
    ]);
    expect(
      findGaps(
        merged.map((x) => x.seq),
        { from: 1, to: 7 },
      ),
    ).toEqual([]);
  });
});

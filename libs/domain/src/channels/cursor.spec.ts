import { buildHistoryPage, decodeHistoryCursor, encodeHistoryCursor, historyWindow } from './cursor';

const rows = (...seqs: number[]) => seqs.map((seq) => ({ seq }));
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

describe('history cursors', () => {
  it('round-trips a seq through an opaque cursor', () => {
    for (const seq of [0, 1, 35, 1_000_000, Number.MAX_SAFE_INTEGER]) {
      const cursor = encodeHistoryCursor(seq);
      expect(cursor).not.toBe(String(seq));
      expect(decodeHistoryCursor(cursor)).toEqual({ ok: true, value: seq });
    }
  });

  it('refuses cursors it did not make', () => {
    for (const bad of ['', '12', 'q', 'q-1', 'Q10', 'q10 ', 'qzzzzzzzzzzzz']) {
      expect(code(decodeHistoryCursor(bad))).toBe('HISTORY_CURSOR_INVALID');
    }
  });
});

describe('historyWindow', () => {
  const q = encodeHistoryCursor;

  it('reads the newest page, older pages before a cursor and newer ones after it', () => {
    expect(historyWindow({ limit: 50 }, null)).toEqual({
      ok: true,
      value: { below: null, above: null, order: 'desc', limit: 50 },
    });
    expect(historyWindow({ before: q(40), limit: 20 }, null)).toEqual({
      ok: true,
      value: { below: 40, above: null, order: 'desc', limit: 20 },
    });
    expect(historyWindow({ after: q(40), limit: 500 }, null)).toEqual({
      ok: true,
      value: { below: null, above: 40, order: 'asc', limit: 100 },
    });
  });

  it('stops a former member at the seq they left at', () => {
    expect(historyWindow({ limit: 10 }, 30)).toMatchObject({ ok: true, value: { below: 31 } });
    expect(historyWindow({ before: q(20), limit: 10 }, 30)).toMatchObject({ ok: true, value: { below: 20 } });
    expect(historyWindow({ before: q(90), limit: 10 }, 30)).toMatchObject({ ok: true, value: { below: 31 } });
    expect(historyWindow({ after: q(10), limit: 10 }, 30)).toMatchObject({
      ok: true,
      value: { below: 31, above: 10 },
    });
  });

  it('refuses both directions at once and bad cursors', () => {
    expect(code(historyWindow({ before: q(1), after: q(2), limit: 5 }, null))).toBe('VALIDATION_FAILED');
    expect(code(historyWindow({ before: 'nope', limit: 5 }, null))).toBe('HISTORY_CURSOR_INVALID');
    expect(code(historyWindow({ after: 'nope', limit: 5 }, null))).toBe('HISTORY_CURSOR_INVALID');
  });
});

describe('buildHistoryPage', () => {
  it('returns the newest page oldest-first with a cursor to older messages when there are more', () => {
    const page = buildHistoryPage(rows(10, 9, 8, 7), { below: null, above: null, order: 'desc', limit: 3 });
    expect(page).toEqual({ items: rows(8, 9, 10), olderCursor: encodeHistoryCursor(8), newerCursor: null });
  });

  it('ends at the channel start and offers newer messages after a before-page', () => {
    const page = buildHistoryPage(rows(2, 1), { below: 3, above: null, order: 'desc', limit: 3 });
    expect(page).toEqual({ items: rows(1, 2), olderCursor: null, newerCursor: encodeHistoryCursor(2) });
  });

  it('pages forward after a cursor', () => {
    expect(buildHistoryPage(rows(5, 6, 7), { below: null, above: 4, order: 'asc', limit: 2 })).toEqual({
      items: rows(5, 6),
      olderCursor: encodeHistoryCursor(5),
      newerCursor: encodeHistoryCursor(6),
    });
    expect(buildHistoryPage(rows(5), { below: null, above: 4, order: 'asc', limit: 2 })).toEqual({
      items: rows(5),
      olderCursor: encodeHistoryCursor(5),
      newerCursor: null,
    });
  });

  it('gives no cursors for an empty page', () => {
    expect(buildHistoryPage([], { below: 5, above: null, order: 'desc', limit: 2 })).toEqual({
      items: [],
      olderCursor: null,
      newerCursor: null,
    });
  });
});

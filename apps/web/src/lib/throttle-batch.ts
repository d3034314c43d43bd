/**
 * Collects items from a burst of events and hands them over at most once per `intervalMs`: the first add flushes
 * at once, later ones wait for the window to end and go together, so a storm costs one flush a window.
 * Items are kept in a Set: an id added twice in one window goes once (event payloads are distinct objects).
 */
export function throttleBatch<T>(intervalMs: number, flush: (items: ReadonlySet<T>) => void) {
  let pending = new Set<T>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = -Infinity;

  const run = () => {
    timer = undefined;
    lastFlush = Date.now();
    const batch = pending;
    pending = new Set();
    if (batch.size > 0) flush(batch);
  };

  return {
    add(items: Iterable<T>) {
      for (const item of items) pending.add(item);
      if (timer !== undefined) return;
      const wait = lastFlush + intervalMs - Date.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

/**
 * Collects items from a burst of events and hands them over at most once per `intervalMs`: the first item goes
 * at once, later ones wait for the window to end and go together (the same rhythm as the dashboards' throttle).
 */
export function throttleBatch<T>(intervalMs: number, flush: (items: T[]) => void) {
  let pending: T[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = -Infinity;

  const run = () => {
    timer = undefined;
    lastFlush = Date.now();
    const batch = pending;
    pending = [];
    if (batch.length > 0) flush(batch);
  };

  return {
    add(item: T) {
      pending.push(item);
      if (timer !== undefined) return;
      const wait = lastFlush + intervalMs - Date.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = [];
    },
  };
}

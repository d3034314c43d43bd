/**
 * Collects unit ids from a burst of events and hands them over at most once per `intervalMs`: the first event
 * flushes at once, later ones wait for the window to end and go together, so a storm costs one refetch a window.
 */
export function throttleUnits(intervalMs: number, flush: (unitIds: ReadonlySet<string>) => void) {
  let pending = new Set<string>();
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
    add(unitIds: readonly string[]) {
      for (const id of unitIds) pending.add(id);
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

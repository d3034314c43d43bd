import { useCallback, useState } from 'react';

const STORAGE_KEY = 'cdt.tree.expanded';

function readExpanded(): string[] | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : null;
  } catch {
    return null;
  }
}

/** Which tree nodes are open; kept for the tab's lifetime so going back to the tree restores it. */
export function useExpandedUnits(initiallyExpanded: readonly string[]) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(readExpanded() ?? initiallyExpanded),
  );

  const toggle = useCallback((id: string) => {
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      return next;
    });
  }, []);

  return { isExpanded: (id: string) => expanded.has(id), toggle };
}

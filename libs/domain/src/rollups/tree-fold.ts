/** A unit as the bottom-up walks see it: its id and its parent's (levels are never counted). */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

/**
 * Every unit's value over its subtree: its own value plus its children's, children first, by parent links.
 * A unit whose parent is absent is a root (so a subtree can be folded alone); units caught in a parent cycle
 * (bad data) are left out.
 */
export function foldUp<T>(
  units: readonly TreeUnit[],
  own: (unitId: string) => T,
  add: (a: T, b: T) => T,
): Map<string, T> {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  const parentOf = new Map<string, string>();
  for (const unit of units) {
    if (unit.parentId === null || !ids.has(unit.parentId)) {
      roots.push(unit.id);
      continue;
    }
    parentOf.set(unit.id, unit.parentId);
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit.id);
    children.set(unit.parentId, siblings);
  }
  // Pre-order from the roots; walked backwards, every unit comes after all of its descendants.
  const order: string[] = [];
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    order.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  const values = new Map<string, T>(order.map((id) => [id, own(id)]));
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const id = order[i]!;
    const parentId = parentOf.get(id);
    if (parentId === undefined) continue;
    values.set(parentId, add(values.get(parentId)!, values.get(id)!));
  }
  return values;
}

/** Groups items by a key, keeping input order within each group. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

import type { UnitKind } from '../hierarchy/unit-kind';

/** A unit as plain data: kind and parent are all the walks need (levels are never counted). */
export interface PlainUnit {
  id: string;
  kind: UnitKind;
  parentId: string | null;
  name: string;
  code?: string | null;
}

/** The root and every unit below it, depth-first with children in input order; empty if the root is unknown. */
export function walkSubtree<U extends PlainUnit>(rootId: string, units: readonly U[]): U[] {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string, U[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  const root = byId.get(rootId);
  if (!root) return [];
  const order: U[] = [];
  const seen = new Set<string>();
  const stack: U[] = [root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (seen.has(unit.id)) continue; // guards against a cycle in bad data
    seen.add(unit.id);
    order.push(unit);
    stack.push(...(children.get(unit.id) ?? []).slice().reverse());
  }
  return order;
}

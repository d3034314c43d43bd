import type { UnitRollup } from './figures';
import { metricValue } from './metrics';
import type { DashboardSortKey, SortOrder } from './dashboard-schemas';

export interface SortableRow {
  name: string;
  figures: UnitRollup;
}

/**
 * Rows sorted for a dashboard table: names in Vietnamese order, numbers by value; rows without a value (an
 * undefined rate) always last, whatever the order; ties by name. Returns a new array.
 */
export function sortDashboardRows<R extends SortableRow>(
  rows: readonly R[],
  key: DashboardSortKey,
  order: SortOrder = 'asc',
): R[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: R, b: R) => a.name.localeCompare(b.name, 'vi');
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const x = metricValue(a.figures, key);
    const y = metricValue(b.figures, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

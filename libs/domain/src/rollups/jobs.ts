/**
 * A burst of changes within this window costs one recomputation per unit: rollup jobs wait this long and are
 * de-duplicated by unit while waiting. Small against the 2 s live target even with four levels.
 */
export const ROLLUP_COALESCE_MS = 250;

/**
 * The de-duplication key of a unit's rollup job ("rollup:<unitId>"), for BullMQ's `deduplication.id`
 * (job ids themselves may not contain ':'). Only a waiting job may absorb another: a change arriving while
 * the job runs must queue a new one, or it would be lost until the nightly repair.
 */
export function rollupDedupeKey(unitId: string): string {
  return `rollup:${unitId}`;
}

/** The unit id inside a rollup de-duplication key, or null if the key is not one. */
export function unitIdOfRollupKey(key: string): string | null {
  return key.startsWith('rollup:') && key.length > 'rollup:'.length ? key.slice('rollup:'.length) : null;
}

/**
 * The units whose figures a change at a unit affects: the unit and all its ancestors, root first, read from
 * its materialized path ("/a/b/c/" → a, b, c). Recompute them deepest first.
 */
export function ancestorsToRecompute(changedUnitPath: string): string[] {
  if (!changedUnitPath.startsWith('/') || !changedUnitPath.endsWith('/') || changedUnitPath.length < 3) {
    throw new RangeError(`not a unit path: ${changedUnitPath}`);
  }
  const ids = changedUnitPath.slice(1, -1).split('/');
  if (ids.some((id) => id.length === 0)) throw new RangeError(`not a unit path: ${changedUnitPath}`);
  return ids;
}

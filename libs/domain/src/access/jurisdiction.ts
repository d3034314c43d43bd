import type { GrantRole } from './roles';
import { canManageUsers } from './roles';

/** A grant reduced to what jurisdiction needs: its role and the materialized path ("/a/b/") of its unit. */
export interface ScopedGrant {
  role: GrantRole;
  unitPath: string;
}

/** A grant on a unit covers the unit and its whole subtree, and nothing else. */
export function covers(grantPath: string, unitPath: string): boolean {
  return unitPath.startsWith(grantPath);
}

export function canSeeUnit(grants: readonly ScopedGrant[], unitPath: string): boolean {
  return grants.some((g) => covers(g.unitPath, unitPath));
}

export function canManageUnit(grants: readonly ScopedGrant[], unitPath: string): boolean {
  return grants.some((g) => canManageUsers(g.role) && covers(g.unitPath, unitPath));
}

/** The top-most paths of a set: a path inside another one adds nothing to the jurisdiction. */
export function rootPaths(paths: readonly string[]): string[] {
  const unique = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const roots: string[] = [];
  for (const path of unique) if (!roots.some((root) => covers(root, path))) roots.push(path);
  return roots;
}

/** The ids along a materialized path, root first ("/a/b/c/" → ["a","b","c"]). */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

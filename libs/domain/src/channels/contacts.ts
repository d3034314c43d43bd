import { z } from 'zod';
import { pathIds, rootPaths } from '../access/jurisdiction';
import { foldForSearch } from '../common/text';
import type { MessagingScope } from './messaging-scope';

export const CONTACT_QUERY_MAX = 100;
export const CONTACTS_PAGE_DEFAULT = 20;
export const CONTACTS_PAGE_MAX = 50;

/**
 * People the caller may open a one-to-one conversation with (or add to a working group): `q` matches a name
 * without diacritics ("thanh" finds "Thành"), a username or a phone number; empty lists the first ones by name.
 */
export const contactsQuerySchema = z.object({
  q: z.string().trim().max(CONTACT_QUERY_MAX).default(''),
  limit: z.coerce.number().int().min(1).max(CONTACTS_PAGE_MAX).default(CONTACTS_PAGE_DEFAULT),
});
export type ContactsQuery = z.infer<typeof contactsQuerySchema>;
export type ContactsQueryInput = z.input<typeof contactsQuerySchema>;

/** Latin letters with marks (Latin-1 Supplement, Extended-A/B, Extended Additional: all of Vietnamese). */
const MARKED_LATIN_RANGES: readonly [number, number][] = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];

/**
 * Two equal-length strings for SQL `translate(text, from, to)`: every marked Latin letter (either case) and its
 * folded lowercase base letter, so a database column is folded as foldForSearch folds the query.
 */
export function diacriticsFoldMap(): { from: string; to: string } {
  let from = '';
  let to = '';
  for (const [start, end] of MARKED_LATIN_RANGES) {
    for (let code = start; code <= end; code++) {
      const letter = String.fromCodePoint(code);
      const folded = foldForSearch(letter);
      if (/^[a-z]$/.test(folded) && folded !== letter) {
        from += letter;
        to += folded;
      }
    }
  }
  return { from, to };
}

/**
 * Where the people reachable from these scopes sit, for a database pre-filter that matches canMessageDirectly:
 * a unit inside one of `subtreePaths` (the same commune, or below one's unit), or exactly one of `linePaths`
 * (one's unit and the units above it).
 */
export function contactReach(scopes: readonly MessagingScope[]): {
  subtreePaths: string[];
  linePaths: string[];
} {
  const subtrees = scopes.flatMap((s) => (s.communePath ? [s.unitPath, s.communePath] : [s.unitPath]));
  const line = new Set<string>();
  for (const scope of scopes) {
    let path = '/';
    for (const id of pathIds(scope.unitPath)) {
      path += `${id}/`;
      line.add(path);
    }
  }
  return { subtreePaths: rootPaths(subtrees).sort(), linePaths: [...line].sort() };
}

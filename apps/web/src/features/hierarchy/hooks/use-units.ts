import type { UnitKind } from '@cdt/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchRootUnits, fetchUnit, fetchUnitChildren, searchUnits, unitKeys } from '../api/units-api';

/** Shorter terms match too much of a province to be useful. */
export const MIN_SEARCH_LENGTH = 2;

export function useRootUnits() {
  return useQuery({ queryKey: unitKeys.roots(), queryFn: ({ signal }) => fetchRootUnits(signal) });
}

export function useUnit(id: string) {
  return useQuery({ queryKey: unitKeys.detail(id), queryFn: ({ signal }) => fetchUnit(id, signal) });
}

/** Children load only when asked for (an expanded tree node, a unit page). */
export function useUnitChildren(id: string, enabled = true) {
  return useQuery({
    queryKey: unitKeys.children(id),
    queryFn: ({ signal }) => fetchUnitChildren(id, signal),
    enabled,
  });
}

export function useUnitSearch(term: string, kind?: UnitKind, limit = 50) {
  const search = term.trim();
  const params = { search, kind, limit };
  return useQuery({
    queryKey: unitKeys.search(params),
    queryFn: ({ signal }) => searchUnits(params, signal),
    enabled: search.length >= MIN_SEARCH_LENGTH,
    // Keep showing the previous results while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
  });
}

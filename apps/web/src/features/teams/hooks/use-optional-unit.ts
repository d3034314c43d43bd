import { useQuery } from '@tanstack/react-query';
import { fetchUnit, unitKeys } from '../../hierarchy/api/units-api';

/** A unit's detail for labels and scopes (shares the hierarchy's cache entry); nothing is fetched for null. */
export function useOptionalUnit(unitId: string | null) {
  return useQuery({
    queryKey: unitKeys.detail(unitId ?? ''),
    queryFn: ({ signal }) => fetchUnit(unitId ?? '', signal),
    enabled: unitId !== null,
  });
}

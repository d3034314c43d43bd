import type { UnitDto } from '@cdt/domain';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { useOptionalUnit } from './use-optional-unit';

/**
 * The unit a report covers: `?unitId=` (links from a unit page), else the caller's first grant. Changing it
 * rewrites the URL, so the view can be shared and survives a reload.
 */
export function useReportScope() {
  const [params, setParams] = useSearchParams();
  const me = useCurrentUser();
  const fromUrl = params.get('unitId');
  const fallback = me.grants[0]?.unit ?? null;
  const fetched = useOptionalUnit(fromUrl);
  const unit: UnitDto | null = fromUrl ? (fetched.data ?? null) : fallback;

  const setUnit = (next: UnitDto | null) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        if (next) updated.set('unitId', next.id);
        else updated.delete('unitId');
        return updated;
      },
      { replace: true },
    );

  return { unitId: fromUrl ?? fallback?.id ?? null, unit, setUnit, error: fetched.error };
}

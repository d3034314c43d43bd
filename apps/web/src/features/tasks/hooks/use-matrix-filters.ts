import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MatrixParams } from '../api/tasks-api';
import { matrixParamsFrom, withMatrixFilter, type MatrixFilterName } from '../lib/matrix-params';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * The matrix's filters and page, kept in the URL (`unit`, `bucket`, `kind`, `q`, `page`, `limit`) so a shared
 * link or the back button shows the same teams; changing a filter goes back to the first page.
 */
export function useMatrixFilters() {
  const [params, setParams] = useSearchParams();
  const view = matrixParamsFrom(params);
  const [search, setSearch] = useState(view.q ?? '');
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);

  useEffect(() => {
    setParams((previous) => withMatrixFilter(previous, 'q', debounced.trim() || null), { replace: true });
  }, [debounced, setParams]);

  const setFilter = (name: MatrixFilterName, value: string | null) =>
    setParams((previous) => withMatrixFilter(previous, name, value), { replace: true });
  const setPage = (page: number) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (page > 1) next.set('page', String(page));
        else next.delete('page');
        return next;
      },
      { replace: true },
    );

  const query: MatrixParams = {
    unitId: view.unitId,
    bucket: view.bucket,
    teamKind: view.teamKind,
    q: view.q,
    limit: view.pageSize,
    offset: (view.page - 1) * view.pageSize,
  };
  return { view, query, search, setSearch, setFilter, setPage };
}

import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const DEBOUNCE_MS = 300;

/**
 * A text input mirrored (debounced) into the URL's `?q=`, so back navigation and shared links keep the search.
 * Returns the live input value, its setter and the debounced term to query with.
 */
export function useSearchParam(name = 'q') {
  const [params, setParams] = useSearchParams();
  const [value, setValue] = useState(() => params.get(name) ?? '');
  const [debounced] = useDebouncedValue(value, DEBOUNCE_MS);

  useEffect(() => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (debounced.trim()) next.set(name, debounced);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [debounced, name, setParams]);

  return { value, setValue, term: debounced.trim() };
}

import { QueryClient } from '@tanstack/react-query';
import { isApiError, NETWORK_ERROR } from './api-error';

/** Retry only what may succeed on its own: network drops and server errors, not 4xx answers. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false;
  if (!isApiError(error)) return false;
  return error.code === NETWORK_ERROR || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Socket events invalidate what changed, so cached data can be trusted for a while.
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
}

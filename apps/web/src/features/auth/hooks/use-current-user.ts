import { useQuery } from '@tanstack/react-query';
import { fetchMe, authKeys } from '../api/auth-api';
import { useIsSignedIn } from './use-session';

export function useCurrentUserQuery() {
  const signedIn = useIsSignedIn();
  return useQuery({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => fetchMe(signal),
    enabled: signedIn,
  });
}

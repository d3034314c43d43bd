import { useSyncExternalStore } from 'react';
import { sessionStore, type StoredSession } from '../../../api/session-store';

/** The stored tokens; re-renders on sign-in, refresh, sign-out and changes made by other tabs. */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

export function useIsSignedIn(): boolean {
  return useSession() !== null;
}

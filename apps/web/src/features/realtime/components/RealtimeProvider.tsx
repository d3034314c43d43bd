import type { ReactNode } from 'react';
import { ConnectionStateContext } from '../hooks/connection-state';
import { useRealtimeConnection } from '../hooks/use-realtime-connection';

/** Mounted inside the signed-in area only: signing out unmounts it and closes the socket. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const state = useRealtimeConnection();
  return <ConnectionStateContext value={state}>{children}</ConnectionStateContext>;
}

import { createContext, useContext } from 'react';
import type { CdtSocket } from '../api/socket';

/** The signed-in session's socket, for features that emit client events (acks); null outside RealtimeProvider. */
export const SocketContext = createContext<CdtSocket | null>(null);

export function useSocket(): CdtSocket | null {
  return useContext(SocketContext);
}

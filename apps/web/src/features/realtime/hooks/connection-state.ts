import { createContext, useContext } from 'react';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

export const ConnectionStateContext = createContext<ConnectionState>('offline');

export function useConnectionState(): ConnectionState {
  return useContext(ConnectionStateContext);
}

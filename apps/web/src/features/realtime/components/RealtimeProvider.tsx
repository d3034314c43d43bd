import type { ReactNode } from 'react';
import { ChannelOutboxSender } from '../../channels/components/ChannelOutboxSender';
import { ConnectionStateContext } from '../hooks/connection-state';
import { SocketContext } from '../hooks/socket-context';
import { useRealtimeConnection } from '../hooks/use-realtime-connection';

/** Mounted inside the signed-in area only: signing out unmounts it and closes the socket. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { state, socket } = useRealtimeConnection();
  return (
    <ConnectionStateContext value={state}>
      <SocketContext value={socket}>
        <ChannelOutboxSender />
        {children}
      </SocketContext>
    </ConnectionStateContext>
  );
}

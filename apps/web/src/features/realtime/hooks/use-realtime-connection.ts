import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshSession } from '../../../api/refresh';
import { bindServerEvents } from '../api/server-events';
import { createSocket, isTokenError, type CdtSocket } from '../api/socket';
import type { ConnectionState } from './connection-state';

/** After the server refuses the handshake (not a network error) socket.io stops retrying; we retry this late. */
const REFUSED_RETRY_MS = 15_000;

/** Keeps one socket open while signed in and reports its state for the header (and the socket for emitters). */
export function useRealtimeConnection(): { state: ConnectionState; socket: CdtSocket } {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ConnectionState>('connecting');
  // Created once (autoConnect is off): the effect connects it and closes it on sign-out.
  const [socket] = useState(createSocket);

  useEffect(() => {
    const unbind = bindServerEvents(socket, queryClient);
    let refreshedForThisAttempt = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const retryLater = () => {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => socket.connect(), REFUSED_RETRY_MS);
    };

    socket.on('connect', () => {
      refreshedForThisAttempt = false;
      setState('online');
    });
    socket.on('disconnect', (reason) => {
      setState(navigator.onLine ? 'reconnecting' : 'offline');
      // The server closed the socket on purpose (e.g. its token expired): reconnect with a fresh token.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (error) => {
      if (isTokenError(error) && !refreshedForThisAttempt) {
        refreshedForThisAttempt = true;
        setState('reconnecting');
        refreshSession()
          .then((ok) => (ok ? socket.connect() : setState('offline')))
          .catch(() => {
            setState('offline');
            retryLater();
          });
        return;
      }
      if (socket.active) {
        setState(navigator.onLine ? 'reconnecting' : 'offline');
      } else {
        setState('offline');
        retryLater();
      }
    });

    const onOffline = () => {
      setState('offline');
      // The device says it is offline: close the socket now rather than wait for heartbeats to time out.
      socket.disconnect();
    };
    const onOnline = () => {
      // A short drop may not have closed the socket at all.
      if (socket.connected) {
        setState('online');
        return;
      }
      setState('reconnecting');
      socket.connect();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    socket.connect();

    return () => {
      clearTimeout(retryTimer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      unbind();
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [queryClient, socket]);

  return { state, socket };
}

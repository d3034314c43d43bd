import type { ClientToServerEvents, ServerToClientEvents } from '@cdt/domain';
import { io, type Socket } from 'socket.io-client';
import { freshAccessToken } from '../../../api/refresh';

export type CdtSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** One socket per signed-in session, same origin; every (re)connection asks for a fresh access token. */
export function createSocket(): CdtSocket {
  return io({
    path: '/socket.io',
    autoConnect: false,
    auth: (send) => {
      void freshAccessToken().then((token) => send({ token: token ?? '' }));
    },
  });
}

/** connect_error raised by the server's auth middleware (as opposed to a network failure). */
export function isTokenError(error: Error & { data?: unknown }): boolean {
  const data = error.data as { code?: unknown; message?: unknown } | undefined;
  const text = [error.message, data?.code, data?.message]
    .filter((part) => typeof part === 'string')
    .join(' ');
  return /token|unauth|expired|jwt/i.test(text);
}

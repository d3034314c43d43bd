import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ErrorBody, ServerToClientEvents } from '@cdt/domain';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents> & {
  ready?: { userId: string; unitIds: string[] };
};

/** Connects a real socket.io client; resolves at the server's session:ready, rejects with its error body. */
export function connectSocket(baseUrl: string, token: string | undefined): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    path: '/socket.io',
    auth: token === undefined ? {} : { token },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('session:ready', (ready) => resolve(Object.assign(socket, { ready })));
    socket.once('connect_error', (error: Error & { data?: ErrorBody }) => {
      socket.close();
      reject(Object.assign(new Error(error.message), { body: error.data }));
    });
  });
}

/** Resolves with the next occurrence of an event, or rejects after `ms`. */
export function nextEvent<T>(socket: ClientSocket, event: string, ms = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    (socket as unknown as Socket).once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

import type { ErrorBody } from '../errors/error-codes';

/** Every socket ack is either `{ ok: true, data }` or `{ ok: false, error }`. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/** Rooms the server joins a socket to; names are built here so client and server never disagree. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  unit: (unitId: string) => `unit:${unitId}`,
} as const;

/** Events the server emits to clients. */
export interface ServerToClientEvents {
  /** Sent once after the handshake: who the server thinks this socket is. */
  'session:ready': (payload: { userId: string; unitIds: string[] }) => void;
  /** The user's access changed (grant added or revoked): clients refetch what they show. */
  'access:changed': (payload: { userId: string }) => void;
  /** A unit (or its children) changed: clients invalidate cached unit queries. */
  'units:changed': (payload: { unitIds: string[] }) => void;
}

/** Events clients emit to the server; each takes an ack. */
export interface ClientToServerEvents {
  ping: (payload: Record<string, never>, ack: (res: Ack<{ at: string }>) => void) => void;
}

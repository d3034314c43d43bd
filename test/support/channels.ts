import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import type { Ack, ChannelDto, ClientToServerEvents, ErrorBody } from '@cdt/domain';
import { http } from './app';
import type { ClientSocket } from './socket';

type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type AckData<E extends EventName> =
  Parameters<Parameters<ClientToServerEvents[E]>[1]>[0] extends Ack<infer T> ? T : never;

/** Emits a client event and resolves with its ack (rejects when none comes within `ms`). */
export function emitAck<E extends EventName>(
  socket: ClientSocket,
  event: E,
  payload: PayloadOf<E>,
  ms = 5000,
): Promise<Ack<AckData<E>>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ack for ${event} within ${ms} ms`)), ms);
    (socket as unknown as Socket).emit(event, payload, (ack: Ack<AckData<E>>) => {
      clearTimeout(timer);
      resolve(ack);
    });
  });
}

/** The data of a successful ack; fails the test with the error body otherwise. */
export async function okAck<E extends EventName>(
  socket: ClientSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<AckData<E>> {
  const ack = await emitAck(socket, event, payload);
  if (!ack.ok) throw new Error(`${event} refused: ${JSON.stringify(ack.error)}`);
  return ack.data;
}

/** The error body of an ack that must fail. */
export async function errorAck<E extends EventName>(
  socket: ClientSocket,
  event: E,
  payload: PayloadOf<E>,
): Promise<ErrorBody> {
  const ack = await emitAck(socket, event, payload);
  if (ack.ok) throw new Error(`${event} was accepted: ${JSON.stringify(ack.data)}`);
  return ack.error;
}

/** Every occurrence of an event from now on, in order of arrival. */
export function collect<T>(socket: ClientSocket, event: string): T[] {
  const seen: T[] = [];
  (socket as unknown as Socket).on(event, (payload: T) => seen.push(payload));
  return seen;
}

/** Retries `check` until it stops throwing (the channel sync runs just after a roster change commits). */
export async function eventually<T>(check: () => Promise<T>, ms = 5000, every = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }
}

/** Waits until `list` holds an item matching `match`. */
export function waitFor<T>(list: readonly T[], match: (item: T) => boolean, ms = 5000): Promise<T> {
  return eventually(
    () => {
      const found = list.find(match);
      if (found === undefined) throw new Error('not yet');
      return Promise.resolve(found);
    },
    ms,
    20,
  );
}

/** A send payload with a fresh idempotency key. */
export function textMessage(channelId: string, text: string, extra: { parentId?: string } = {}) {
  return { channelId, clientMessageId: randomUUID(), text, ...extra };
}

/** The caller's channels, optionally of one kind. */
export async function myChannels(url: string, token: string, query = ''): Promise<ChannelDto[]> {
  const res = await http<ChannelDto[]>(url, 'GET', `/api/channels${query}`, { token });
  if (res.status !== 200) throw new Error(`GET /api/channels: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

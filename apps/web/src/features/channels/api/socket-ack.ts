import type { Ack, ClientToServerEvents } from '@cdt/domain';
import { ErrorCode } from '@cdt/domain';
import type { CdtSocket } from '../../realtime/api/socket';

type EventName = keyof ClientToServerEvents;
type PayloadOf<E extends EventName> = Parameters<ClientToServerEvents[E]>[0];
type AckOf<E extends EventName> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** An ack that never came (offline, or the server is gone): the caller treats it as retryable. */
export const NO_ACK = 'NO_ACK';

/** Emits a client event and resolves with its ack, or with a retryable error after `ms`. */
export function emitWithAck<E extends EventName>(
  socket: CdtSocket,
  event: E,
  payload: PayloadOf<E>,
  ms = 10_000,
): Promise<AckOf<E>> {
  return new Promise((resolve) => {
    const timeoutAck = {
      ok: false,
      error: { code: ErrorCode.Internal, message: NO_ACK },
    } as Ack<never> as AckOf<E>;
    // socket.io's typed emit cannot infer a generic event's arguments: the payload type is checked above.
    const untyped = socket.timeout(ms) as unknown as {
      emit: (e: string, p: unknown, cb: (err: Error | null, ack: AckOf<E>) => void) => void;
    };
    untyped.emit(event, payload, (err, ack) => resolve(err ? timeoutAck : ack));
  });
}

import {
  failOutboxSend,
  isRetryableSendError,
  markOutboxSending,
  nextOutboxSends,
  removeFromOutbox,
  resetOutboxInFlight,
  type OutboxEntry,
} from '@cdt/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSocket } from '../../realtime/hooks/socket-context';
import { mergeIntoChannel } from '../api/message-cache';
import { emitWithAck } from '../api/socket-ack';
import { useOutboxStore } from './use-outbox';

/** A refused-but-retryable send waits this long (times the attempts) before going back to pending. */
const RETRY_DELAY_MS = 2_000;

/**
 * Sends the outbox whenever the socket is up: one message in flight per channel (the server's order is the
 * typing order), each with its clientMessageId, so a retry after a lost ack is stored once.
 */
export function useOutboxSender(): void {
  const socket = useSocket();
  const store = useOutboxStore();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!socket) return;
    let disposed = false;
    let scheduled = false;

    const send = async (entry: OutboxEntry) => {
      const ack = await emitWithAck(socket, 'message:send', {
        channelId: entry.channelId,
        clientMessageId: entry.clientMessageId,
        text: entry.text,
        parentId: entry.parentId,
        poll: entry.poll ? { ...entry.poll, options: [...entry.poll.options] } : null,
      });
      if (ack.ok) {
        store.update((outbox) => removeFromOutbox(outbox, entry.clientMessageId));
        mergeIntoChannel(queryClient, entry.channelId, [ack.data]);
        return;
      }
      const delay = isRetryableSendError(ack.error.code)
        ? RETRY_DELAY_MS * Math.min(entry.attempts + 1, 5)
        : 0;
      setTimeout(() => {
        if (!disposed)
          store.update((outbox) => failOutboxSend(outbox, entry.clientMessageId, ack.error.code));
      }, delay);
    };

    // Runs after the current change settles, so an update made while pumping never sends an entry twice.
    const pump = () => {
      if (scheduled || disposed) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        if (disposed || !socket.connected) return;
        for (const entry of nextOutboxSends(store.get())) {
          store.update((outbox) => markOutboxSending(outbox, entry.clientMessageId));
          void send(entry);
        }
      });
    };
    const onDisconnect = () => store.update(resetOutboxInFlight);

    const unsubscribe = store.subscribe(pump);
    socket.on('connect', pump);
    socket.on('disconnect', onDisconnect);
    pump();
    return () => {
      disposed = true;
      unsubscribe();
      socket.off('connect', pump);
      socket.off('disconnect', onDisconnect);
    };
  }, [socket, store, queryClient]);
}

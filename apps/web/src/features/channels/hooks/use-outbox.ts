import { addToOutbox, type NewOutboxEntry, type OutboxEntry } from '@cdt/domain';
import { useCallback, useSyncExternalStore } from 'react';
import { useCurrentUser } from '../../auth/hooks/current-user-context';
import { outboxStoreFor, type OutboxStore } from '../lib/outbox-store';
import { newUuid } from '../lib/uuid';

export function useOutboxStore(): OutboxStore {
  return outboxStoreFor(useCurrentUser().id);
}

/** Every waiting message of the signed-in user (all channels). */
export function useOutbox(): OutboxEntry[] {
  const store = useOutboxStore();
  return useSyncExternalStore(store.subscribe, store.get);
}

/** Queues a message; the sender emits it as soon as the socket is up (right away when online). */
export function useEnqueueMessage(): (entry: Omit<NewOutboxEntry, 'clientMessageId' | 'createdAt'>) => void {
  const store = useOutboxStore();
  return useCallback(
    (entry) =>
      store.update((outbox) =>
        addToOutbox(outbox, {
          ...entry,
          clientMessageId: newUuid(),
          createdAt: new Date().toISOString(),
        }),
      ),
    [store],
  );
}

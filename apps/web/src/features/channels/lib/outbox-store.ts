import type { OutboxEntry } from '@cdt/domain';

type Listener = () => void;

const storageKey = (userId: string) => `cdt.channels.outbox.${userId}`;

function read(userId: string): OutboxEntry[] {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
  } catch {
    return [];
  }
}

/**
 * Messages waiting for the server, per signed-in user, kept in localStorage so a reload (or a dead battery)
 * keeps them. Every change goes through the pure outbox rules of @cdt/domain.
 */
export class OutboxStore {
  private entries: OutboxEntry[];
  private readonly listeners = new Set<Listener>();

  constructor(private readonly userId: string) {
    // An entry left "sending" by a closed tab never got its ack: it waits again (the server dedupes).
    this.entries = read(userId).map((e) => (e.state === 'sending' ? { ...e, state: 'pending' } : e));
  }

  get = (): OutboxEntry[] => this.entries;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: (entries: readonly OutboxEntry[]) => OutboxEntry[]): void {
    this.entries = change(this.entries);
    try {
      localStorage.setItem(storageKey(this.userId), JSON.stringify(this.entries));
    } catch {
      // A full storage keeps the outbox in memory only; sending still works.
    }
    this.listeners.forEach((listener) => listener());
  }
}

const stores = new Map<string, OutboxStore>();

/** One store per user for the page's lifetime, shared by the composer, the timeline and the sender. */
export function outboxStoreFor(userId: string): OutboxStore {
  let store = stores.get(userId);
  if (!store) {
    store = new OutboxStore(userId);
    stores.set(userId, store);
  }
  return store;
}

import {
  mergeQueuedActions,
  settleQueuedAction,
  type AssignmentActionCommand,
  type QueuedAssignmentAction,
} from '@cdt/domain';

type Listener = () => void;

const storageKey = (userId: string) => `cdt.assignment-actions.${userId}`;
const EMPTY: readonly QueuedAssignmentAction[] = [];

function read(userId: string): QueuedAssignmentAction[] {
  try {
    const raw = localStorage.getItem(storageKey(userId));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as QueuedAssignmentAction[]) : [];
  } catch {
    return [];
  }
}

/**
 * Actions tapped on this device and not yet confirmed by the server, kept in localStorage (per user) so a
 * reload or a closed tab does not lose them; other tabs' copies merge in through the storage event.
 */
export class ActionQueue {
  private actions: readonly QueuedAssignmentAction[];
  private readonly listeners = new Set<Listener>();
  private sending = false;

  constructor(private readonly userId: string) {
    this.actions = read(userId);
  }

  readonly snapshot = (): readonly QueuedAssignmentAction[] => this.actions;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(this.userId)) this.replace(mergeQueuedActions(read(this.userId)));
    };
    window.addEventListener('storage', onStorage);
    return () => {
      this.listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };

  /** Queues a tap: a fresh idempotency key and the phone's clock. */
  add(assignmentId: string, command: AssignmentActionCommand): QueuedAssignmentAction {
    const action: QueuedAssignmentAction = {
      clientActionId: crypto.randomUUID(),
      assignmentId,
      command,
      queuedAt: new Date().toISOString(),
    };
    this.replace(mergeQueuedActions(this.actions, [action]));
    return action;
  }

  /** One sender at a time per tab, whichever component asked: an action is never in flight twice. */
  claimSending(): boolean {
    if (this.sending) return false;
    this.sending = true;
    return true;
  }

  releaseSending(): void {
    this.sending = false;
  }

  settle(clientActionId: string): void {
    this.replace(settleQueuedAction(this.actions, clientActionId));
  }

  private replace(next: QueuedAssignmentAction[]): void {
    this.actions = next.length === 0 ? EMPTY : next;
    if (next.length === 0) localStorage.removeItem(storageKey(this.userId));
    else localStorage.setItem(storageKey(this.userId), JSON.stringify(next));
    for (const listener of this.listeners) listener();
  }
}

const queues = new Map<string, ActionQueue>();

/** One queue per signed-in user, shared by every component of the tab. */
export function actionQueueOf(userId: string): ActionQueue {
  let queue = queues.get(userId);
  if (!queue) {
    queue = new ActionQueue(userId);
    queues.set(userId, queue);
  }
  return queue;
}

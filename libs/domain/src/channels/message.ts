import type { Poll } from './poll';
import type { SystemPayload } from './system-payload';

/** A person, or the hub itself (reminders, escalations, assignment news). */
export type MessageAuthor = { kind: 'user'; userId: string } | { kind: 'system' };

/** A text the message no longer shows, kept for the audit log. */
export interface MessageVersion {
  text: string;
  /** When it stopped being current. */
  at: string;
  change: 'edited' | 'deleted';
}

export interface Mentions {
  userIds: string[];
  all: boolean;
}

/** A message as the rules see it; the API persists exactly these fields. */
export interface Message {
  id: string;
  channelId: string;
  /** Position in the channel: 1, 2, 3… with no holes; never changes. */
  seq: number;
  /** The channel revision of the message's latest change (creation, edit, deletion, pin, vote). */
  revision: number;
  author: MessageAuthor;
  /** The sender's idempotency key; null for system messages. */
  clientMessageId: string | null;
  text: string;
  /** The thread root this message replies to; threads are one level deep. */
  parentId: string | null;
  mentions: Mentions;
  poll: Poll | null;
  system: SystemPayload | null;
  createdAt: string;
  editedAt: string | null;
  /** Set on a tombstone: text, mentions and poll are emptied, the row and its seq stay. */
  deletedAt: string | null;
  pinnedAt: string | null;
  pinnedBy: string | null;
  /** Earlier texts, oldest first (audit only; never sent to clients). */
  history: MessageVersion[];
}

export function isMessageDeleted(message: Pick<Message, 'deletedAt'>): boolean {
  return message.deletedAt !== null;
}

export function messageAuthorId(message: Pick<Message, 'author'>): string | null {
  return message.author.kind === 'user' ? message.author.userId : null;
}

/** Whether the message calls on this person (by name or with @all); authors are never mentioned by themselves. */
export function mentionsUser(
  message: Pick<Message, 'mentions' | 'author' | 'deletedAt'>,
  userId: string,
): boolean {
  if (message.deletedAt !== null || messageAuthorId(message) === userId) return false;
  return message.mentions.all || message.mentions.userIds.includes(userId);
}

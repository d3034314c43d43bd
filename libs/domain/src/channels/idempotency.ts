import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import type { Message } from './message';
import { normalizeMessageText } from './message-text';
import type { SendMessageInput } from './send-message';

/**
 * Idempotency key of a send: (author, clientMessageId), unique across the hub (the API keeps a unique index).
 * A uuid names one message wherever it is sent, so the same id in another channel is a client bug, not a retry.
 */
export function idempotencyKey(authorId: string, clientMessageId: string): string {
  return `${authorId}:${clientMessageId}`;
}

export type SendResolution = { kind: 'new' } | { kind: 'duplicate'; message: Message };

/** The text the message was first sent with (edits and deletions move it to the history). */
function originalText(message: Message): string {
  return message.history[0]?.text ?? message.text;
}

/**
 * Decides a send against the message already stored under its key: none → store a new one; the same send
 * (same channel, original text, thread-ness and poll question) → return the stored message, seq unchanged,
 * even if it was edited or deleted since; anything else → CLIENT_MESSAGE_ID_REUSED.
 */
export function resolveRetry(
  existing: Message | null,
  channelId: string,
  input: SendMessageInput,
): DomainResult<SendResolution> {
  if (!existing) return ok({ kind: 'new' });
  const same =
    existing.channelId === channelId &&
    originalText(existing) === normalizeMessageText(input.text) &&
    (existing.parentId === null) === (input.parentId === null) &&
    (existing.deletedAt !== null ||
      (existing.poll?.question ?? null) === (input.poll ? normalizeMessageText(input.poll.question) : null));
  if (!same) {
    return fail(ErrorCode.ClientMessageIdReused, 'This message id was already used for another message', {
      clientMessageId: input.clientMessageId,
      messageId: existing.id,
    });
  }
  return ok({ kind: 'duplicate', message: existing });
}

import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import type { Channel } from './channel';
import type { Message } from './message';

/** The message an operation names, checked to belong to the channel (no hint that it exists elsewhere). */
export function messageInChannel(
  channel: Pick<Channel, 'id'>,
  messageId: string,
  message: Message | null | undefined,
): DomainResult<Message> {
  if (!message || message.id !== messageId || message.channelId !== channel.id) {
    return fail(ErrorCode.MessageNotFound, 'Message not found', { messageId });
  }
  return ok(message);
}

/** Edits and deletions are for the author alone; the hub's own messages are never changed by people. */
export function checkOwnMessage(message: Message, actorId: string): DomainResult<Message> {
  const details = { messageId: message.id };
  if (message.author.kind === 'system') {
    return fail(ErrorCode.MessageNotEditable, 'Messages from the hub cannot be changed', details);
  }
  if (message.author.userId !== actorId) {
    return fail(ErrorCode.MessageNotOwn, 'You can only change your own messages', details);
  }
  return ok(message);
}

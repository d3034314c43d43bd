import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { bumpCounters, type Channel } from './channel';
import { channelEvent } from './events';
import { systemMessageTextVi } from './labels-vi';
import type { Message } from './message';
import type { MessageChange } from './message-change';
import type { SystemPayload } from './system-payload';

/**
 * The hub posts into a channel as the system author (no member row needed, any channel kind). The text is
 * the Vietnamese rendering, kept for previews and search; clients may render the typed payload instead.
 */
export function postSystemMessage(
  channel: Channel,
  payload: SystemPayload,
  params: { messageId: string; at: string },
): DomainResult<MessageChange> {
  if (channel.status === 'archived') {
    return fail(ErrorCode.ChannelArchived, 'This channel is archived', { channelId: channel.id });
  }
  const counters = bumpCounters(channel, true);
  const message: Message = {
    id: params.messageId,
    channelId: channel.id,
    seq: counters.lastSeq,
    revision: counters.lastRevision,
    author: { kind: 'system' },
    clientMessageId: null,
    text: systemMessageTextVi(payload),
    parentId: null,
    mentions: { userIds: [], all: false },
    poll: null,
    system: payload,
    createdAt: params.at,
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    pinnedBy: null,
    history: [],
  };
  const event = channelEvent(
    'MessagePosted',
    { channelId: channel.id, actorId: null, at: params.at },
    {
      messageId: message.id,
      seq: message.seq,
      parentId: null,
      mentionedUserIds: [],
      mentionsAll: false,
      hasPoll: false,
      systemType: payload.type,
    },
  );
  return ok({ message, counters, events: [event] });
}

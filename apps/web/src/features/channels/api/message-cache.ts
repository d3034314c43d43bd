import { mergeMessages, type MessageDto, type PollUpdateDto } from '@cdt/domain';
import type { QueryClient } from '@tanstack/react-query';
import { channelKeys } from './channels-api';

/** A channel's loaded messages (replies included: seqs run unbroken), oldest first, one per seq. */
export interface ChannelMessages {
  messages: MessageDto[];
  /** Pass as `before` to load older messages; null at the channel's start. */
  olderCursor: string | null;
}

/** A message of someone else's that arrived live bumps the root's reply counter of its thread. */
function withReplyCounts(existing: MessageDto[], incoming: readonly MessageDto[]): MessageDto[] {
  const held = new Set(existing.map((m) => m.seq));
  const fresh = incoming.filter((m) => m.parentId !== null && !held.has(m.seq));
  if (fresh.length === 0) return existing;
  return existing.map((m) => {
    const replies = fresh.filter((r) => r.parentId === m.id);
    if (replies.length === 0) return m;
    const last = replies[replies.length - 1];
    return { ...m, replyCount: m.replyCount + replies.length, lastReplyAt: last?.createdAt ?? m.lastReplyAt };
  });
}

/** Merges stored messages into a channel's cache (only if it is loaded: an unopened channel fetches on opening). */
export function mergeIntoChannel(
  queryClient: QueryClient,
  channelId: string,
  incoming: readonly MessageDto[],
): void {
  if (incoming.length === 0) return;
  queryClient.setQueryData<ChannelMessages>(channelKeys.messages(channelId), (current) => {
    if (!current) return current;
    const counted = withReplyCounts(current.messages, incoming);
    return { ...current, messages: mergeMessages(counted, incoming) };
  });
  for (const reply of incoming.filter((m) => m.parentId !== null)) {
    queryClient.setQueryData<ChannelMessages>(channelKeys.thread(reply.parentId ?? ''), (current) =>
      current ? { ...current, messages: mergeMessages(current.messages, [reply]) } : current,
    );
  }
}

/** New poll counts; each client keeps its own choice (the broadcast carries none). */
export function applyPollUpdate(queryClient: QueryClient, update: PollUpdateDto): void {
  queryClient.setQueryData<ChannelMessages>(channelKeys.messages(update.channelId), (current) => {
    if (!current) return current;
    const messages = current.messages.map((m) => {
      if (m.id !== update.messageId || !m.poll || m.revision > update.revision) return m;
      const votes = new Map(update.options.map((o) => [o.id, o.votes]));
      const options = m.poll.options.map((o) => ({ ...o, votes: votes.get(o.id) ?? o.votes }));
      return {
        ...m,
        revision: update.revision,
        poll: { ...m.poll, options, voterCount: update.voterCount, closed: update.closed },
      };
    });
    return { ...current, messages };
  });
}

/** The viewer's own vote (from its ack): the one place that knows their choice. */
export function applyOwnVote(
  queryClient: QueryClient,
  channelId: string,
  messageId: string,
  poll: NonNullable<MessageDto['poll']>,
): void {
  queryClient.setQueryData<ChannelMessages>(channelKeys.messages(channelId), (current) =>
    current
      ? { ...current, messages: current.messages.map((m) => (m.id === messageId ? { ...m, poll } : m)) }
      : current,
  );
}

/** A vote broadcast carries no choice: keep the one held when a newer revision of the message arrives. */
export function keepOwnChoice(held: MessageDto | undefined, incoming: MessageDto): MessageDto {
  if (!incoming.poll || incoming.poll.myOptionIds !== null || !held?.poll) return incoming;
  return { ...incoming, poll: { ...incoming.poll, myOptionIds: held.poll.myOptionIds } };
}

/** Applies a message:new / message:updated, keeping the viewer's poll choice. */
export function applyMessage(queryClient: QueryClient, message: MessageDto): void {
  const current = queryClient.getQueryData<ChannelMessages>(channelKeys.messages(message.channelId));
  const held = current?.messages.find((m) => m.id === message.id);
  mergeIntoChannel(queryClient, message.channelId, [keepOwnChoice(held, message)]);
}

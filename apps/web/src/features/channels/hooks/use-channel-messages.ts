import { mergeMessages } from '@cdt/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { channelKeys, fetchHistory } from '../api/channels-api';
import type { ChannelMessages } from '../api/message-cache';

export const PAGE_SIZE = 50;

/**
 * The newest page, merged with what is already held (older pages and live messages stay). A held run that
 * no longer touches the newest page is dropped: the timeline never shows a hole.
 */
export function useChannelMessages(channelId: string) {
  const queryClient = useQueryClient();
  const key = channelKeys.messages(channelId);
  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }): Promise<ChannelMessages> => {
      const page = await fetchHistory(channelId, { limit: PAGE_SIZE }, signal);
      const fresh = { messages: page.items, olderCursor: page.olderCursor };
      const held = queryClient.getQueryData<ChannelMessages>(key);
      const newestHeld = held?.messages[held.messages.length - 1]?.seq ?? 0;
      const oldestNew = page.items[0]?.seq;
      if (!held || (oldestNew !== undefined && newestHeld < oldestNew - 1)) return fresh;
      return { messages: mergeMessages(held.messages, page.items), olderCursor: held.olderCursor };
    },
  });

  const [loadingOlder, setLoadingOlder] = useState(false);
  const olderCursor = query.data?.olderCursor ?? null;
  const loadOlder = useCallback(async () => {
    if (!olderCursor) return;
    setLoadingOlder(true);
    try {
      const page = await fetchHistory(channelId, { before: olderCursor, limit: PAGE_SIZE });
      queryClient.setQueryData<ChannelMessages>(key, (current) =>
        current
          ? { messages: mergeMessages(current.messages, page.items), olderCursor: page.olderCursor }
          : current,
      );
    } finally {
      setLoadingOlder(false);
    }
  }, [channelId, olderCursor, queryClient, key]);

  return { ...query, loadOlder, loadingOlder, hasOlder: olderCursor !== null };
}

/** A thread's replies (oldest first); live replies are merged into it by the channel's cache helpers. */
export function useThreadMessages(channelId: string, rootId: string) {
  return useQuery({
    queryKey: channelKeys.thread(rootId),
    queryFn: async ({ signal }): Promise<ChannelMessages> => {
      const page = await fetchHistory(channelId, { parentId: rootId, limit: 100 }, signal);
      return { messages: page.items, olderCursor: page.olderCursor };
    },
  });
}

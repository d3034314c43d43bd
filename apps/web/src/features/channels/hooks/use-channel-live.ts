import { gapRequest } from '@cdt/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSocket } from '../../realtime/hooks/socket-context';
import { channelKeys } from '../api/channels-api';
import { mergeIntoChannel, type ChannelMessages } from '../api/message-cache';
import { emitWithAck } from '../api/socket-ack';

/** Sync rounds per (re)connection: 200 messages each, enough for a long night offline. */
const MAX_SYNC_ROUNDS = 20;

/**
 * Follows an open channel live: joins its room on every (re)connection, then fetches exactly the gap after
 * the last unbroken seq held (and the changes after the last revision synced), round after round.
 */
export function useChannelLive(channelId: string, loaded: boolean): void {
  const socket = useSocket();
  const queryClient = useQueryClient();
  const syncedRevision = useRef<number | null>(null);

  useEffect(() => {
    if (!socket || !loaded) return;
    let cancelled = false;

    const held = () =>
      queryClient.getQueryData<ChannelMessages>(channelKeys.messages(channelId))?.messages ?? [];

    const follow = async () => {
      const joined = await emitWithAck(socket, 'channel:join', { channelId });
      if (!joined.ok || cancelled) return;
      for (let round = 0; round < MAX_SYNC_ROUNDS && !cancelled; round += 1) {
        const revision = syncedRevision.current ?? joined.data.lastRevision;
        const request = gapRequest(channelId, held(), { syncedRevision: revision, seenRevisions: [] });
        const synced = await emitWithAck(socket, 'channel:sync', { ...request, limit: 200 });
        if (!synced.ok || cancelled) return;
        // Acks of our own requests, not server events: merged through the same cache helpers.
        mergeIntoChannel(queryClient, channelId, synced.data.messages);
        if (!synced.data.hasMore) {
          syncedRevision.current = synced.data.lastRevision;
          return;
        }
      }
    };

    const onConnect = () => void follow();
    socket.on('connect', onConnect);
    if (socket.connected) void follow();
    return () => {
      cancelled = true;
      socket.off('connect', onConnect);
      if (socket.connected) socket.emit('channel:leave', { channelId }, () => undefined);
    };
  }, [socket, channelId, loaded, queryClient]);
}

/** Marks the newest message shown as read while the page is visible (the server never moves it back). */
export function useMarkRead(channelId: string, newestSeq: number, canRead: boolean): void {
  const socket = useSocket();
  const sent = useRef(0);

  useEffect(() => {
    if (!socket || !canRead || newestSeq <= sent.current) return;
    const mark = () => {
      if (!socket.connected || document.visibilityState !== 'visible' || newestSeq <= sent.current) return;
      sent.current = newestSeq;
      void emitWithAck(socket, 'channel:read', { channelId, seq: newestSeq }).then((ack) => {
        if (!ack.ok) sent.current = 0;
      });
    };
    mark();
    socket.on('connect', mark);
    document.addEventListener('visibilitychange', mark);
    return () => {
      socket.off('connect', mark);
      document.removeEventListener('visibilitychange', mark);
    };
  }, [socket, channelId, newestSeq, canRead]);
}

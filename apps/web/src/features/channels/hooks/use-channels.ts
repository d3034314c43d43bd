import { useQuery } from '@tanstack/react-query';
import {
  channelKeys,
  fetchChannel,
  fetchChannelMembers,
  fetchChannels,
  fetchPins,
  fetchSeen,
  searchChannel,
} from '../api/channels-api';

export function useChannels() {
  return useQuery({ queryKey: channelKeys.list, queryFn: ({ signal }) => fetchChannels(signal) });
}

/** Unread messages over every channel, for the navigation badge. */
export function useTotalUnread(): number {
  const { data } = useChannels();
  return (data ?? []).reduce((sum, channel) => sum + channel.unreadCount, 0);
}

export function useChannel(id: string) {
  return useQuery({ queryKey: channelKeys.detail(id), queryFn: ({ signal }) => fetchChannel(id, signal) });
}

export function useChannelMembers(id: string) {
  return useQuery({
    queryKey: channelKeys.members(id),
    queryFn: ({ signal }) => fetchChannelMembers(id, signal),
  });
}

export function usePins(id: string, enabled: boolean) {
  return useQuery({
    queryKey: channelKeys.pins(id),
    queryFn: ({ signal }) => fetchPins(id, signal),
    enabled,
  });
}

export function useSeen(messageId: string, enabled: boolean) {
  return useQuery({
    queryKey: channelKeys.seen(messageId),
    queryFn: ({ signal }) => fetchSeen(messageId, signal),
    enabled,
  });
}

/** Diacritics-insensitive search runs on the server (2+ characters). */
export function useChannelSearch(id: string, q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: channelKeys.search(id, term),
    queryFn: ({ signal }) => searchChannel(id, term, signal),
    enabled: term.length >= 2,
  });
}

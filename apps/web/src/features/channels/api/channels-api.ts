import type {
  ChannelDto,
  ChannelMemberDto,
  HistoryPageDto,
  MessageDto,
  SearchResultDto,
  SeenByDto,
  SeenSummaryDto,
} from '@cdt/domain';
import { apiRequest } from '../../../api/client';

/** Every channel query starts with 'channels', so one invalidation refreshes the whole feature. */
export const channelKeys = {
  all: ['channels'] as const,
  list: ['channels', 'list'] as const,
  detail: (id: string) => ['channels', 'detail', id] as const,
  members: (id: string) => ['channels', 'members', id] as const,
  messages: (id: string) => ['channels', 'messages', id] as const,
  thread: (rootId: string) => ['channels', 'thread', rootId] as const,
  pins: (id: string) => ['channels', 'pins', id] as const,
  search: (id: string, q: string) => ['channels', 'search', id, q] as const,
  seenAll: ['channels', 'seen'] as const,
  seen: (messageId: string) => ['channels', 'seen', messageId] as const,
};

const channelPath = (id: string) => `/api/channels/${encodeURIComponent(id)}`;

export function fetchChannels(signal?: AbortSignal): Promise<ChannelDto[]> {
  return apiRequest<ChannelDto[]>('/api/channels', { signal });
}

export function fetchChannel(id: string, signal?: AbortSignal): Promise<ChannelDto> {
  return apiRequest<ChannelDto>(channelPath(id), { signal });
}

export function fetchChannelMembers(id: string, signal?: AbortSignal): Promise<ChannelMemberDto[]> {
  return apiRequest<ChannelMemberDto[]>(`${channelPath(id)}/members`, { signal });
}

export interface HistoryParams {
  before?: string;
  after?: string;
  parentId?: string;
  limit?: number;
}

export function fetchHistory(
  id: string,
  params: HistoryParams,
  signal?: AbortSignal,
): Promise<HistoryPageDto> {
  return apiRequest<HistoryPageDto>(`${channelPath(id)}/messages`, { query: { ...params }, signal });
}

export function searchChannel(id: string, q: string, signal?: AbortSignal): Promise<SearchResultDto> {
  return apiRequest<SearchResultDto>(`${channelPath(id)}/search`, { query: { q }, signal });
}

export function fetchPins(id: string, signal?: AbortSignal): Promise<MessageDto[]> {
  return apiRequest<MessageDto[]>(`${channelPath(id)}/pins`, { signal });
}

export function fetchSeen(messageId: string, signal?: AbortSignal): Promise<SeenByDto | SeenSummaryDto> {
  return apiRequest<SeenByDto | SeenSummaryDto>(`/api/messages/${encodeURIComponent(messageId)}/seen`, {
    signal,
  });
}

import type {
  AddGroupMembersRequest,
  ChannelContactDto,
  ChannelDto,
  ChannelMemberDto,
  CreateWorkingGroupRequest,
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
  contactsAll: ['channels', 'contacts'] as const,
  contacts: (q: string) => ['channels', 'contacts', q] as const,
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

/** People the caller may message directly or add to a working group. */
export function fetchContacts(q: string, signal?: AbortSignal): Promise<ChannelContactDto[]> {
  return apiRequest<ChannelContactDto[]>('/api/channels/contacts', { query: { q }, signal });
}

export function createWorkingGroup(body: CreateWorkingGroupRequest): Promise<ChannelDto> {
  return apiRequest<ChannelDto>('/api/channels/working-groups', { method: 'POST', body });
}

/** Opens the one-to-one conversation with someone, or finds the one that exists. */
export function openDirectChannel(userId: string): Promise<ChannelDto> {
  return apiRequest<ChannelDto>('/api/channels/direct', { method: 'POST', body: { userId } });
}

export function addGroupMembers(id: string, body: AddGroupMembersRequest): Promise<ChannelMemberDto[]> {
  return apiRequest<ChannelMemberDto[]>(`${channelPath(id)}/members`, { method: 'POST', body });
}

/** An owner removes someone; with one's own id, leaves the group. */
export function removeGroupMember(id: string, userId: string): Promise<ChannelMemberDto[]> {
  return apiRequest<ChannelMemberDto[]>(`${channelPath(id)}/members/${encodeURIComponent(userId)}`, {
    method: 'DELETE',
  });
}

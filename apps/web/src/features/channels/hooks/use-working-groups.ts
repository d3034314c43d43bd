import type { AddGroupMembersRequest, ChannelDto, CreateWorkingGroupRequest } from '@cdt/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addGroupMembers,
  channelKeys,
  createWorkingGroup,
  fetchContacts,
  openDirectChannel,
  removeGroupMember,
} from '../api/channels-api';

/** The people picker's results; the server narrows to those the caller may reach. */
export function useContacts(q: string, enabled = true) {
  const term = q.trim();
  return useQuery({
    queryKey: channelKeys.contacts(term),
    queryFn: ({ signal }) => fetchContacts(term, signal),
    enabled,
    // Typing keeps the last rows on screen instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

/** A new or found channel: shown at once, then the list refetched with its counters. */
function useApplyChannel() {
  const queryClient = useQueryClient();
  return (channel: ChannelDto) => {
    queryClient.setQueryData(channelKeys.detail(channel.id), channel);
    void queryClient.invalidateQueries({ queryKey: channelKeys.list });
  };
}

export function useCreateWorkingGroup() {
  const apply = useApplyChannel();
  const refreshPicker = useRefreshPicker();
  return useMutation({
    mutationFn: (body: CreateWorkingGroupRequest) => createWorkingGroup(body),
    onSuccess: apply,
    onError: refreshPicker,
  });
}

/** A refusal means the picker offered someone now out of reach (they moved since): its results are refetched. */
function useRefreshPicker() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: channelKeys.contactsAll });
}

export function useOpenDirect() {
  const apply = useApplyChannel();
  const refreshPicker = useRefreshPicker();
  return useMutation({
    mutationFn: (userId: string) => openDirectChannel(userId),
    onSuccess: apply,
    onError: refreshPicker,
  });
}

/** After a member change: the server's member list at once, then the channel's header and the list. */
function useApplyMembers(channelId: string) {
  const queryClient = useQueryClient();
  return (members: Awaited<ReturnType<typeof addGroupMembers>>) => {
    queryClient.setQueryData(channelKeys.members(channelId), members);
    void queryClient.invalidateQueries({ queryKey: channelKeys.detail(channelId) });
    void queryClient.invalidateQueries({ queryKey: channelKeys.list });
  };
}

export function useAddGroupMembers(channelId: string) {
  const apply = useApplyMembers(channelId);
  return useMutation({
    mutationFn: (body: AddGroupMembersRequest) => addGroupMembers(channelId, body),
    onSuccess: apply,
  });
}

export function useRemoveGroupMember(channelId: string) {
  const apply = useApplyMembers(channelId);
  return useMutation({
    mutationFn: (userId: string) => removeGroupMember(channelId, userId),
    onSuccess: apply,
  });
}

import type { MembershipRequestDto, RequestAction } from '@cdt/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchRequests,
  requestKeys,
  takeRequestStep,
  teamKeys,
  type RequestListParams,
} from '../api/teams-api';

export function useMembershipRequests(params: RequestListParams, enabled = true) {
  return useQuery({
    queryKey: requestKeys.list(params),
    queryFn: ({ signal }) => fetchRequests(params, signal),
    enabled,
  });
}

/** A step the caller can take that moves the request on (withdrawing one's own request is not a to-do). */
export function needsMyDecision(request: MembershipRequestDto): boolean {
  return request.availableActions.some((action) => action !== 'withdraw');
}

/** Pending requests waiting for the caller's decision (the navigation badge). */
export function useMyToDoCount(): number {
  const pending = useMembershipRequests({});
  return pending.data?.filter(needsMyDecision).length ?? 0;
}

export function useRequestStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: RequestAction; note?: string }) =>
      takeRequestStep(id, action, note),
    onSuccess: (updated) => {
      // Patch the card everywhere it is shown, then refetch: it may leave one list for another.
      queryClient.setQueriesData<MembershipRequestDto[]>({ queryKey: requestKeys.all }, (list) =>
        list?.map((request) => (request.id === updated.id ? updated : request)),
      );
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
  });
}

import type {
  ActivateTeamRequest,
  AddMemberRequest,
  ApplyToJoinRequest,
  AskToLeaveRequest,
  CreateTeamRequest,
  DissolveTeamRequest,
  EndMembershipRequest,
  EstablishTeamRequest,
  ProposeJoinRequest,
  ProposeLeaveRequest,
  TeamDetailDto,
} from '@cdt/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  activateTeam,
  addMember,
  applyToJoin,
  askToLeave,
  createTeam,
  dissolveTeam,
  establishTeam,
  proposeJoin,
  proposeLeave,
  removeMember,
  requestKeys,
  teamKeys,
} from '../api/teams-api';

/** After any change: show the server's copy of the team at once, then refetch lists, reports and inboxes. */
function useApplyTeamChange() {
  const queryClient = useQueryClient();
  return (team?: TeamDetailDto) => {
    if (team) queryClient.setQueryData(teamKeys.detail(team.id), team);
    void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    void queryClient.invalidateQueries({ queryKey: requestKeys.all });
  };
}

export function useCreateTeam() {
  const apply = useApplyTeamChange();
  return useMutation({ mutationFn: (body: CreateTeamRequest) => createTeam(body), onSuccess: apply });
}

export function useEstablishTeam(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: EstablishTeamRequest) => establishTeam(teamId, body),
    onSuccess: apply,
  });
}

export function useActivateTeam(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: ActivateTeamRequest) => activateTeam(teamId, body),
    onSuccess: apply,
  });
}

export function useDissolveTeam(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: DissolveTeamRequest) => dissolveTeam(teamId, body),
    onSuccess: apply,
  });
}

export function useAddMember(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({ mutationFn: (body: AddMemberRequest) => addMember(teamId, body), onSuccess: apply });
}

export function useRemoveMember(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: ({ membershipId, body }: { membershipId: string; body: EndMembershipRequest }) =>
      removeMember(teamId, membershipId, body),
    onSuccess: apply,
  });
}

export function useProposeJoin(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: ProposeJoinRequest) => proposeJoin(teamId, body),
    onSuccess: () => apply(),
  });
}

export function useAskToLeave(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: AskToLeaveRequest) => askToLeave(teamId, body),
    onSuccess: () => apply(),
  });
}

export function useProposeLeave(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: ProposeLeaveRequest) => proposeLeave(teamId, body),
    onSuccess: () => apply(),
  });
}

export function useApplyToJoin(teamId: string) {
  const apply = useApplyTeamChange();
  return useMutation({
    mutationFn: (body: ApplyToJoinRequest) => applyToJoin(teamId, body),
    onSuccess: () => apply(),
  });
}

import type {
  ActivateTeamRequest,
  AddMemberRequest,
  ApplyToJoinRequest,
  AskToLeaveRequest,
  ComplianceReportDto,
  CreateTeamRequest,
  DissolveTeamRequest,
  EndMembershipRequest,
  EstablishTeamRequest,
  MembershipRequestDto,
  ProposeJoinRequest,
  ProposeLeaveRequest,
  RequestAction,
  RequestKind,
  RequestState,
  RolloutProgressDto,
  RosterProblem,
  TeamDetailDto,
  TeamDto,
  TeamKind,
  TeamStatus,
  ValidRosterRow,
} from '@cdt/domain';
import { apiRequest } from '../../../api/client';

export interface TeamListParams {
  unitId?: string;
  kind?: TeamKind;
  status?: TeamStatus;
  /** Only the caller's own teams (active memberships). */
  mine?: boolean;
  limit?: number;
}

export interface RequestListParams {
  unitId?: string;
  teamId?: string;
  kind?: RequestKind;
  /** Omitted: the pending ones (the API's default). */
  states?: RequestState[];
  limit?: number;
}

/** The answer of POST /api/teams/roster/import (dry run or real). */
export interface RosterImportResult {
  ok: boolean;
  dryRun: boolean;
  rows: ValidRosterRow[];
  problems: RosterProblem[];
  summary: { newTeams: number; newPersons: number; memberships: number };
}

/** Every team query starts with 'teams' (reports too: they are computed from rosters), so one invalidation refreshes them. */
export const teamKeys = {
  all: ['teams'] as const,
  list: (params: TeamListParams) => ['teams', 'list', params] as const,
  detail: (id: string) => ['teams', 'detail', id] as const,
  compliance: (unitId: string) => ['teams', 'compliance', unitId] as const,
  rollout: (unitId: string, asOf: string) => ['teams', 'rollout', unitId, asOf] as const,
};

export const requestKeys = {
  all: ['membership-requests'] as const,
  list: (params: RequestListParams) => ['membership-requests', 'list', params] as const,
};

const teamPath = (id: string) => `/api/teams/${encodeURIComponent(id)}`;
const requestPath = (id: string) => `/api/membership-requests/${encodeURIComponent(id)}`;

export function fetchTeams(params: TeamListParams, signal?: AbortSignal): Promise<TeamDto[]> {
  return apiRequest<TeamDto[]>('/api/teams', { query: { ...params }, signal });
}

export function fetchTeam(id: string, signal?: AbortSignal): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(teamPath(id), { signal });
}

export function createTeam(body: CreateTeamRequest): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>('/api/teams', { method: 'POST', body });
}

export function establishTeam(id: string, body: EstablishTeamRequest): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(`${teamPath(id)}/establish`, { method: 'POST', body });
}

export function activateTeam(id: string, body: ActivateTeamRequest): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(`${teamPath(id)}/activate`, { method: 'POST', body });
}

export function dissolveTeam(id: string, body: DissolveTeamRequest): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(`${teamPath(id)}/dissolve`, { method: 'POST', body });
}

export function addMember(id: string, body: AddMemberRequest): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(`${teamPath(id)}/members`, { method: 'POST', body });
}

export function removeMember(
  id: string,
  membershipId: string,
  body: EndMembershipRequest,
): Promise<TeamDetailDto> {
  return apiRequest<TeamDetailDto>(`${teamPath(id)}/members/${encodeURIComponent(membershipId)}`, {
    method: 'DELETE',
    body,
  });
}

export function applyToJoin(id: string, body: ApplyToJoinRequest): Promise<MembershipRequestDto> {
  return apiRequest<MembershipRequestDto>(`${teamPath(id)}/join-requests/apply`, { method: 'POST', body });
}

export function proposeJoin(id: string, body: ProposeJoinRequest): Promise<MembershipRequestDto> {
  return apiRequest<MembershipRequestDto>(`${teamPath(id)}/join-requests`, { method: 'POST', body });
}

export function askToLeave(id: string, body: AskToLeaveRequest): Promise<MembershipRequestDto> {
  return apiRequest<MembershipRequestDto>(`${teamPath(id)}/leave-requests/ask`, { method: 'POST', body });
}

export function proposeLeave(id: string, body: ProposeLeaveRequest): Promise<MembershipRequestDto> {
  return apiRequest<MembershipRequestDto>(`${teamPath(id)}/leave-requests`, { method: 'POST', body });
}

export function fetchRequests(
  params: RequestListParams,
  signal?: AbortSignal,
): Promise<MembershipRequestDto[]> {
  const { states = [], ...rest } = params;
  // The API reads `states` as a repeated key, which the client's one-value-per-key query cannot express.
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(rest)) if (value !== undefined) search.set(key, String(value));
  for (const state of states) search.append('states', state);
  const query = search.toString();
  return apiRequest<MembershipRequestDto[]>(`/api/membership-requests${query ? `?${query}` : ''}`, {
    signal,
  });
}

export function takeRequestStep(
  id: string,
  action: RequestAction,
  note?: string,
): Promise<MembershipRequestDto> {
  return apiRequest<MembershipRequestDto>(`${requestPath(id)}/${action}`, {
    method: 'POST',
    body: note ? { note } : {},
  });
}

export function fetchCompliance(unitId: string, signal?: AbortSignal): Promise<ComplianceReportDto> {
  return apiRequest<ComplianceReportDto>('/api/teams/compliance', { query: { unitId }, signal });
}

export function fetchRollout(
  unitId: string,
  asOf: string,
  signal?: AbortSignal,
): Promise<RolloutProgressDto> {
  return apiRequest<RolloutProgressDto>('/api/teams/rollout', { query: { unitId, asOf }, signal });
}

export function importRoster(csv: string, dryRun: boolean): Promise<RosterImportResult> {
  return apiRequest<RosterImportResult>('/api/teams/roster/import', {
    method: 'POST',
    query: { dryRun },
    body: { csv },
  });
}

export function exportRoster(unitId: string): Promise<string> {
  return apiRequest<string>('/api/teams/roster/export', { query: { unitId }, responseType: 'text' });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  fetchCompliance,
  fetchRollout,
  fetchTeam,
  fetchTeams,
  teamKeys,
  type TeamListParams,
} from '../api/teams-api';

/** The most teams one list asks for; a province is narrowed down with filters. */
export const TEAM_LIST_LIMIT = 500;

export function useTeams(params: TeamListParams, enabled = true) {
  return useQuery({
    queryKey: teamKeys.list(params),
    queryFn: ({ signal }) => fetchTeams(params, signal),
    enabled,
    // Keep the previous list on screen while a filter change loads.
    placeholderData: keepPreviousData,
  });
}

export function useTeam(id: string) {
  return useQuery({ queryKey: teamKeys.detail(id), queryFn: ({ signal }) => fetchTeam(id, signal) });
}

export function useCompliance(unitId: string | null) {
  return useQuery({
    queryKey: teamKeys.compliance(unitId ?? ''),
    queryFn: ({ signal }) => fetchCompliance(unitId ?? '', signal),
    enabled: unitId !== null,
  });
}

export function useRollout(unitId: string | null, asOf: string) {
  return useQuery({
    queryKey: teamKeys.rollout(unitId ?? '', asOf),
    queryFn: ({ signal }) => fetchRollout(unitId ?? '', asOf, signal),
    enabled: unitId !== null && asOf !== '',
    placeholderData: keepPreviousData,
  });
}

import type { UnitDetailDto, UnitDto, UnitKind } from '@cdt/domain';
import { apiRequest } from '../../../api/client';

export interface UnitSearchParams {
  search: string;
  kind?: UnitKind;
  limit?: number;
}

/** Every unit query starts with 'units', so one invalidation refreshes them all. */
export const unitKeys = {
  all: ['units'] as const,
  roots: () => ['units', 'roots'] as const,
  search: (params: UnitSearchParams) => ['units', 'search', params] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  children: (id: string) => ['units', 'children', id] as const,
};

/** The roots of the caller's jurisdiction. */
export function fetchRootUnits(signal?: AbortSignal): Promise<UnitDto[]> {
  return apiRequest<UnitDto[]>('/api/units', { signal });
}

export function searchUnits(params: UnitSearchParams, signal?: AbortSignal): Promise<UnitDto[]> {
  return apiRequest<UnitDto[]>('/api/units', { query: { ...params }, signal });
}

export function fetchUnit(id: string, signal?: AbortSignal): Promise<UnitDetailDto> {
  return apiRequest<UnitDetailDto>(`/api/units/${encodeURIComponent(id)}`, { signal });
}

export function fetchUnitChildren(id: string, signal?: AbortSignal): Promise<UnitDto[]> {
  return apiRequest<UnitDto[]>(`/api/units/${encodeURIComponent(id)}/children`, { signal });
}

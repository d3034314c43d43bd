import type { CreateGrantRequest, CreateUserRequest, UpdateUserRequest, UserDto } from '@cdt/domain';
import { apiRequest } from '../../../api/client';

export interface UserListParams {
  search?: string;
  unitId?: string;
  limit?: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function fetchUsers(params: UserListParams, signal?: AbortSignal): Promise<UserDto[]> {
  return apiRequest<UserDto[]>('/api/users', { query: { ...params }, signal });
}

export function createUser(body: CreateUserRequest): Promise<UserDto> {
  return apiRequest<UserDto>('/api/users', { method: 'POST', body });
}

export function updateUser(id: string, body: UpdateUserRequest): Promise<UserDto> {
  return apiRequest<UserDto>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function addGrant(userId: string, body: CreateGrantRequest): Promise<UserDto> {
  return apiRequest<UserDto>(`/api/users/${encodeURIComponent(userId)}/grants`, { method: 'POST', body });
}

export function revokeGrant(userId: string, grantId: string): Promise<UserDto> {
  return apiRequest<UserDto>(
    `/api/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`,
    { method: 'DELETE' },
  );
}

import type { LoginRequest, LoginResponse, UserDto } from '@cdt/domain';
import { apiRequest } from '../../../api/client';

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export function login(body: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body, auth: false });
}

export function logout(refreshToken: string): Promise<void> {
  return apiRequest<void>('/api/auth/logout', { method: 'POST', body: { refreshToken } });
}

export function fetchMe(signal?: AbortSignal): Promise<UserDto> {
  return apiRequest<UserDto>('/api/auth/me', { signal });
}

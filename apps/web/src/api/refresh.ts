import { ErrorCode, type LoginResponse } from '@cdt/domain';
import { ApiError } from './api-error';
import { sessionFromTokens, sessionStore } from './session-store';

/** Refresh this long before the access token expires, so a slow request does not arrive with a dead token. */
const EXPIRY_MARGIN_MS = 15_000;

let inFlight: Promise<boolean> | null = null;

/** Serialises refreshes across tabs: refresh tokens rotate, and a reused one revokes the whole session. */
async function withCrossTabLock<T>(work: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return work();
  return navigator.locks.request('cdt-refresh', work);
}

async function exchange(staleRefreshToken: string): Promise<boolean> {
  const session = sessionStore.get();
  if (!session) return false;
  // Another tab refreshed while this one waited for the lock: its new tokens are already in the store.
  if (session.refreshToken !== staleRefreshToken) return true;
  let response: Response;
  try {
    response = await fetch('/api/auth/refresh', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (response.ok) {
    const body = (await response.json()) as LoginResponse;
    sessionStore.set(sessionFromTokens(body));
    return true;
  }
  const error = await ApiError.fromResponse(response);
  if (response.status === 401 || response.status === 400 || error.code === ErrorCode.AccountDisabled) {
    sessionStore.clear();
    return false;
  }
  throw error;
}

/**
 * Trades the refresh token for new tokens, once for all concurrent callers.
 * Resolves false (and signs out) when the server refuses the refresh token; rejects on network failure.
 */
export function refreshSession(): Promise<boolean> {
  const session = sessionStore.get();
  if (!session) return Promise.resolve(false);
  inFlight ??= withCrossTabLock(() => exchange(session.refreshToken)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** The current access token, refreshed first when it is about to expire; null when signed out. */
export async function freshAccessToken(): Promise<string | null> {
  const session = sessionStore.get();
  if (!session) return null;
  if (session.accessExpiresAt - EXPIRY_MARGIN_MS > Date.now()) return session.accessToken;
  try {
    await refreshSession();
  } catch {
    // Offline: send the old token; the request fails on the network anyway and the caller reports that.
  }
  return sessionStore.get()?.accessToken ?? null;
}

import { ErrorCode } from '@cdt/domain';
import { ApiError } from './api-error';
import { freshAccessToken, refreshSession } from './refresh';
import { sessionStore } from './session-store';

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: QueryParams;
  /** Send the access token and refresh it on TOKEN_EXPIRED; false for sign-in. @default true */
  auth?: boolean;
  signal?: AbortSignal;
  /**
   * 'text' returns the body as a string (CSV downloads), 'blob' as a Blob (XLSX/PDF exports); errors are still
   * the API's JSON. @default 'json'
   */
  responseType?: 'json' | 'text' | 'blob';
}

const ACCEPT: Record<NonNullable<RequestOptions['responseType']>, string> = {
  json: 'application/json',
  text: 'text/*, application/json',
  blob: '*/*',
};

function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
  const headers: Record<string, string> = { Accept: ACCEPT[options.responseType ?? 'json'] };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
}

async function parse<T>(response: Response, responseType: RequestOptions['responseType']): Promise<T> {
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  if (responseType === 'text') return (await response.text()) as T;
  if (responseType === 'blob') return (await response.blob()) as T;
  return (await response.json()) as T;
}

/** The one HTTP client of the app: JSON in and out, bearer token, one refresh-and-retry on TOKEN_EXPIRED. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const useAuth = options.auth ?? true;
  const response = await send(path, options, useAuth ? await freshAccessToken() : null);
  if (!useAuth || response.status !== 401) return parse<T>(response, options.responseType);

  const error = await ApiError.fromResponse(response);
  if (error.code === ErrorCode.TokenExpired && (await refreshSession())) {
    const retried = await send(path, options, sessionStore.get()?.accessToken ?? null);
    // A second 401 right after a successful refresh means the session itself is gone.
    if (retried.status === 401) sessionStore.clear();
    return parse<T>(retried, options.responseType);
  }
  sessionStore.clear();
  throw error;
}

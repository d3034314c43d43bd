import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import type { LoginResponse } from '@cdt/domain';
import { createApp } from '../../apps/api/src/app.factory';

export interface RunningApp {
  app: INestApplication;
  baseUrl: string;
  close: () => Promise<void>;
}

/** Starts the real HTTP + socket.io app in this process on a free port, against the run's database and Redis. */
export async function startApp(): Promise<RunningApp> {
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export const DEMO_PASSWORD = 'cdt-demo-2022';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client over fetch, so tests read like the requests a browser sends. */
export async function http<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const body = (text ? JSON.parse(text) : null) as T;
  return { status: response.status, body, headers: response.headers };
}

export async function login(
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<LoginResponse> {
  const result = await http<LoginResponse>(baseUrl, 'POST', '/api/auth/login', {
    body: { username, password },
  });
  if (result.status !== 200)
    throw new Error(`login ${username} failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

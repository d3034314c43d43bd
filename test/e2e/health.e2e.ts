import { http, startApp, type RunningApp } from '../support/app';

describe('health and API surface', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.close());

  it('reports database and Redis status without authentication', async () => {
    const res = await http(running.baseUrl, 'GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up', redis: 'up' });
    expect(res.headers.get('x-request-id')).toMatch(/[\w-]+/);
  });

  it('serves an OpenAPI document generated from the zod schemas', async () => {
    const res = await http<{ paths: Record<string, any>; components: any }>(
      running.baseUrl,
      'GET',
      '/api/openapi.json',
    );
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/units',
        '/api/units/{id}',
        '/api/units/{id}/children',
      ]),
    );
    const loginBody = JSON.stringify(res.body.paths['/api/auth/login'].post.requestBody);
    expect(loginBody).toContain('LoginBody');
    expect(JSON.stringify(res.body.components.schemas.LoginBody)).toContain('username');
  });

  it('answers unknown routes with the one error shape', async () => {
    const res = await http(running.baseUrl, 'GET', '/api/nope', {});
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
  });

  it('answers malformed JSON with a 400 and a code, never a 500', async () => {
    const response = await fetch(`${running.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const huge = await fetch(`${running.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x'.repeat(2_000_000), password: 'y' }),
    });
    expect(huge.status).toBe(413);
  });

  it('serves the web app for client-side routes, outside /api', async () => {
    const page = await fetch(`${running.baseUrl}/units/anything`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});

import { JwtService } from '@nestjs/jwt';
import type { LoginResponse } from '@cdt/domain';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from '../support/app';

describe('sign-in, tokens and sessions', () => {
  let running: RunningApp;
  let url: string;
  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
  });
  afterAll(() => running.close());

  it('signs in by username or phone and returns the user with grants', async () => {
    const byName = await login(url, 'bcd.vinhlinh');
    expect(byName.user).toMatchObject({ username: 'bcd.vinhlinh', disabled: false });
    expect(byName.user.grants).toEqual([
      expect.objectContaining({ role: 'district_steering', unit: expect.objectContaining({ code: '464' }) }),
    ]);
    const byPhone = await login(url, '0912000003');
    expect(byPhone.user.id).toBe(byName.user.id);
    const me = await http(url, 'GET', '/api/auth/me', { token: byName.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: byName.user.id, username: 'bcd.vinhlinh' });
  });

  it('refuses a wrong password with a code, and bad input with the offending fields', async () => {
    const wrong = await http(url, 'POST', '/api/auth/login', {
      body: { username: 'xem.tinh', password: 'nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const bad = await http(url, 'POST', '/api/auth/login', { body: { username: '', extra: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['password', 'username']);
  });

  it('rate-limits failed sign-ins per account, even with the right password afterwards', async () => {
    const attempts = [];
    for (let i = 0; i < 5; i += 1) {
      attempts.push(
        (
          await http(url, 'POST', '/api/auth/login', {
            body: { username: 'bcd.giolinh', password: `wrong-${i}` },
          })
        ).status,
      );
    }
    expect(attempts).toEqual([401, 401, 401, 401, 401]);
    const blocked = await http(url, 'POST', '/api/auth/login', {
      body: { username: 'bcd.giolinh', password: DEMO_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      details: { retryAfterSeconds: expect.any(Number) },
    });
    // Another account from the same address is not locked by this one's failures.
    expect(
      (
        await http(url, 'POST', '/api/auth/login', {
          body: { username: 'xem.tinh', password: DEMO_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('rotates refresh tokens, and a reused one revokes the whole session family', async () => {
    const first = await login(url, 'bcd.tinh');
    const second = await http<LoginResponse>(url, 'POST', '/api/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await http(url, 'GET', '/api/auth/me', { token: second.body.accessToken })).status).toBe(200);

    const replay = await http(url, 'POST', '/api/auth/refresh', {
      body: { refreshToken: first.refreshToken },
    });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('REFRESH_TOKEN_REUSED');
    // The family is gone: the legitimately rotated token and its access token no longer work.
    const afterReuse = await http(url, 'POST', '/api/auth/refresh', {
      body: { refreshToken: second.body.refreshToken },
    });
    expect(afterReuse.status).toBe(401);
    expect((await http(url, 'GET', '/api/auth/me', { token: second.body.accessToken })).status).toBe(401);
  });

  it('logout revokes the session: its access and refresh tokens stop working', async () => {
    const session = await login(url, 'xem.tinh');
    const out = await http(url, 'POST', '/api/auth/logout', { token: session.accessToken, body: {} });
    expect(out.status).toBe(204);
    const me = await http(url, 'GET', '/api/auth/me', { token: session.accessToken });
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('TOKEN_INVALID');
    const refresh = await http(url, 'POST', '/api/auth/refresh', {
      body: { refreshToken: session.refreshToken },
    });
    expect(refresh.status).toBe(401);
  });

  it('refuses missing, forged and expired access tokens', async () => {
    const session = await login(url, 'xem.tinh');
    const claims = {
      sub: session.user.id,
      sid: JSON.parse(atob(session.accessToken.split('.')[1]!)).sid as string,
    };
    const forged = new JwtService({ secret: 'x'.repeat(40) }).sign(claims);
    const expired = new JwtService({ secret: process.env.JWT_SECRET }).sign(claims, { expiresIn: -10 });

    const none = await http(url, 'GET', '/api/units');
    expect([none.status, none.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const bad = await http(url, 'GET', '/api/units', { token: forged });
    expect([bad.status, bad.body.code]).toEqual([401, 'TOKEN_INVALID']);
    const old = await http(url, 'GET', '/api/units', { token: expired });
    expect([old.status, old.body.code]).toEqual([401, 'TOKEN_EXPIRED']);
  });
});

import { JwtService } from '@nestjs/jwt';
import type { Ack, UnitDto, UserDto } from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { connectSocket, nextEvent, type ClientSocket } from '../support/socket';

describe('socket.io authentication and rooms', () => {
  let running: RunningApp;
  let url: string;
  const sockets: ClientSocket[] = [];
  const track = (s: ClientSocket) => (sockets.push(s), s);

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.close();
  });

  it('accepts the access token in auth.token and says who the socket is', async () => {
    const session = await login(url, 'bcd.vinhlinh');
    const s = track(await connectSocket(url, session.accessToken));
    expect(s.ready).toEqual({ userId: session.user.id, unitIds: [session.user.grants[0]!.unit.id] });
    const ack = await new Promise<Ack<{ at: string }>>((resolve) => s.emit('ping', {}, resolve));
    expect(ack).toEqual({ ok: true, data: { at: expect.any(String) } });
  });

  it('answers an invalid event payload with an error ack carrying a code', async () => {
    const session = await login(url, 'xem.tinh');
    const s = track(await connectSocket(url, session.accessToken));
    const ack = await new Promise<Ack<unknown>>((resolve) =>
      (s as any).emit('ping', { unexpected: true }, resolve),
    );
    expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('refuses a missing, forged or expired token at the handshake', async () => {
    const session = await login(url, 'xem.tinh');
    const sid = JSON.parse(atob(session.accessToken.split('.')[1]!)).sid as string;
    const forged = new JwtService({ secret: 'y'.repeat(40) }).sign({ sub: session.user.id, sid });
    const expired = new JwtService({ secret: process.env.JWT_SECRET }).sign(
      { sub: session.user.id, sid },
      { expiresIn: -5 },
    );
    await expect(connectSocket(url, undefined)).rejects.toMatchObject({ body: { code: 'UNAUTHENTICATED' } });
    await expect(connectSocket(url, forged)).rejects.toMatchObject({ body: { code: 'TOKEN_INVALID' } });
    await expect(connectSocket(url, expired)).rejects.toMatchObject({ body: { code: 'TOKEN_EXPIRED' } });
  });

  it('drops the sockets of a user whose account is disabled', async () => {
    const admin = await login(url, 'admin');
    const created = await http<UserDto>(url, 'POST', '/api/users', {
      token: admin.accessToken,
      body: { username: 'socket.user', fullName: 'Người Dùng Socket', password: 'mat-khau-123' },
    });
    const province = (await http<UnitDto[]>(url, 'GET', '/api/units', { token: admin.accessToken })).body[0]!;
    await http(url, 'POST', `/api/users/${created.body.id}/grants`, {
      token: admin.accessToken,
      body: { unitId: province.id, role: 'viewer' },
    });
    const session = await login(url, 'socket.user', 'mat-khau-123');
    const s = track(await connectSocket(url, session.accessToken));
    const dropped = nextEvent<string>(s, 'disconnect');
    await http(url, 'PATCH', `/api/users/${created.body.id}`, {
      token: admin.accessToken,
      body: { disabled: true },
    });
    expect(await dropped).toBe('io server disconnect');
    await expect(connectSocket(url, session.accessToken)).rejects.toMatchObject({
      body: { code: 'TOKEN_INVALID' },
    });
  });

  it('moves live sockets into a unit room when a grant is added, and tells the user', async () => {
    const admin = await login(url, 'admin');
    const created = await http<UserDto>(url, 'POST', '/api/users', {
      token: admin.accessToken,
      body: { username: 'room.user', fullName: 'Người Dùng Phòng', password: 'mat-khau-123' },
    });
    const session = await login(url, 'room.user', 'mat-khau-123');
    const s = track(await connectSocket(url, session.accessToken));
    const changed = nextEvent<{ userId: string }>(s, 'access:changed');
    const province = (await http<UnitDto[]>(url, 'GET', '/api/units', { token: admin.accessToken })).body[0]!;
    await http(url, 'POST', `/api/users/${created.body.id}/grants`, {
      token: admin.accessToken,
      body: { unitId: province.id, role: 'viewer' },
    });
    expect(await changed).toEqual({ userId: created.body.id });
  });
});

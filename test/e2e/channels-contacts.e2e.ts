import type { ChannelContactDto, ChannelDto, LoginResponse, UnitDto, UserDto } from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { account, unitsByCode } from '../support/teams';

/**
 * GET /api/channels/contacts: the people picker lists exactly those the caller may message directly (same commune,
 * or along the chain of units above and below), searched without diacritics. Its own fresh accounts for the
 * moves; demo people are only read.
 */
describe('channels: contacts the caller may message', () => {
  let running: RunningApp;
  let url: string;
  let admin: LoginResponse;
  let chair: LoginResponse; // chutich.hoxa: Hồ Xá, in Vĩnh Linh
  let member: LoginResponse; // thanhvien.khupho1: a village of Hồ Xá
  let hoXa: UnitDto;
  let gioLinhCommune: UnitDto;

  const contacts = async (session: LoginResponse, query = '') =>
    http<ChannelContactDto[]>(url, 'GET', `/api/channels/contacts${query}`, { token: session.accessToken });
  const usernames = async (session: LoginResponse, query = '') => {
    const res = await contacts(session, query);
    expect(res.status).toBe(200);
    return res.body.map((c) => c.username);
  };

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    [admin, chair, member] = await Promise.all([
      login(url, 'admin'),
      login(url, 'chutich.hoxa'),
      login(url, 'thanhvien.khupho1'),
    ]);
    const unit = await unitsByCode(url, admin.accessToken, ['464', '466']);
    hoXa = unit('19363');
    const communes = await http<UnitDto[]>(url, 'GET', `/api/units/${unit('466').id}/children`, {
      token: admin.accessToken,
    });
    gioLinhCommune = communes.body.find((u) => u.kind === 'commune')!;
  });
  afterAll(async () => {
    await running.close();
  });

  it('finds a person of the same commune by name without diacritics, with their phone and username', async () => {
    const res = await contacts(chair, '?q=le%20thi%20mai');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      {
        person: { id: member.user.id, fullName: 'Lê Thị Mai', phone: member.user.phone },
        username: 'thanhvien.khupho1',
      },
    ]);
    // Username and phone match too; the caller never lists themselves.
    expect(await usernames(chair, '?q=THANHVIEN.khupho1')).toEqual(['thanhvien.khupho1']);
    expect(await usernames(chair, '?q=chutich')).toEqual([]);
  });

  it('reaches up the line (district and province officials) and down into the commune, not a neighbour district', async () => {
    const all = await usernames(chair, '?limit=50');
    expect(all).toEqual(expect.arrayContaining(['bcd.vinhlinh', 'bcd.tinh', 'totruong.khupho1']));
    expect(all).not.toContain('bcd.giolinh');
    expect(all).not.toContain('chutich.hoxa');
    expect(await usernames(chair, '?q=gio')).not.toContain('bcd.giolinh');
    // A village member reaches their commune's chair above them, and the district office, but not Gio Linh.
    expect(await usernames(member, '?q=chutich.hoxa')).toEqual(['chutich.hoxa']);
    expect(await usernames(member, '?q=vinhlinh')).toEqual(
      expect.arrayContaining(['bcd.vinhlinh', 'vanhoa.vinhlinh']),
    );
    expect(await usernames(member, '?q=bcd.giolinh')).toEqual([]);
  });

  it('follows a person who moves: listed and openable in the commune, neither once placed in another district', async () => {
    const mover = await account(url, admin.accessToken, 'e2e.contacts.mover', [
      { unitId: hoXa.id, role: 'viewer' },
    ]);
    const near = await account(url, admin.accessToken, 'e2e.contacts.near', [
      { unitId: hoXa.id, role: 'viewer' },
    ]);
    const lonely = await account(url, admin.accessToken, 'e2e.contacts.lonely');
    expect(await usernames(chair, '?q=e2e.contacts')).toEqual(['e2e.contacts.mover', 'e2e.contacts.near']);
    // Someone placed nowhere reaches nobody and is reached by nobody.
    expect(await usernames(lonely, '?limit=50')).toEqual([]);
    expect(await usernames(chair, '?q=contacts.lonely')).toEqual([]);

    const grantId = mover.user.grants[0]!.id;
    const revoked = await http<UserDto>(url, 'DELETE', `/api/users/${mover.user.id}/grants/${grantId}`, {
      token: admin.accessToken,
    });
    expect(revoked.status).toBe(200);
    const moved = await http<UserDto>(url, 'POST', `/api/users/${mover.user.id}/grants`, {
      token: admin.accessToken,
      body: { unitId: gioLinhCommune.id, role: 'viewer' },
    });
    expect(moved.status).toBe(201);
    expect(await usernames(chair, '?q=contacts.mover')).toEqual([]);
    const refused = await http<{ code: string }>(url, 'POST', '/api/channels/direct', {
      token: chair.accessToken,
      body: { userId: mover.user.id },
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'DIRECT_MESSAGE_NOT_ALLOWED']);
    const opened = await http<ChannelDto>(url, 'POST', '/api/channels/direct', {
      token: chair.accessToken,
      body: { userId: near.user.id },
    });
    expect([opened.status, opened.body.counterpart?.id]).toEqual([200, near.user.id]);
  });

  it('validates the query and needs a session', async () => {
    const tooMany = await contacts(chair, '?limit=500');
    expect([tooMany.status, (tooMany.body as unknown as { code: string }).code]).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const tooLong = await contacts(chair, `?q=${'a'.repeat(101)}`);
    expect(tooLong.status).toBe(400);
    const anonymous = await http(url, 'GET', '/api/channels/contacts');
    expect(anonymous.status).toBe(401);
  });
});

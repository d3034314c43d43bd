import type { LoginResponse, UnitDetailDto, UnitDto, UserDto } from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';

describe('access by jurisdiction', () => {
  let running: RunningApp;
  let url: string;
  let admin: LoginResponse;
  let vinhLinh: LoginResponse;
  let chair: LoginResponse;
  const byCode = new Map<string, UnitDto>();

  const unit = (code: string) => byCode.get(code)!;
  const get = <T = any>(token: string, path: string) => http<T>(url, 'GET', path, { token });

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    [admin, vinhLinh, chair] = await Promise.all([
      login(url, 'admin'),
      login(url, 'bcd.vinhlinh'),
      login(url, 'chutich.hoxa'),
    ]);
    const province = (await get<UnitDto[]>(admin.accessToken, '/api/units')).body[0]!;
    byCode.set('45', province);
    for (const d of (await get<UnitDto[]>(admin.accessToken, `/api/units/${province.id}/children`)).body)
      byCode.set(d.code!, d);
    for (const c of (await get<UnitDto[]>(admin.accessToken, `/api/units/${unit('464').id}/children`)).body)
      byCode.set(c.code!, c);
    for (const c of (await get<UnitDto[]>(admin.accessToken, `/api/units/${unit('466').id}/children`)).body)
      byCode.set(c.code!, c);
  });
  afterAll(() => running.close());

  it('shows the admin the whole province: 10 district-level units', async () => {
    const children = await get<UnitDto[]>(admin.accessToken, `/api/units/${unit('45').id}/children`);
    expect(children.body).toHaveLength(10);
    expect(children.body.every((u) => u.kind === 'district' && u.parentId === unit('45').id)).toBe(true);
  });

  it('gives a district user their district as the root, and refuses another district (403)', async () => {
    const roots = await get<UnitDto[]>(vinhLinh.accessToken, '/api/units');
    expect(roots.body.map((u) => u.code)).toEqual(['464']);
    const own = await get<UnitDetailDto>(vinhLinh.accessToken, `/api/units/${unit('19363').id}`);
    expect(own.status).toBe(200);
    expect(own.body.ancestors.map((a) => [a.code, a.accessible])).toEqual([
      ['45', false],
      ['464', true],
    ]);
    for (const path of [
      `/api/units/${unit('466').id}`,
      `/api/units/${unit('466').id}/children`,
      `/api/units/${unit('19495').id}`,
    ]) {
      const res = await get(vinhLinh.accessToken, path);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'OUT_OF_JURISDICTION']);
    }
    const province = await get(vinhLinh.accessToken, `/api/units/${unit('45').id}`);
    expect(province.status).toBe(403);
  });

  it("refuses a district user another district's users (403), and lists only their own", async () => {
    const giolinhUser = (await get<UserDto[]>(admin.accessToken, '/api/users?search=bcd.giolinh')).body[0]!;
    const res = await get(vinhLinh.accessToken, `/api/users/${giolinhUser.id}`);
    expect([res.status, res.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const listed = await get<UserDto[]>(vinhLinh.accessToken, '/api/users');
    const names = listed.body.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['bcd.vinhlinh', 'chutich.hoxa']));
    expect(names).not.toContain('bcd.giolinh');
    expect(names).not.toContain('admin');
    const scoped = await get(vinhLinh.accessToken, `/api/users?unitId=${unit('466').id}`);
    expect(scoped.status).toBe(403);
  });

  it('lets a commune chair read their commune and its villages, and nothing beside it', async () => {
    const commune = await get<UnitDetailDto>(chair.accessToken, `/api/units/${unit('19363').id}`);
    expect(commune.status).toBe(200);
    const villages = await get<UnitDto[]>(chair.accessToken, `/api/units/${unit('19363').id}/children`);
    expect(villages.body.length).toBeGreaterThanOrEqual(4);
    expect(villages.body.every((v) => v.kind === 'village' && v.code === null)).toBe(true);
    const village = await get(chair.accessToken, `/api/units/${villages.body[0]!.id}`);
    expect(village.status).toBe(200);
    const sibling = await get(chair.accessToken, `/api/units/${unit('19366').id}`);
    expect(sibling.status).toBe(403);
    const district = await get(chair.accessToken, `/api/units/${unit('464').id}`);
    expect(district.status).toBe(403);
  });

  it('searches without diacritics, within the jurisdiction only', async () => {
    const search = async (token: string, q: string) =>
      (await get<UnitDto[]>(token, `/api/units?search=${encodeURIComponent(q)}`)).body.map((u) => u.name);
    expect((await search(admin.accessToken, 'quang tri'))[0]).toBe('Tỉnh Quảng Trị');
    expect(await search(admin.accessToken, 'quang tri')).toContain('Thị xã Quảng Trị');
    expect(await search(admin.accessToken, 'dong ha')).toContain('Thành phố Đông Hà');
    expect(await search(admin.accessToken, 'đông hà')).toContain('Thành phố Đông Hà');
    expect(await search(admin.accessToken, 'ĐÔNG HÀ')).toContain('Thành phố Đông Hà');
    expect(await search(vinhLinh.accessToken, 'dong ha')).not.toContain('Thành phố Đông Hà');
    expect(await search(vinhLinh.accessToken, 'ho xa')).toContain('Thị trấn Hồ Xá');
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await get(admin.accessToken, '/api/units/00000000-0000-4000-8000-000000000000');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'UNIT_NOT_FOUND']);
    const malformed = await get(admin.accessToken, '/api/units/not-a-uuid');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  describe('managing users and grants', () => {
    it('lets a district user create a person and grant a role inside the district only', async () => {
      const created = await http<UserDto>(url, 'POST', '/api/users', {
        token: vinhLinh.accessToken,
        body: {
          username: 'chutich.benquan',
          fullName: 'Đặng Văn Quan',
          password: 'mat-khau-123',
          phone: '0912111222',
        },
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      const granted = await http<UserDto>(url, 'POST', `/api/users/${id}/grants`, {
        token: vinhLinh.accessToken,
        body: { unitId: unit('19366').id, role: 'commune_chair' },
      });
      expect(granted.status).toBe(201);
      expect(granted.body.grants.map((g) => [g.role, g.unit.code])).toEqual([['commune_chair', '19366']]);

      const elsewhere = await http(url, 'POST', `/api/users/${id}/grants`, {
        token: vinhLinh.accessToken,
        body: { unitId: unit('19495').id, role: 'commune_chair' },
      });
      expect([elsewhere.status, elsewhere.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
      const wrongKind = await http(url, 'POST', `/api/users/${id}/grants`, {
        token: vinhLinh.accessToken,
        body: { unitId: unit('19366').id, role: 'district_steering' },
      });
      expect([wrongKind.status, wrongKind.body.code]).toEqual([422, 'GRANT_KIND_MISMATCH']);

      const session = await login(url, 'chutich.benquan', 'mat-khau-123');
      expect((await get(session.accessToken, `/api/units/${unit('19366').id}`)).status).toBe(200);
      expect((await get(session.accessToken, `/api/units/${unit('19363').id}`)).status).toBe(403);
    });

    it('refuses duplicates and bad input with codes', async () => {
      const dup = await http(url, 'POST', '/api/users', {
        token: vinhLinh.accessToken,
        body: { username: 'admin', fullName: 'X', password: 'mat-khau-123' },
      });
      expect([dup.status, dup.body.code]).toEqual([409, 'USERNAME_TAKEN']);
      const bad = await http(url, 'POST', '/api/users', {
        token: vinhLinh.accessToken,
        body: { username: 'A B', fullName: '', password: 'short', phone: '123' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
        'fullName',
        'password',
        'phone',
        'username',
      ]);
    });

    it('refuses a viewer managing anyone, and a district user disabling a province user', async () => {
      const viewer = await login(url, 'xem.tinh');
      const create = await http(url, 'POST', '/api/users', {
        token: viewer.accessToken,
        body: { username: 'someone.new', fullName: 'Người Mới', password: 'mat-khau-123' },
      });
      expect([create.status, create.body.code]).toEqual([403, 'FORBIDDEN']);
      const adminUser = (await get<UserDto[]>(admin.accessToken, '/api/users?search=admin')).body.find(
        (u) => u.username === 'admin',
      )!;
      const disable = await http(url, 'PATCH', `/api/users/${adminUser.id}`, {
        token: vinhLinh.accessToken,
        body: { disabled: true },
      });
      expect(disable.status).toBe(403);
    });

    it('disabling a user ends their sessions at once', async () => {
      const created = await http<UserDto>(url, 'POST', '/api/users', {
        token: admin.accessToken,
        body: { username: 'tam.thoi', fullName: 'Tạm Thời', password: 'mat-khau-123' },
      });
      await http(url, 'POST', `/api/users/${created.body.id}/grants`, {
        token: admin.accessToken,
        body: { unitId: unit('464').id, role: 'viewer' },
      });
      const session = await login(url, 'tam.thoi', 'mat-khau-123');
      expect((await get(session.accessToken, '/api/auth/me')).status).toBe(200);
      const patched = await http<UserDto>(url, 'PATCH', `/api/users/${created.body.id}`, {
        token: vinhLinh.accessToken,
        body: { disabled: true },
      });
      expect(patched.body.disabled).toBe(true);
      expect((await get(session.accessToken, '/api/auth/me')).status).toBe(401);
      const again = await http(url, 'POST', '/api/auth/login', {
        body: { username: 'tam.thoi', password: 'mat-khau-123' },
      });
      expect([again.status, again.body.code]).toEqual([403, 'ACCOUNT_DISABLED']);
    });
  });
});

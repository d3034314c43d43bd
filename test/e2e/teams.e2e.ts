import type { LoginResponse, PositionDto, TeamDetailDto, TeamDto, UnitDto } from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { account, activeTeam, addMembers, phoneIn, unitsByCode, villagesOf } from '../support/teams';

/** Cam Lộ (468) communes past its two demo pilots hold no demo team: this file builds its own there. */
describe('team registry: lifecycle, size rules and jurisdiction', () => {
  let running: RunningApp;
  let url: string;
  let admin: LoginResponse;
  let chairA: LoginResponse;
  let chairB: LoginResponse;
  let vinhLinh: LoginResponse;
  let memberAccount: LoginResponse;
  let unit: (code: string) => UnitDto;
  let village: UnitDto;
  let communeTeam: TeamDetailDto;
  let villageTeam: TeamDetailDto;
  const phone = phoneIn('771');

  const call = <T = any>(token: string, method: string, path: string, body?: unknown) =>
    http<T>(url, method, path, { token, body });

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['468', '464']);
    [chairA, chairB, vinhLinh, memberAccount] = await Promise.all([
      account(url, admin.accessToken, 'e2e.chair.thanhan', [
        { unitId: unit('19603').id, role: 'commune_chair' },
      ]),
      account(url, admin.accessToken, 'e2e.chair.camthuy', [
        { unitId: unit('19606').id, role: 'commune_chair' },
      ]),
      login(url, 'bcd.vinhlinh'),
      account(url, admin.accessToken, 'e2e.member.thanhan'),
    ]);
    village = (await villagesOf(url, admin.accessToken, unit('19603').id))[0]!;
  });
  afterAll(() => running.close());

  it('lets the commune chair propose, establish and launch their commune team, and refuses everyone else', async () => {
    const body = { unitId: unit('19603').id, kind: 'commune' };
    const otherChair = await call(chairB.accessToken, 'POST', '/api/teams', body);
    expect([otherChair.status, otherChair.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const otherDistrict = await call(vinhLinh.accessToken, 'POST', '/api/teams', body);
    expect([otherDistrict.status, otherDistrict.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);

    const proposed = await call<TeamDetailDto>(chairA.accessToken, 'POST', '/api/teams', body);
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      kind: 'commune',
      status: 'proposed',
      name: 'Tổ công nghệ số cộng đồng xã Thanh An',
      unit: { id: unit('19603').id, code: '19603' },
      decision: null,
      rolloutPeriod: null,
      members: [],
    });
    expect(proposed.body.history.map((h) => h.action)).toEqual(['propose']);
    expect(proposed.body.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['NOT_ACTIVE', 'MISSING_LEADER', 'BELOW_MINIMUM']),
    );
    const id = proposed.body.id;

    const again = await call(chairA.accessToken, 'POST', '/api/teams', body);
    expect([again.status, again.body.code]).toEqual([409, 'TEAM_ALREADY_EXISTS']);
    const wrongKind = await call(chairA.accessToken, 'POST', '/api/teams', { ...body, kind: 'village' });
    expect([wrongKind.status, wrongKind.body.code]).toEqual([422, 'TEAM_KIND_MISMATCH']);
    const early = await call(chairA.accessToken, 'POST', `/api/teams/${id}/activate`, {
      activatedOn: '2023-03-10',
    });
    expect([early.status, early.body.code]).toEqual([422, 'TEAM_DECISION_REQUIRED']);

    const decision = { number: '15/QĐ-UBND', signedOn: '2023-03-01', signerName: 'Chủ tịch E2E' };
    const foreign = await call(chairB.accessToken, 'POST', `/api/teams/${id}/establish`, { decision });
    expect([foreign.status, foreign.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const established = await call<TeamDetailDto>(chairA.accessToken, 'POST', `/api/teams/${id}/establish`, {
      decision,
      note: 'Quyết định thành lập',
    });
    expect(established.status).toBe(200);
    expect(established.body.decision).toEqual({ ...decision, signerUserId: null });
    const beforeDecision = await call(chairA.accessToken, 'POST', `/api/teams/${id}/activate`, {
      activatedOn: '2023-02-01',
    });
    expect([beforeDecision.status, beforeDecision.body.code]).toEqual([422, 'TEAM_DATE_OUT_OF_ORDER']);
    const active = await call<TeamDetailDto>(chairA.accessToken, 'POST', `/api/teams/${id}/activate`, {
      activatedOn: '2023-03-10',
    });
    expect(active.status).toBe(200);
    expect(active.body).toMatchObject({
      status: 'active',
      activatedOn: '2023-03-10',
      rolloutPeriod: 'after_plan',
    });
    expect(active.body.history.map((h) => [h.action, h.status, h.actorId])).toEqual([
      ['propose', 'proposed', chairA.user.id],
      ['establish', 'proposed', chairA.user.id],
      ['activate', 'active', chairA.user.id],
    ]);
    // The page shows who acted by name: the acting chair's full name, joined from users.
    expect(chairA.user.fullName).toBe('E2E e2e.chair.thanhan');
    expect(active.body.history.map((h) => h.actorName)).toEqual(Array(3).fill(chairA.user.fullName));
    communeTeam = active.body;
  });

  it('refuses a 6th core member of a commune team with TEAM_FULL offering the collaborator group', async () => {
    const full = await addMembers(url, chairA.accessToken, communeTeam.id, [
      { person: { fullName: 'Nguyễn Văn Tổ Trưởng', phone: phone(1) }, role: 'leader' },
      { person: { fullName: 'Trần Thị Đoàn', phone: phone(2) }, role: 'member', slot: 'youth_union' },
      { person: { fullName: 'Lê Thị Phụ Nữ', phone: phone(3) }, role: 'member', slot: 'womens_union' },
      {
        person: { fullName: 'Phạm Văn Cải Cách', phone: phone(4) },
        role: 'member',
        slot: 'admin_reform_officer',
      },
    ]);
    expect(full.findings.map((f) => f.code)).toEqual(['MISSING_SLOT', 'BELOW_MINIMUM']);
    const fifth = await addMembers(url, chairA.accessToken, communeTeam.id, [
      {
        person: { fullName: 'Hồ Văn Công An', phone: phone(5) },
        role: 'member',
        slot: 'culture_social_or_police',
      },
    ]);
    expect(fifth).toMatchObject({ coreCount: 5, sizeStatus: 'within_range', findings: [] });
    expect(fifth.members.find((m) => m.role === 'leader')).toMatchObject({
      slot: 'commune_leadership',
      status: 'active',
      person: { fullName: 'Nguyễn Văn Tổ Trưởng', phone: phone(1) },
    });

    const sixth = await call(chairA.accessToken, 'POST', `/api/teams/${communeTeam.id}/members`, {
      person: { fullName: 'Võ Văn Thứ Sáu', phone: phone(6) },
      role: 'member',
      slot: 'youth_union',
    });
    expect([sixth.status, sixth.body.code]).toEqual([422, 'TEAM_FULL']);
    expect(sixth.body.message).toMatch(/collaborator group/);
    expect(sixth.body.details).toMatchObject({ coreCount: 5, max: 5, suggestedRole: 'collaborator' });
    const unchanged = await call<TeamDetailDto>(chairA.accessToken, 'GET', `/api/teams/${communeTeam.id}`);
    expect(unchanged.body.members.map((m) => m.person.phone)).not.toContain(phone(6));

    const collaborator = await addMembers(url, chairA.accessToken, communeTeam.id, [
      { person: { fullName: 'Võ Văn Thứ Sáu', phone: phone(6) }, role: 'collaborator' },
    ]);
    expect(collaborator).toMatchObject({ coreCount: 5, collaboratorCount: 1, findings: [] });
  });

  it('holds a village team to 5–8: 4 is allowed but flagged, the 9th core member is refused', async () => {
    villageTeam = await activeTeam(url, chairA.accessToken, village.id, 'village');
    const four = await addMembers(url, chairA.accessToken, villageTeam.id, [
      { person: { fullName: 'Đặng Văn Trưởng Thôn', phone: phone(11) }, role: 'leader' },
      { person: { fullName: 'Bùi Thị Bí Thư', phone: phone(12) }, role: 'deputy' },
      { person: { userId: memberAccount.user.id }, role: 'member', slot: 'teacher' },
      { person: { fullName: 'Ngô Văn Dân', phone: phone(13) }, role: 'member', slot: 'resident' },
    ]);
    expect(four).toMatchObject({ coreCount: 4, sizeStatus: 'below_minimum' });
    expect(four.findings).toEqual([expect.objectContaining({ code: 'BELOW_MINIMUM', severity: 'warning' })]);
    const eight = await addMembers(
      url,
      chairA.accessToken,
      villageTeam.id,
      [14, 15, 16, 17].map((n) => ({
        person: { fullName: `Thành Viên ${n}`, phone: phone(n) },
        role: 'member',
        slot: 'student',
      })),
    );
    expect(eight).toMatchObject({ coreCount: 8, sizeStatus: 'within_range', findings: [] });
    const ninth = await call(chairA.accessToken, 'POST', `/api/teams/${villageTeam.id}/members`, {
      person: { fullName: 'Thành Viên 18', phone: phone(18) },
      role: 'member',
      slot: 'resident',
    });
    expect([ninth.status, ninth.body.code]).toEqual([422, 'TEAM_FULL']);
    expect(ninth.body.message).toContain('collaborator group');
    const asCollaborator = await call(chairA.accessToken, 'POST', `/api/teams/${villageTeam.id}/members`, {
      person: { fullName: 'Thành Viên 18', phone: phone(18) },
      role: 'collaborator',
      slot: 'resident',
    });
    expect(asCollaborator.status).toBe(201);
  });

  it('lets a member read their team but not its unit, and act on neither (403)', async () => {
    const token = memberAccount.accessToken;
    const own = await call<TeamDetailDto>(token, 'GET', `/api/teams/${villageTeam.id}`);
    expect(own.status).toBe(200);
    expect(own.body.myPermissions).toEqual({
      readTeamWork: true,
      actForTeam: false,
      proposeMembers: false,
      nominateMembers: false,
      grantsOnUnit: false,
    });
    const listed = await call<TeamDto[]>(token, 'GET', '/api/teams');
    expect(listed.body.map((t) => t.id)).toEqual([villageTeam.id]);
    expect((await call(token, 'GET', `/api/units/${village.id}`)).status).toBe(403);
    expect((await call(token, 'GET', `/api/teams/${communeTeam.id}`)).status).toBe(403);
    const compliance = await call(token, 'GET', `/api/teams/compliance?unitId=${unit('19603').id}`);
    expect(compliance.status).toBe(403);

    const add = await call(token, 'POST', `/api/teams/${villageTeam.id}/members`, {
      person: { fullName: 'Người Lạ', phone: phone(19) },
      role: 'collaborator',
    });
    expect([add.status, add.body.code]).toEqual([403, 'FORBIDDEN']);
    const dissolve = await call(token, 'POST', `/api/teams/${villageTeam.id}/dissolve`, {
      dissolvedOn: '2023-06-01',
      reason: 'Thử',
    });
    expect([dissolve.status, dissolve.body.code]).toEqual([403, 'FORBIDDEN']);
    const reread = await call<TeamDetailDto>(chairA.accessToken, 'GET', `/api/teams/${villageTeam.id}`);
    expect(reread.body).toMatchObject({ status: 'active', coreCount: 8, collaboratorCount: 1 });
  });

  it('removes a member with a reason, and dissolves a team: memberships end, pending requests are refused', async () => {
    const removed = villageTeam.id;
    const before = (await call<TeamDetailDto>(chairA.accessToken, 'GET', `/api/teams/${removed}`)).body;
    const student = before.members.find((m) => m.person.phone === phone(17))!;
    const noReason = await call(
      chairA.accessToken,
      'DELETE',
      `/api/teams/${removed}/members/${student.id}`,
      {},
    );
    expect(noReason.status).toBe(400);
    const after = await call<TeamDetailDto>(
      chairA.accessToken,
      'DELETE',
      `/api/teams/${removed}/members/${student.id}`,
      { reason: 'Chuyển nơi ở' },
    );
    expect(after.status).toBe(200);
    expect(after.body.coreCount).toBe(7);
    expect(after.body.members.find((m) => m.id === student.id)).toMatchObject({
      status: 'ended',
      endReason: 'Chuyển nơi ở',
    });
    const twice = await call(chairA.accessToken, 'DELETE', `/api/teams/${removed}/members/${student.id}`, {
      reason: 'Lần nữa',
    });
    expect([twice.status, twice.body.code]).toEqual([409, 'NOT_A_MEMBER']);

    const asked = await call(memberAccount.accessToken, 'POST', `/api/teams/${removed}/leave-requests/ask`, {
      note: 'Bận việc',
    });
    expect(asked.body.state).toBe('awaiting_leader');
    const dissolved = await call<TeamDetailDto>(
      chairA.accessToken,
      'POST',
      `/api/teams/${removed}/dissolve`,
      {
        dissolvedOn: '2023-06-01',
        reason: 'Sáp nhập thôn',
      },
    );
    expect(dissolved.status).toBe(200);
    expect(dissolved.body).toMatchObject({
      status: 'dissolved',
      dissolvedOn: '2023-06-01',
      dissolutionReason: 'Sáp nhập thôn',
      coreCount: 0,
      collaboratorCount: 0,
      pendingRequestCount: 0,
    });
    expect(dissolved.body.members.every((m) => m.status === 'ended')).toBe(true);
    expect(dissolved.body.members.filter((m) => m.endReason === 'Sáp nhập thôn')).toHaveLength(8);
    const request = await call(
      chairA.accessToken,
      'GET',
      `/api/membership-requests?teamId=${removed}&states=rejected`,
    );
    expect(request.body.map((r: any) => [r.id, r.state, r.history.at(-1).note])).toEqual([
      [asked.body.id, 'rejected', 'Team dissolved: Sáp nhập thôn'],
    ]);
    const gone = await call(memberAccount.accessToken, 'GET', `/api/teams/${removed}`);
    expect(gone.status).toBe(403);

    const successor = await call(chairA.accessToken, 'POST', '/api/teams', {
      unitId: village.id,
      kind: 'village',
    });
    expect(successor.status).toBe(201);
  });

  it('answers unknown and malformed ids with 404 and 400', async () => {
    const unknown = await call(admin.accessToken, 'GET', '/api/teams/00000000-0000-4000-8000-000000000000');
    expect([unknown.status, unknown.body.code]).toEqual([404, 'TEAM_NOT_FOUND']);
    const malformed = await call(admin.accessToken, 'GET', '/api/teams/not-a-uuid');
    expect([malformed.status, malformed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badBody = await call(chairA.accessToken, 'POST', '/api/teams', { unitId: 'x', kind: 'district' });
    expect(badBody.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'unitId']);
    expect((await http(url, 'GET', '/api/teams')).status).toBe(401);
  });

  it('gives the demo accounts their Hồ Xá teams: the chair signs, leaders lead, a member reads', async () => {
    const chair = await login(url, 'chutich.hoxa');
    const hoXaTeams = await call<TeamDto[]>(
      chair.accessToken,
      'GET',
      `/api/teams?unitId=${unit('19363').id}`,
    );
    const demo = hoXaTeams.body.filter((t) => t.rolloutPeriod === 'pilot');
    expect(demo.map((t) => [t.kind, t.unit.name, t.status])).toEqual([
      ['commune', 'Thị trấn Hồ Xá', 'active'],
      ['village', 'Khu phố 1', 'active'],
      ['village', 'Khu phố 2', 'active'],
    ]);
    expect(demo.every((t) => t.decision?.signerUserId === chair.user.id)).toBe(true);
    expect(demo[2]).toMatchObject({ coreCount: 8, sizeStatus: 'within_range' });
    // The demo gives Khu phố 2 two collaborators; the teams browser test may add one more meanwhile.
    expect(demo[2]!.collaboratorCount).toBeGreaterThanOrEqual(2);

    const communeLeader = await login(url, 'totruong.hoxa');
    const own = await call<TeamDto[]>(communeLeader.accessToken, 'GET', '/api/teams');
    expect(own.body.map((t) => [t.id, t.myPermissions.nominateMembers])).toEqual([[demo[0]!.id, true]]);
    const villageLeader = await login(url, 'totruong.khupho1');
    const [khuPho1] = (await call<TeamDto[]>(villageLeader.accessToken, 'GET', '/api/teams')).body;
    expect(khuPho1).toMatchObject({
      id: demo[1]!.id,
      myPermissions: { actForTeam: true, nominateMembers: true },
    });
    expect(khuPho1!.coreCount).toBeGreaterThanOrEqual(6);
    const member = await login(url, 'thanhvien.khupho1');
    const detail = await call<TeamDetailDto>(member.accessToken, 'GET', `/api/teams/${demo[1]!.id}`);
    expect(detail.body.myPermissions).toMatchObject({ readTeamWork: true, actForTeam: false });
    expect(detail.body.members.find((m) => m.person.id === member.user.id)).toMatchObject({
      role: 'member',
      slot: 'teacher',
    });
    expect(member.user.grants).toEqual([]);

    // `mine=true` (the navigation's inbox check): active memberships only, however wide the caller's grants.
    const mine = (token: string) => call<TeamDto[]>(token, 'GET', '/api/teams?mine=true');
    expect((await mine(villageLeader.accessToken)).body.map((t) => t.id)).toEqual([demo[1]!.id]);
    expect((await mine(member.accessToken)).body.map((t) => t.id)).toEqual([demo[1]!.id]);
    expect((await mine(chair.accessToken)).body).toEqual([]);
    expect((await call(chair.accessToken, 'GET', '/api/teams?mine=yes')).status).toBe(400);
  });

  describe('positions', () => {
    it('lists who holds the positions at a unit, for anyone covering it', async () => {
      const chair = await login(url, 'chutich.hoxa');
      const hoXa = await call<PositionDto[]>(
        chair.accessToken,
        'GET',
        `/api/units/${unit('19363').id}/positions`,
      );
      expect(hoXa.body.map((p) => [p.position, p.holder.fullName])).toEqual([
        ['commune_chair', 'Hoàng Văn Xá'],
      ]);
      const district = await call<PositionDto[]>(
        vinhLinh.accessToken,
        'GET',
        `/api/units/${unit('464').id}/positions`,
      );
      expect(district.body.map((p) => p.position)).toEqual([
        'culture_info_head',
        'education_head',
        'youth_union_secretary',
      ]);
      expect(district.body[0]!.holder.fullName).toBe('Đoàn Thị Văn');
      expect((await call(chair.accessToken, 'GET', `/api/units/${unit('464').id}/positions`)).status).toBe(
        403,
      );
    });

    it('lets a steering committee record and end positions in its area only', async () => {
      const trungNam = unit('19378').id;
      const path = `/api/units/${trungNam}/positions`;
      const body = { userId: memberAccount.user.id, position: 'commune_chair', startedOn: '2023-01-01' };
      const chair = await login(url, 'chutich.hoxa');
      expect((await call(chair.accessToken, 'POST', path, body)).status).toBe(403);
      expect(
        (await call(vinhLinh.accessToken, 'POST', `/api/units/${unit('19603').id}/positions`, body)).status,
      ).toBe(403);
      const wrongKind = await call(vinhLinh.accessToken, 'POST', path, {
        ...body,
        position: 'education_head',
      });
      expect([wrongKind.status, wrongKind.body.code]).toEqual([400, 'VALIDATION_FAILED']);
      const created = await call<PositionDto[]>(vinhLinh.accessToken, 'POST', path, body);
      expect(created.status).toBe(201);
      expect(created.body.map((p) => [p.position, p.holder.id, p.startedOn])).toEqual([
        ['commune_chair', memberAccount.user.id, '2023-01-01'],
      ]);
      const second = await call(vinhLinh.accessToken, 'POST', path, { ...body, userId: chairA.user.id });
      expect([second.status, second.body.code]).toEqual([409, 'CONFLICT']);
      const ended = await call<PositionDto[]>(
        vinhLinh.accessToken,
        'DELETE',
        `${path}/${created.body[0]!.id}`,
      );
      expect([ended.status, ended.body]).toEqual([200, []]);
      expect(
        (await call(vinhLinh.accessToken, 'POST', path, { ...body, userId: chairA.user.id })).status,
      ).toBe(201);
    });
  });
});

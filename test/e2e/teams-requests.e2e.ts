import type {
  LoginResponse,
  MembershipRequestDto,
  TeamDetailDto,
  TeamsChangedPayload,
  UnitDto,
} from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { connectSocket, nextEvent, type ClientSocket } from '../support/socket';
import { account, activeTeam, addMembers, phoneIn, unitsByCode, villagesOf } from '../support/teams';

/**
 * The join/leave chain (§3.1.4) on village teams this file creates in Thị trấn Hồ Xá (beside the demo teams
 * of Khu phố 1 and 2), approved by the demo commune chair chutich.hoxa.
 */
describe('team registry: join and leave requests', () => {
  let running: RunningApp;
  let url: string;
  let chair: LoginResponse;
  let otherChair: LoginResponse;
  let leader: LoginResponse;
  let resident: LoginResponse;
  let team: TeamDetailDto;
  let secondTeam: TeamDetailDto;
  let unit: (code: string) => UnitDto;
  const sockets: ClientSocket[] = [];
  const phone = phoneIn('772');

  const call = <T = any>(session: LoginResponse, method: string, path: string, body?: unknown) =>
    http<T>(url, method, path, { token: session.accessToken, body });
  /** A step's answer: the request on success, the error body (with its code) on refusal. */
  const step = (session: LoginResponse, id: string, action: string, body: unknown = {}) =>
    call<MembershipRequestDto & { code?: string }>(
      session,
      'POST',
      `/api/membership-requests/${id}/${action}`,
      body,
    );
  const roster = async (teamId: string) =>
    (await call<TeamDetailDto>(chair, 'GET', `/api/teams/${teamId}`)).body;
  const reread = async (id: string) => {
    const all = await call<MembershipRequestDto[]>(
      chair,
      'GET',
      `/api/membership-requests?teamId=${team.id}&states=awaiting_leader&states=awaiting_chair&states=approved&states=rejected&states=withdrawn`,
    );
    return all.body.find((r) => r.id === id)!;
  };

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464']);
    chair = await login(url, 'chutich.hoxa');
    [otherChair, leader, resident] = await Promise.all([
      account(url, admin.accessToken, 'e2e.chair.vinhthai', [
        { unitId: unit('19369').id, role: 'commune_chair' },
      ]),
      account(url, admin.accessToken, 'e2e.leader.hoxa'),
      account(url, admin.accessToken, 'e2e.resident.hoxa'),
    ]);
    const villages = (await villagesOf(url, chair.accessToken, unit('19363').id)).filter(
      (v) => v.name === 'Khu phố 3' || v.name === 'Khu phố 4',
    );
    team = await activeTeam(url, chair.accessToken, villages[0]!.id, 'village');
    team = await addMembers(url, chair.accessToken, team.id, [
      { person: { userId: leader.user.id }, role: 'leader' },
      { person: { fullName: 'Phan Thị Bí Thư', phone: phone(1) }, role: 'deputy' },
      ...[2, 3, 4].map((n) => ({
        person: { fullName: `Cư Dân ${n}`, phone: phone(n) },
        role: 'member',
        slot: 'resident',
      })),
    ]);
    secondTeam = await activeTeam(url, chair.accessToken, villages[1]!.id, 'village');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.close();
  });

  it('join: apply → nominate → approve; the chain cannot be skipped and a refused step changes nothing', async () => {
    const district = await login(url, 'bcd.vinhlinh');
    const watcher = await connectSocket(url, district.accessToken);
    sockets.push(watcher);

    const applied = await call<MembershipRequestDto>(
      resident,
      'POST',
      `/api/teams/${team.id}/join-requests/apply`,
      {
        slot: 'resident',
        note: 'Tôi muốn giúp bà con',
      },
    );
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      kind: 'join',
      origin: 'self',
      state: 'awaiting_leader',
      role: 'member',
      slot: 'resident',
      subject: { id: resident.user.id },
      availableActions: ['withdraw'],
    });
    const id = applied.body.id;

    const chairTooEarly = await step(chair, id, 'approve');
    expect([chairTooEarly.status, chairTooEarly.body.code]).toEqual([409, 'REQUEST_INVALID_TRANSITION']);
    const leaderApproves = await step(leader, id, 'approve');
    expect([leaderApproves.status, leaderApproves.body.code]).toEqual([403, 'REQUEST_ACTOR_NOT_ALLOWED']);
    const selfNominates = await step(resident, id, 'nominate');
    expect(selfNominates.status).toBe(403);

    const nominated = await step(leader, id, 'nominate', { note: 'Nhiệt tình' });
    expect(nominated.status).toBe(200);
    expect(nominated.body.state).toBe('awaiting_chair');

    const leaderAgain = await step(leader, id, 'approve');
    expect([leaderAgain.status, leaderAgain.body.code]).toEqual([403, 'REQUEST_ACTOR_NOT_ALLOWED']);
    const foreignChair = await step(otherChair, id, 'approve');
    expect([foreignChair.status, foreignChair.body.code]).toEqual([403, 'REQUEST_ACTOR_NOT_ALLOWED']);
    const foreignReject = await step(otherChair, id, 'reject', { note: 'Không' });
    expect(foreignReject.status).toBe(403);

    // The refusals wrote nothing: the request and the roster read back as before them.
    const stored = await reread(id);
    expect(stored.state).toBe('awaiting_chair');
    expect(stored.history.map((h) => [h.action, h.actorName])).toEqual([
      ['apply', resident.user.fullName],
      ['nominate', leader.user.fullName],
    ]);
    expect(stored.availableActions).toEqual(['approve', 'reject']);
    const before = await roster(team.id);
    expect(before.coreCount).toBe(5);
    expect(before.members.map((m) => m.person.id)).not.toContain(resident.user.id);
    expect(before.pendingRequestCount).toBe(1);

    const pushed = nextEvent<TeamsChangedPayload>(watcher, 'teams:changed');
    const approved = await step(chair, id, 'approve', { note: 'Đồng ý' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', membershipId: expect.any(String) });
    expect(await pushed).toEqual({
      teamId: team.id,
      unitIds: expect.arrayContaining([unit('45').id, unit('464').id, unit('19363').id, team.unit.id]),
      type: 'MembershipApproved',
      requestId: id,
    });
    const after = await roster(team.id);
    expect(after).toMatchObject({ coreCount: 6, pendingRequestCount: 0 });
    expect(after.members.find((m) => m.person.id === resident.user.id)).toMatchObject({
      id: approved.body.membershipId,
      role: 'member',
      slot: 'resident',
      status: 'active',
    });
    const twice = await step(chair, id, 'approve');
    expect([twice.status, twice.body.code]).toEqual([409, 'REQUEST_INVALID_TRANSITION']);
  });

  it('the leader proposes a new person by name and phone; a refusal by the chair changes no roster', async () => {
    const proposed = await call<MembershipRequestDto>(leader, 'POST', `/api/teams/${team.id}/join-requests`, {
      person: { fullName: 'Hoàng Thị Giáo Viên', phone: phone(5) },
      slot: 'teacher',
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({
      origin: 'team_leadership',
      state: 'awaiting_chair',
      subject: { fullName: 'Hoàng Thị Giáo Viên', phone: phone(5) },
      openedBy: { id: leader.user.id },
      availableActions: ['withdraw'],
    });
    const byResident = await call(resident, 'POST', `/api/teams/${team.id}/join-requests`, {
      person: { fullName: 'Ai Đó', phone: phone(6) },
    });
    expect([byResident.status, byResident.body.code]).toEqual([403, 'REQUEST_ACTOR_NOT_ALLOWED']);

    const noReason = await step(chair, proposed.body.id, 'reject');
    expect(noReason.status).toBe(400);
    const rejected = await step(chair, proposed.body.id, 'reject', { note: 'Chưa đủ điều kiện' });
    expect(rejected.body).toMatchObject({ state: 'rejected', membershipId: null, availableActions: [] });
    const after = await roster(team.id);
    expect(after.coreCount).toBe(6);
    expect(after.members.map((m) => m.person.phone)).not.toContain(phone(5));
  });

  it('leave: the member asks → the leader forwards → the chair approves; the membership ends with their reason', async () => {
    const asked = await call<MembershipRequestDto>(
      resident,
      'POST',
      `/api/teams/${team.id}/leave-requests/ask`,
      {
        note: 'Chuyển công tác',
      },
    );
    expect(asked.body).toMatchObject({
      kind: 'leave',
      state: 'awaiting_leader',
      role: 'member',
      slot: 'resident',
    });
    const again = await call(resident, 'POST', `/api/teams/${team.id}/leave-requests/ask`, {});
    expect([again.status, again.body.code]).toEqual([409, 'REQUEST_ALREADY_PENDING']);
    expect((await step(chair, asked.body.id, 'approve')).status).toBe(409);
    expect((await step(leader, asked.body.id, 'nominate')).status).toBe(409);

    const forwarded = await step(leader, asked.body.id, 'forward');
    expect(forwarded.body.state).toBe('awaiting_chair');
    expect((await step(leader, asked.body.id, 'approve')).status).toBe(403);
    const approved = await step(chair, asked.body.id, 'approve');
    expect(approved.body.state).toBe('approved');
    const after = await roster(team.id);
    expect(after.coreCount).toBe(5);
    expect(after.members.find((m) => m.person.id === resident.user.id)).toMatchObject({
      status: 'ended',
      endReason: 'Chuyển công tác',
    });
  });

  it('the leader proposes that a member leave; only whoever opened a request may withdraw it', async () => {
    const member = (await roster(team.id)).members.find((m) => m.person.phone === phone(4))!;
    const proposed = await call<MembershipRequestDto>(
      leader,
      'POST',
      `/api/teams/${team.id}/leave-requests`,
      {
        personId: member.person.id,
        note: 'Không còn tham gia hoạt động',
      },
    );
    expect(proposed.body).toMatchObject({
      kind: 'leave',
      origin: 'team_leadership',
      state: 'awaiting_chair',
    });
    const byChair = await step(chair, proposed.body.id, 'withdraw');
    expect([byChair.status, byChair.body.code]).toEqual([403, 'REQUEST_ACTOR_NOT_ALLOWED']);
    const withdrawn = await step(leader, proposed.body.id, 'withdraw');
    expect(withdrawn.body.state).toBe('withdrawn');
    expect((await roster(team.id)).coreCount).toBe(5);
  });

  it('inbox: the chair sees every team of the commune, the leader only their team, others nothing of it', async () => {
    const inFirst = await call<MembershipRequestDto>(leader, 'POST', `/api/teams/${team.id}/join-requests`, {
      person: { fullName: 'Người Thứ Nhất', phone: phone(7) },
      slot: 'police',
    });
    const inSecond = await call<MembershipRequestDto>(
      resident,
      'POST',
      `/api/teams/${secondTeam.id}/join-requests/apply`,
      {
        role: 'collaborator',
      },
    );
    expect([inFirst.status, inSecond.status]).toEqual([201, 201]);
    const ids = [inFirst.body.id, inSecond.body.id];

    const chairInbox = await call<MembershipRequestDto[]>(chair, 'GET', '/api/membership-requests');
    const mine = chairInbox.body.filter((r) => ids.includes(r.id));
    expect(mine.map((r) => [r.id, r.state, r.availableActions])).toEqual([
      // Waiting for that team's leader: the chair sees it but has no step to take yet.
      [inSecond.body.id, 'awaiting_leader', []],
      [inFirst.body.id, 'awaiting_chair', ['approve', 'reject']],
    ]);
    const awaitingChair = await call<MembershipRequestDto[]>(
      chair,
      'GET',
      `/api/membership-requests?states=awaiting_chair&unitId=${unit('19363').id}`,
    );
    expect(awaitingChair.body.map((r) => r.id)).toContain(inFirst.body.id);
    expect(awaitingChair.body.every((r) => r.state === 'awaiting_chair')).toBe(true);

    const leaderInbox = await call<MembershipRequestDto[]>(leader, 'GET', '/api/membership-requests');
    expect(leaderInbox.body.map((r) => r.id)).toEqual([inFirst.body.id]);
    const foreign = await call<MembershipRequestDto[]>(otherChair, 'GET', '/api/membership-requests');
    expect(foreign.body.map((r) => r.id)).not.toEqual(expect.arrayContaining([ids[0]]));
    expect(foreign.body.filter((r) => ids.includes(r.id))).toEqual([]);
    const member = await login(url, 'thanhvien.khupho1');
    const memberInbox = await call<MembershipRequestDto[]>(member, 'GET', '/api/membership-requests');
    expect(memberInbox.body.filter((r) => ids.includes(r.id))).toEqual([]);
    const applicantView = await call<MembershipRequestDto[]>(resident, 'GET', '/api/membership-requests');
    expect(applicantView.body.map((r) => r.id)).toEqual([inSecond.body.id]);
  });

  it('pushes the change to the team room, so a leader without any grant sees their roster update', async () => {
    const socket = await connectSocket(url, leader.accessToken);
    sockets.push(socket);
    expect(socket.ready).toEqual({ userId: leader.user.id, unitIds: [] });
    const pending = (await call<MembershipRequestDto[]>(leader, 'GET', '/api/membership-requests')).body[0]!;
    const pushed = nextEvent<TeamsChangedPayload>(socket, 'teams:changed');
    const approved = await step(chair, pending.id, 'approve');
    expect(approved.body.state).toBe('approved');
    expect(await pushed).toMatchObject({
      teamId: team.id,
      type: 'MembershipApproved',
      requestId: pending.id,
    });
  });
});

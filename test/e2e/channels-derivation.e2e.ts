import type {
  ChannelChangedDto,
  ChannelDto,
  ChannelMemberDto,
  ChannelMemberRole,
  HistoryPageDto,
  LoginResponse,
  MembershipRequestDto,
  PositionDto,
  TeamDetailDto,
  TeamDto,
  UnitDto,
} from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { collect, errorAck, eventually, myChannels, okAck, textMessage, waitFor } from '../support/channels';
import { connectSocket, type ClientSocket } from '../support/socket';
import { account, activeTeam, addMembers, phoneIn, unitsByCode, villagesOf } from '../support/teams';

/**
 * Derived channels (§3.3): the demo's Thị trấn Hồ Xá as seeded, then rosters changed through the teams API in
 * Xã Xy (Hướng Hóa, 19492), a commune the demo and the other e2e files leave alone.
 */
describe('channels derived from the rosters', () => {
  let running: RunningApp;
  let url: string;
  let admin: LoginResponse;
  let unit: (code: string) => UnitDto;
  const sockets: ClientSocket[] = [];
  const phone = phoneIn('775');

  const get = async <T>(session: LoginResponse, path: string) => {
    const res = await http<T>(url, 'GET', path, { token: session.accessToken });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const call = <T = any>(session: LoginResponse, method: string, path: string, body?: unknown) =>
    http<T>(url, method, path, { token: session.accessToken, body });
  const socketOf = async (session: LoginResponse) => {
    const socket = await connectSocket(url, session.accessToken);
    sockets.push(socket);
    return socket;
  };
  const roles = (members: readonly ChannelMemberDto[]) =>
    Object.fromEntries(members.map((m) => [m.person.id, m.role]));

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464', '465']);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.close();
  });

  describe('Thị trấn Hồ Xá (demo)', () => {
    let leader: LoginResponse;
    let chair: LoginResponse;

    beforeAll(async () => {
      [leader, chair] = await Promise.all([login(url, 'totruong.hoxa'), login(url, 'chutich.hoxa')]);
    });

    /** What §3.3 says the commune group holds, read from the teams and positions APIs. */
    async function expectedCommuneMembers(): Promise<Record<string, ChannelMemberRole>> {
      const teams = await get<TeamDto[]>(
        chair,
        `/api/teams?unitId=${unit('19363').id}&status=active&limit=500`,
      );
      const expected: Record<string, ChannelMemberRole> = {};
      for (const team of teams) {
        const detail = await get<TeamDetailDto>(chair, `/api/teams/${team.id}`);
        for (const m of detail.members.filter((x) => x.status === 'active')) {
          if (team.kind === 'commune') {
            expected[m.person.id] = m.role === 'leader' || m.role === 'deputy' ? 'owner' : 'poster';
          } else if (m.role === 'leader' || m.role === 'deputy') {
            expected[m.person.id] ??= 'poster';
          }
        }
      }
      const district = await login(url, 'bcd.vinhlinh');
      const positions = await get<PositionDto[]>(district, `/api/units/${unit('464').id}/positions`);
      const invited = ['culture_info_head', 'education_head', 'youth_union_secretary'];
      for (const p of positions.filter((x) => invited.includes(x.position)))
        expected[p.holder.id] ??= 'poster';
      return expected;
    }

    it('gives the commune channel the commune team, every village leader and deputy, and the district officials', async () => {
      const [channel] = await myChannels(url, leader.accessToken, '?kind=commune');
      expect(channel).toMatchObject({
        kind: 'commune',
        title: 'Tổ công nghệ số cộng đồng thị trấn Hồ Xá',
        unit: { id: unit('19363').id, kind: 'commune' },
        myRole: 'owner',
        status: 'active',
      });
      // Other e2e files add village teams to Hồ Xá while this runs: compare once the sync has caught up.
      await eventually(async () => {
        const expected = await expectedCommuneMembers();
        const members = await get<ChannelMemberDto[]>(leader, `/api/channels/${channel!.id}/members`);
        expect(roles(members)).toEqual(expected);
      }, 8000);
      const members = await get<ChannelMemberDto[]>(leader, `/api/channels/${channel!.id}/members`);
      const district = await get<PositionDto[]>(
        await login(url, 'bcd.vinhlinh'),
        `/api/units/${unit('464').id}/positions`,
      );
      expect(district.map((p) => p.position).sort()).toEqual([
        'culture_info_head',
        'education_head',
        'youth_union_secretary',
      ]);
      for (const p of district) expect(roles(members)[p.holder.id]).toBe('poster');
      const villageLeader = await login(url, 'totruong.khupho1');
      expect(roles(members)[villageLeader.user.id]).toBe('poster');
      const villageMember = await login(url, 'thanhvien.khupho1');
      expect(roles(members)[villageMember.user.id]).toBeUndefined();
    });

    it('gives a village channel its team and the commune team leader', async () => {
      const villageLeader = await login(url, 'totruong.khupho1');
      const [channel] = await myChannels(url, villageLeader.accessToken, '?kind=village');
      expect(channel).toMatchObject({ kind: 'village', myRole: 'owner', unit: { name: 'Khu phố 1' } });
      const team = await get<TeamDetailDto>(chair, `/api/teams/${channel!.teamId}`);
      const expected: Record<string, ChannelMemberRole> = { [leader.user.id]: 'poster' };
      for (const m of team.members.filter((x) => x.status === 'active')) {
        expected[m.person.id] = m.role === 'leader' || m.role === 'deputy' ? 'owner' : 'poster';
      }
      const members = await get<ChannelMemberDto[]>(villageLeader, `/api/channels/${channel!.id}/members`);
      expect(roles(members)).toEqual(expected);
    });

    it('lets the commune chair announce to every team of the commune, who read but do not post', async () => {
      const own = await myChannels(url, chair.accessToken, '?kind=announcement');
      const hoXa = own.find((c) => c.unit?.id === unit('19363').id)!;
      expect(hoXa).toMatchObject({ myRole: 'owner', title: 'Thông báo – Thị trấn Hồ Xá' });
      const member = await login(url, 'thanhvien.khupho1');
      const theirs = await myChannels(url, member.accessToken, '?kind=announcement');
      expect(theirs.find((c) => c.id === hoXa.id)).toMatchObject({ myRole: 'reader' });
      // Vĩnh Linh's district steering committee announces to the district: the demo's directive is pinned there.
      const vinhLinh = theirs.find((c) => c.unit?.id === unit('464').id)!;
      expect(vinhLinh).toMatchObject({ myRole: 'reader', pinnedCount: 1, lastMessage: { kind: 'text' } });
      const socket = await socketOf(member);
      const refused = await errorAck(socket, 'message:send', textMessage(hoXa.id, 'Tôi muốn hỏi'));
      expect(refused.code).toBe('CHANNEL_POST_NOT_ALLOWED');
      const readers = await get<ChannelMemberDto[]>(member, `/api/channels/${hoXa.id}/members`);
      expect(readers.map((m) => m.role)).not.toContain('reader');
      const all = await get<ChannelMemberDto[]>(chair, `/api/channels/${hoXa.id}/members`);
      expect(roles(all)[member.user.id]).toBe('reader');
    });
  });

  describe('roster changes in Xã Xy', () => {
    let chair: LoginResponse;
    let communeLeader: LoginResponse;
    let villageLeader: LoginResponse;
    let member: LoginResponse;
    let applicant: LoginResponse;
    let villageTeam: TeamDetailDto;

    beforeAll(async () => {
      [chair, communeLeader, villageLeader, member, applicant] = await Promise.all([
        account(url, admin.accessToken, 'e2e.ch.chair.xy', [
          { unitId: unit('19492').id, role: 'commune_chair' },
        ]),
        account(url, admin.accessToken, 'e2e.ch.leader.xy'),
        account(url, admin.accessToken, 'e2e.ch.village.xy'),
        account(url, admin.accessToken, 'e2e.ch.member.xy'),
        account(url, admin.accessToken, 'e2e.ch.applicant.xy'),
      ]);
      const communeTeam = await activeTeam(url, chair.accessToken, unit('19492').id, 'commune');
      await addMembers(url, chair.accessToken, communeTeam.id, [
        { person: { userId: communeLeader.user.id }, role: 'leader', slot: 'commune_leadership' },
      ]);
      const village = (await villagesOf(url, chair.accessToken, unit('19492').id))[0]!;
      villageTeam = await activeTeam(url, chair.accessToken, village.id, 'village');
      villageTeam = await addMembers(url, chair.accessToken, villageTeam.id, [
        { person: { userId: villageLeader.user.id }, role: 'leader', slot: 'village_head' },
        {
          person: { fullName: 'Hồ Thị Bí Thư', phone: phone(1) },
          role: 'deputy',
          slot: 'village_youth_secretary',
        },
        { person: { userId: member.user.id }, role: 'member', slot: 'teacher' },
      ]);
    });

    it('makes the village channel as the team launches, and lets a member approved later in', async () => {
      const channel = await eventually(async () => {
        const [found] = await myChannels(url, member.accessToken, '?kind=village');
        expect(found).toMatchObject({ kind: 'village', teamId: villageTeam.id, myRole: 'poster' });
        return found!;
      });
      const members = await get<ChannelMemberDto[]>(villageLeader, `/api/channels/${channel.id}/members`);
      expect(roles(members)).toMatchObject({
        [villageLeader.user.id]: 'owner',
        [member.user.id]: 'poster',
        [communeLeader.user.id]: 'poster',
      });
      const [communeChannel] = await myChannels(url, communeLeader.accessToken, '?kind=commune');
      const communeMembers = await get<ChannelMemberDto[]>(
        communeLeader,
        `/api/channels/${communeChannel!.id}/members`,
      );
      expect(roles(communeMembers)).toEqual({
        [communeLeader.user.id]: 'owner',
        [villageLeader.user.id]: 'poster',
        [villageTeam.members.find((m) => m.role === 'deputy')!.person.id]: 'poster',
      });

      // Join chain (§3.1.4): the resident applies, the leader nominates, the commune chair approves.
      const applicantSocket = await socketOf(applicant);
      const changes = collect<ChannelChangedDto>(applicantSocket, 'channel:changed');
      const live = collect<{ channelId: string; text: string }>(applicantSocket, 'message:new');
      const applied = await call<MembershipRequestDto>(
        applicant,
        'POST',
        `/api/teams/${villageTeam.id}/join-requests/apply`,
        {
          slot: 'resident',
        },
      );
      expect(applied.status).toBe(201);
      expect(
        (await call(villageLeader, 'POST', `/api/membership-requests/${applied.body.id}/nominate`, {}))
          .status,
      ).toBe(200);
      expect(await myChannels(url, applicant.accessToken, '?kind=village')).toEqual([]);
      expect(
        (await call(chair, 'POST', `/api/membership-requests/${applied.body.id}/approve`, {})).status,
      ).toBe(200);
      expect(await waitFor(changes, (c) => c.channelId === channel.id)).toEqual({
        channelId: channel.id,
        reason: 'members',
      });
      const joined = (await myChannels(url, applicant.accessToken, '?kind=village'))[0]!;
      expect(joined).toMatchObject({ id: channel.id, myRole: 'poster', unreadCount: 0 });
      // Their sockets follow the channel from the approval on, without reconnecting.
      const leaderSocket = await socketOf(villageLeader);
      await okAck(leaderSocket, 'message:send', textMessage(channel.id, 'Chào bạn mới vào tổ!'));
      expect(await waitFor(live, (m) => m.channelId === channel.id)).toMatchObject({
        text: 'Chào bạn mới vào tổ!',
      });
    });

    it('takes a leaver out: no new messages for them, their own messages stay', async () => {
      const [channel] = await myChannels(url, member.accessToken, '?kind=village');
      const memberSocket = await socketOf(member);
      const leaderSocket = await socketOf(villageLeader);
      await okAck(leaderSocket, 'channel:join', { channelId: channel!.id });
      const mine = await okAck(
        memberSocket,
        'message:send',
        textMessage(channel!.id, 'Tuần sau em chuyển công tác.'),
      );
      const changes = collect<ChannelChangedDto>(memberSocket, 'channel:changed');

      // Leave chain: the member asks, the leader forwards, the commune chair approves.
      const asked = await call<MembershipRequestDto>(
        member,
        'POST',
        `/api/teams/${villageTeam.id}/leave-requests/ask`,
        {
          note: 'Chuyển công tác',
        },
      );
      expect(asked.status).toBe(201);
      expect(
        (await call(villageLeader, 'POST', `/api/membership-requests/${asked.body.id}/forward`, {})).status,
      ).toBe(200);
      expect(
        (await call(chair, 'POST', `/api/membership-requests/${asked.body.id}/approve`, {})).status,
      ).toBe(200);
      expect(await waitFor(changes, (c) => c.channelId === channel!.id)).toEqual({
        channelId: channel!.id,
        reason: 'left',
      });

      const heard = collect<{ text: string }>(memberSocket, 'message:new');
      const after = await okAck(
        leaderSocket,
        'message:send',
        textMessage(channel!.id, 'Tin sau khi bạn rời tổ'),
      );
      const left = (await myChannels(url, member.accessToken, '?includeLeft=true')).find(
        (c) => c.id === channel!.id,
      );
      expect(left).toMatchObject({ myRole: null, readUpToSeq: after.seq - 1 });
      expect((await myChannels(url, member.accessToken, '?kind=village')).map((c) => c.id)).not.toContain(
        channel!.id,
      );

      const history = await get<HistoryPageDto>(member, `/api/channels/${channel!.id}/messages`);
      expect(history.items.map((m) => m.id)).toContain(mine.id);
      expect(history.items.map((m) => m.seq)).not.toContain(after.seq);
      expect(Math.max(...history.items.map((m) => m.seq))).toBe(after.seq - 1);
      const sync = await okAck(memberSocket, 'channel:sync', { channelId: channel!.id, afterSeq: 0 });
      expect(sync.messages.map((m) => m.seq)).not.toContain(after.seq);
      expect((await errorAck(memberSocket, 'channel:join', { channelId: channel!.id })).code).toBe(
        'NOT_A_CHANNEL_MEMBER',
      );
      expect(
        (await errorAck(memberSocket, 'message:send', textMessage(channel!.id, 'Còn ai không?'))).code,
      ).toBe('NOT_A_CHANNEL_MEMBER');

      // What they wrote stays for everyone else.
      const forLeader = await get<HistoryPageDto>(villageLeader, `/api/channels/${channel!.id}/messages`);
      expect(forLeader.items.find((m) => m.id === mine.id)).toMatchObject({
        text: 'Tuần sau em chuyển công tác.',
        author: { kind: 'user', userId: member.user.id },
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(heard).toEqual([]);
    });

    it('archives the channels of a dissolved team; its members keep the history', async () => {
      const [channel] = await myChannels(url, villageLeader.accessToken, '?kind=village');
      const socket = await socketOf(villageLeader);
      const changes = collect<ChannelChangedDto>(socket, 'channel:changed');
      const dissolved = await call(chair, 'POST', `/api/teams/${villageTeam.id}/dissolve`, {
        dissolvedOn: '2023-06-30',
        reason: 'Sáp nhập thôn',
      });
      expect(dissolved.status).toBe(200);
      expect(await waitFor(changes, (c) => c.channelId === channel!.id)).toEqual({
        channelId: channel!.id,
        reason: 'archived',
      });
      const archived = (await myChannels(url, villageLeader.accessToken, '?includeLeft=true')).find(
        (c) => c.id === channel!.id,
      ) as ChannelDto;
      expect(archived).toMatchObject({ status: 'archived', myRole: null, readUpToSeq: channel!.lastSeq });
      const history = await get<HistoryPageDto>(villageLeader, `/api/channels/${channel!.id}/messages`);
      expect(history.items.length).toBe(channel!.lastSeq);
    });
  });
});

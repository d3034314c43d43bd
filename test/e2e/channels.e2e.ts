import { randomUUID } from 'node:crypto';
import type {
  ChannelChangedDto,
  ChannelDto,
  ChannelMemberDto,
  HistoryPageDto,
  LoginResponse,
  MessageDto,
  PollUpdateDto,
  ReadStateDto,
  SearchResultDto,
  SeenByDto,
  SeenSummaryDto,
} from '@cdt/domain';
import { Client } from 'pg';
import { ChannelSystemMessages } from '../../apps/api/src/channels/channel-system-messages';
import { http, login, startApp, type RunningApp } from '../support/app';
import { collect, emitAck, errorAck, myChannels, okAck, textMessage, waitFor } from '../support/channels';
import { connectSocket, type ClientSocket } from '../support/socket';

/**
 * Messaging in a working group of three Hồ Xá demo accounts (its own channel, so seqs start at 1), plus
 * one-to-one messages, announcements' "seen by" and the hub's own messages in a team channel.
 */
describe('channels: messages, live events and history', () => {
  let running: RunningApp;
  let url: string;
  let db: Client;
  let leader: LoginResponse; // totruong.hoxa: creates and owns the group
  let village: LoginResponse; // totruong.khupho1
  let member: LoginResponse; // thanhvien.khupho1
  let outsider: LoginResponse; // bcd.giolinh: another district
  let group: ChannelDto;
  let a: ClientSocket;
  let b: ClientSocket;
  let c: ClientSocket;
  const sockets: ClientSocket[] = [];

  const call = <T = any>(session: LoginResponse, method: string, path: string, body?: unknown) =>
    http<T>(url, method, path, { token: session.accessToken, body });
  const socketOf = async (session: LoginResponse) => {
    const socket = await connectSocket(url, session.accessToken);
    sockets.push(socket);
    return socket;
  };
  const send = (socket: ClientSocket, text: string, extra: { parentId?: string } = {}) =>
    okAck(socket, 'message:send', textMessage(group.id, text, extra));
  const history = async (session: LoginResponse, query = '') =>
    (await call<HistoryPageDto>(session, 'GET', `/api/channels/${group.id}/messages${query}`)).body;

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    [leader, village, member, outsider] = await Promise.all([
      login(url, 'totruong.hoxa'),
      login(url, 'totruong.khupho1'),
      login(url, 'thanhvien.khupho1'),
      login(url, 'bcd.giolinh'),
    ]);
    [a, b, c] = await Promise.all([socketOf(leader), socketOf(village), socketOf(member)]);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await db.end();
    await running.close();
  });

  it('creates a working group and tells its members', async () => {
    const told = collect<ChannelChangedDto>(b, 'channel:changed');
    const created = await call<ChannelDto>(leader, 'POST', '/api/channels/working-groups', {
      title: '  Nhóm   triển khai VNeID ',
      memberIds: [village.user.id, member.user.id],
    });
    expect(created.status).toBe(201);
    group = created.body;
    expect(group).toMatchObject({
      kind: 'working_group',
      title: 'Nhóm triển khai VNeID',
      unit: null,
      myRole: 'owner',
      memberCount: 3,
      lastSeq: 0,
      unreadCount: 0,
      lastMessage: null,
    });
    expect(await waitFor(told, (x) => x.channelId === group.id)).toEqual({
      channelId: group.id,
      reason: 'created',
    });
    const members = (await call<ChannelMemberDto[]>(village, 'GET', `/api/channels/${group.id}/members`))
      .body;
    expect(members.map((m) => [m.username, m.role])).toEqual([
      ['totruong.hoxa', 'owner'],
      ['thanhvien.khupho1', 'poster'],
      ['totruong.khupho1', 'poster'],
    ]);
    const far = await call(leader, 'POST', '/api/channels/working-groups', {
      title: 'Nhóm ngoài tầm',
      memberIds: [outsider.user.id],
    });
    expect([far.status, far.body.code]).toEqual([403, 'DIRECT_MESSAGE_NOT_ALLOWED']);
  });

  it('stores a message before acknowledging it and delivers it once to every member', async () => {
    await okAck(a, 'channel:join', { channelId: group.id });
    const inRoom = collect<MessageDto>(a, 'message:new');
    const bumped = collect<MessageDto>(b, 'message:new'); // b never joined the room: an unread bump
    const sent = await send(c, 'Chào cả nhóm, em là Mai.');
    expect(sent).toMatchObject({
      channelId: group.id,
      seq: 1,
      revision: 1,
      author: { kind: 'user', userId: member.user.id, fullName: 'Lê Thị Mai' },
      text: 'Chào cả nhóm, em là Mai.',
      parentId: null,
      replyCount: 0,
      deleted: false,
    });
    const stored = await db.query(`SELECT seq, text FROM messages WHERE id = $1`, [sent.id]);
    expect(stored.rows).toEqual([{ seq: 1, text: 'Chào cả nhóm, em là Mai.' }]);
    expect((await waitFor(inRoom, (m) => m.id === sent.id)).seq).toBe(1);
    expect((await waitFor(bumped, (m) => m.id === sent.id)).seq).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(inRoom.filter((m) => m.id === sent.id)).toHaveLength(1);
    expect(bumped.filter((m) => m.id === sent.id)).toHaveLength(1);
    const forB = (await myChannels(url, village.accessToken, '?kind=working_group')).find(
      (x) => x.id === group.id,
    );
    expect(forB).toMatchObject({
      unreadCount: 1,
      lastMessage: { seq: 1, authorName: 'Lê Thị Mai', kind: 'text' },
    });
  });

  it('is idempotent: a retried send returns the stored message with its seq, never a second one', async () => {
    const payload = textMessage(group.id, 'Tin gửi lại khi mạng chập chờn');
    const first = await okAck(b, 'message:send', payload);
    const again = await okAck(b, 'message:send', payload);
    expect(again).toEqual(first);
    // Five copies of another message at once (a phone flushing its outbox on two sockets).
    const burst = textMessage(group.id, 'Năm lần cùng lúc');
    const second = await socketOf(village);
    const acks = await Promise.all([b, b, b, second, second].map((s) => okAck(s, 'message:send', burst)));
    expect(new Set(acks.map((x) => x.id)).size).toBe(1);
    expect(new Set(acks.map((x) => x.seq)).size).toBe(1);
    const rows = await db.query(
      `SELECT count(*)::int AS n FROM messages WHERE client_message_id = ANY($1::uuid[])`,
      [[payload.clientMessageId, burst.clientMessageId]],
    );
    expect(rows.rows[0].n).toBe(2);
    const reused = await errorAck(b, 'message:send', { ...payload, text: 'Nội dung khác' });
    expect(reused.code).toBe('CLIENT_MESSAGE_ID_REUSED');
  });

  it('numbers 50 concurrent sends 1, 2, 3… with no gap and no duplicate', async () => {
    const before = (await call<ChannelDto>(leader, 'GET', `/api/channels/${group.id}`)).body.lastSeq;
    const acks = await Promise.all(
      Array.from({ length: 50 }, (_, i) => send([a, b, c][i % 3]!, `Tin song song số ${i + 1}`)),
    );
    const seqs = acks.map((m) => m.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => before + i + 1));
    const page = await history(leader, '?limit=100');
    const stored = page.items.map((m) => m.seq);
    expect(stored).toEqual(Array.from({ length: before + 50 }, (_, i) => i + 1));
  });

  it('gives a reconnecting client exactly the gap, and the changes to what it already held', async () => {
    const held = (await call<ChannelDto>(member, 'GET', `/api/channels/${group.id}`)).body;
    c.close();
    const early = (await history(leader, '?limit=1')).items[0]!;
    const missed = [await send(a, 'Tin lúc Mai mất mạng 1'), await send(b, 'Tin lúc Mai mất mạng 2')];
    const edited = await okAck(a, 'message:edit', {
      channelId: group.id,
      messageId: missed[0]!.id,
      text: 'Tin 1 (sửa)',
    });
    // an older message of someone else's, changed while offline: the leader pins it
    const pinned = await okAck(a, 'message:pin', { channelId: group.id, messageId: early.id });
    missed.push(await send(a, 'Tin lúc Mai mất mạng 3'));
    c = await socketOf(member);
    const sync = await okAck(c, 'channel:sync', {
      channelId: group.id,
      afterSeq: held.lastSeq,
      afterRevision: held.lastRevision,
    });
    expect(sync.messages.map((m) => m.seq)).toEqual([early.seq, ...missed.map((m) => m.seq)]);
    expect(sync.messages.find((m) => m.id === missed[0]!.id)).toMatchObject({
      text: 'Tin 1 (sửa)',
      revision: edited.revision,
    });
    expect(sync.messages[0]).toMatchObject({
      id: early.id,
      pinned: { by: leader.user.id },
      revision: pinned.revision,
    });
    expect(sync).toMatchObject({
      hasMore: false,
      lastSeq: missed[2]!.seq,
      lastRevision: missed[2]!.revision,
    });
    const paged = await okAck(c, 'channel:sync', { channelId: group.id, afterSeq: held.lastSeq, limit: 2 });
    expect([paged.messages.map((m) => m.seq), paged.hasMore]).toEqual([
      missed.slice(0, 2).map((m) => m.seq),
      true,
    ]);
    const invalid = await errorAck(c, 'channel:sync', { channelId: group.id, afterSeq: -1 });
    expect(invalid.code).toBe('VALIDATION_FAILED');
    await okAck(a, 'message:pin', { channelId: group.id, messageId: early.id, pinned: false });
  });

  it('lets authors alone edit and delete their messages, keeping the old text in the audit log', async () => {
    const mine = await send(c, 'Sáng mai 7h tập trung ở nhà văn hóa');
    const room = collect<MessageDto>(a, 'message:updated');
    expect(
      (await errorAck(b, 'message:edit', { channelId: group.id, messageId: mine.id, text: 'Sửa hộ' })).code,
    ).toBe('MESSAGE_NOT_OWN');
    expect((await errorAck(a, 'message:delete', { channelId: group.id, messageId: mine.id })).code).toBe(
      'MESSAGE_NOT_OWN',
    );
    const edited = await okAck(c, 'message:edit', {
      channelId: group.id,
      messageId: mine.id,
      text: 'Sáng mai 7h30 tập trung ở nhà văn hóa',
    });
    expect(edited).toMatchObject({ seq: mine.seq, text: 'Sáng mai 7h30 tập trung ở nhà văn hóa' });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.revision).toBeGreaterThan(mine.revision);
    expect(await waitFor(room, (m) => m.id === mine.id && m.revision === edited.revision)).toMatchObject({
      text: edited.text,
    });
    const deleted = await okAck(c, 'message:delete', { channelId: group.id, messageId: mine.id });
    expect(deleted).toMatchObject({ seq: mine.seq, deleted: true, text: '' });
    const again = await okAck(c, 'message:delete', { channelId: group.id, messageId: mine.id });
    expect(again.revision).toBe(deleted.revision);
    expect(
      (await errorAck(c, 'message:edit', { channelId: group.id, messageId: mine.id, text: 'x' })).code,
    ).toBe('MESSAGE_DELETED');
    const audit = await db.query(
      `SELECT action, previous_text AS "previousText", new_text AS "newText", actor_id AS "actorId"
       FROM message_audit WHERE message_id = $1 ORDER BY at, action DESC`,
      [mine.id],
    );
    expect(audit.rows).toEqual([
      {
        action: 'edited',
        previousText: 'Sáng mai 7h tập trung ở nhà văn hóa',
        newText: 'Sáng mai 7h30 tập trung ở nhà văn hóa',
        actorId: member.user.id,
      },
      {
        action: 'deleted',
        previousText: 'Sáng mai 7h30 tập trung ở nhà văn hóa',
        newText: null,
        actorId: member.user.id,
      },
    ]);
    const tombstone = (await history(leader, '?limit=100')).items.find((m) => m.id === mine.id);
    expect(tombstone).toMatchObject({ deleted: true, text: '', seq: mine.seq });
  });

  it('pins messages for everyone to find', async () => {
    const rule = await send(a, 'Quy định: báo cáo kết quả trước 17h thứ Sáu hằng tuần.');
    const pinned = await okAck(b, 'message:pin', { channelId: group.id, messageId: rule.id });
    expect(pinned.pinned).toMatchObject({ by: village.user.id });
    const pins = (await call<MessageDto[]>(member, 'GET', `/api/channels/${group.id}/pins`)).body;
    expect(pins.map((m) => m.id)).toEqual([rule.id]);
    expect((await call<ChannelDto>(member, 'GET', `/api/channels/${group.id}`)).body.pinnedCount).toBe(1);
  });

  it('runs polls with a deadline, single or multiple choice, and shows the counts to every member', async () => {
    const deadline = new Date(Date.now() + 86_400_000).toISOString();
    const single = await okAck(a, 'message:send', {
      channelId: group.id,
      clientMessageId: randomUUID(),
      poll: { question: 'Họp vào ngày nào?', options: ['Thứ Bảy', 'Chủ nhật'], deadline },
    });
    expect(single.poll).toMatchObject({ multiple: false, closed: false, voterCount: 0, myOptionIds: [] });
    const updates = collect<PollUpdateDto>(a, 'poll:updated');
    const vote = await okAck(b, 'poll:vote', {
      channelId: group.id,
      messageId: single.id,
      optionIds: ['o2'],
    });
    expect(vote).toMatchObject({ myOptionIds: ['o2'], voterCount: 1 });
    expect(vote.options.map((o) => o.votes)).toEqual([0, 1]);
    expect(await waitFor(updates, (u) => u.messageId === single.id)).toMatchObject({
      voterCount: 1,
      options: [
        { id: 'o1', votes: 0 },
        { id: 'o2', votes: 1 },
      ],
    });
    const two = await errorAck(c, 'poll:vote', {
      channelId: group.id,
      messageId: single.id,
      optionIds: ['o1', 'o2'],
    });
    expect(two.code).toBe('POLL_OPTION_INVALID');
    const changed = await okAck(b, 'poll:vote', {
      channelId: group.id,
      messageId: single.id,
      optionIds: ['o1'],
    });
    expect(changed.options.map((o) => o.votes)).toEqual([1, 0]);

    const multiple = await okAck(a, 'message:send', {
      channelId: group.id,
      clientMessageId: randomUUID(),
      text: 'Chọn các buổi bạn rảnh',
      poll: { question: 'Buổi nào rảnh?', options: ['Sáng', 'Chiều', 'Tối'], multiple: true, deadline },
    });
    const both = await okAck(c, 'poll:vote', {
      channelId: group.id,
      messageId: multiple.id,
      optionIds: ['o3', 'o1'],
    });
    expect(both.myOptionIds).toEqual(['o1', 'o3']);
    const seenByA = (await history(leader, '?limit=100')).items.find((m) => m.id === multiple.id)!;
    expect(seenByA.poll).toMatchObject({ voterCount: 1, myOptionIds: [] });
    expect(seenByA.poll!.options.map((o) => o.votes)).toEqual([1, 0, 1]);

    const past = await errorAck(a, 'message:send', {
      channelId: group.id,
      clientMessageId: randomUUID(),
      poll: {
        question: 'Quá hạn?',
        options: ['Có', 'Không'],
        deadline: new Date(Date.now() - 1000).toISOString(),
      },
    });
    expect(past.code).toBe('POLL_DEADLINE_INVALID');
    const soon = await okAck(a, 'message:send', {
      channelId: group.id,
      clientMessageId: randomUUID(),
      poll: {
        question: 'Nhanh lên',
        options: ['A', 'B'],
        deadline: new Date(Date.now() + 1200).toISOString(),
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(
      (await errorAck(b, 'poll:vote', { channelId: group.id, messageId: soon.id, optionIds: ['o1'] })).code,
    ).toBe('POLL_CLOSED');
  });

  it('parses @mentions of members and @all, and counts them for the people named', async () => {
    const before = (await call<ChannelDto>(member, 'GET', `/api/channels/${group.id}`)).body.mentionCount;
    const named = await send(a, '@Le Thi Mai nhờ em chuẩn bị danh sách, cc @totruong.khupho1');
    expect(named.mentions).toEqual({ userIds: [member.user.id, village.user.id], all: false });
    const all = await send(b, '@tất cả chiều nay họp nhé');
    expect(all.mentions).toEqual({ userIds: [], all: true });
    const after = (await call<ChannelDto>(member, 'GET', `/api/channels/${group.id}`)).body.mentionCount;
    expect(after - before).toBe(2);
  });

  it('keeps replies in one-level threads and pages history by cursor', async () => {
    const root = await send(a, 'Ai nhận hỗ trợ khu phố 2?');
    const reply = await send(b, 'Anh nhận ạ', { parentId: root.id });
    const nested = await send(c, 'Em đi cùng anh', { parentId: reply.id });
    expect([reply.parentId, nested.parentId]).toEqual([root.id, root.id]);
    const thread = await history(member, `?parentId=${root.id}`);
    expect(thread.items.map((m) => m.id)).toEqual([reply.id, nested.id]);
    const page = await history(member, '?limit=5');
    expect(page.items.find((m) => m.id === root.id)).toMatchObject({ replyCount: 2 });
    expect(page.items).toHaveLength(5);
    expect(page.newerCursor).toBeNull();
    const older = await history(member, `?limit=5&before=${page.olderCursor}`);
    expect(older.items.map((m) => m.seq)).toEqual(page.items.map((m) => m.seq - 5));
    const newer = await history(member, `?limit=5&after=${older.newerCursor}`);
    expect(newer.items.map((m) => m.id)).toEqual(page.items.map((m) => m.id));
    const bad = await call(member, 'GET', `/api/channels/${group.id}/messages?before=zzz`);
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('searches a channel without case or diacritics', async () => {
    await send(b, 'Đã hướng dẫn 12 hộ cài VNeID ở Khu phố 2');
    const found = (
      await call<SearchResultDto>(member, 'GET', `/api/channels/${group.id}/search?q=vneid%20khu%20pho`)
    ).body;
    expect(found.items.map((m) => m.text)).toEqual(['Đã hướng dẫn 12 hộ cài VNeID ở Khu phố 2']);
    const folded = (
      await call<SearchResultDto>(member, 'GET', `/api/channels/${group.id}/search?q=HUONG%20DAN`)
    ).body;
    expect(folded.items.length).toBeGreaterThanOrEqual(1);
    const none = (await call<SearchResultDto>(member, 'GET', `/api/channels/${group.id}/search?q=100%25`))
      .body;
    expect(none.items).toEqual([]);
  });

  it('moves read markers forward only, tells the room, and shows who has seen a message', async () => {
    const latest = await send(a, 'Mọi người đọc xong báo lại nhé');
    const reads = collect<ReadStateDto>(a, 'channel:read');
    const read = await okAck(b, 'channel:read', { channelId: group.id, seq: latest.seq });
    expect(read).toEqual({ channelId: group.id, userId: village.user.id, lastReadSeq: latest.seq });
    expect(await waitFor(reads, (r) => r.userId === village.user.id)).toEqual(read);
    const back = await okAck(b, 'channel:read', { channelId: group.id, seq: 1 });
    expect(back.lastReadSeq).toBe(latest.seq);
    expect((await call<ChannelDto>(village, 'GET', `/api/channels/${group.id}`)).body.unreadCount).toBe(0);
    const seen = (await call<SeenByDto>(leader, 'GET', `/api/messages/${latest.id}/seen`)).body;
    expect(seen).toEqual({
      messageId: latest.id,
      seq: latest.seq,
      audience: 2,
      seenBy: [{ id: village.user.id, fullName: 'Trần Văn Phố', phone: '0912000012' }],
    });
  });

  it('keeps non-members out of the room and the history', async () => {
    const o = await socketOf(outsider);
    for (const path of ['', '/messages', '/members', '/pins', '/search?q=hop']) {
      const res = await call(outsider, 'GET', `/api/channels/${group.id}${path}`);
      expect([path, res.status, res.body.code]).toEqual([path, 403, 'NOT_A_CHANNEL_MEMBER']);
    }
    expect((await errorAck(o, 'channel:join', { channelId: group.id })).code).toBe('NOT_A_CHANNEL_MEMBER');
    expect((await errorAck(o, 'channel:sync', { channelId: group.id, afterSeq: 0 })).code).toBe(
      'NOT_A_CHANNEL_MEMBER',
    );
    expect((await errorAck(o, 'message:send', textMessage(group.id, 'Xin chào'))).code).toBe(
      'NOT_A_CHANNEL_MEMBER',
    );
    const unknown = await errorAck(o, 'channel:join', { channelId: randomUUID() });
    expect(unknown.code).toBe('CHANNEL_NOT_FOUND');
    const garbage = await emitAck(o, 'message:send', { channelId: 'x', text: 5 } as never);
    expect(garbage).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const heard = collect<MessageDto>(o, 'message:new');
    await send(a, 'Tin riêng của nhóm');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(heard).toEqual([]);
  });

  it('lets a member leave a working group: history up to then stays readable, nothing newer', async () => {
    const last = await send(c, 'Em xin rời nhóm, cảm ơn mọi người');
    const left = await call<ChannelMemberDto[]>(
      member,
      'DELETE',
      `/api/channels/${group.id}/members/${member.user.id}`,
    );
    expect(left.status).toBe(200);
    expect(left.body.map((m) => m.username)).not.toContain('thanhvien.khupho1');
    const after = await send(a, 'Tạm biệt Mai');
    const page = await history(member, '?limit=100');
    expect(page.items[page.items.length - 1]!.seq).toBe(last.seq);
    expect(page.items.map((m) => m.id)).not.toContain(after.id);
    expect((await errorAck(c, 'message:send', textMessage(group.id, 'Quay lại'))).code).toBe(
      'NOT_A_CHANNEL_MEMBER',
    );
    const forLeader = await history(leader, '?limit=3');
    expect(forLeader.items.map((m) => m.id)).toContain(last.id);
    const readd = await call(village, 'POST', `/api/channels/${group.id}/members`, {
      members: [{ userId: member.user.id }],
    });
    expect([readd.status, readd.body.code]).toEqual([403, 'CHANNEL_POST_NOT_ALLOWED']);
    const back = await call<ChannelMemberDto[]>(leader, 'POST', `/api/channels/${group.id}/members`, {
      members: [{ userId: member.user.id }],
    });
    expect(back.status).toBe(201);
    const rejoined = (await call<ChannelDto>(member, 'GET', `/api/channels/${group.id}`)).body;
    expect(rejoined).toMatchObject({
      myRole: 'poster',
      readUpToSeq: null,
      unreadCount: 0,
      lastReadSeq: after.seq,
    });
  });

  it('opens one-to-one conversations within a commune or along the chain of units, and refuses others', async () => {
    const opened = await call<ChannelDto>(leader, 'POST', '/api/channels/direct', {
      userId: village.user.id,
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      kind: 'direct',
      title: 'Trần Văn Phố',
      counterpart: { id: village.user.id, fullName: 'Trần Văn Phố' },
      memberCount: 2,
    });
    const reverse = await call<ChannelDto>(village, 'POST', '/api/channels/direct', {
      userId: leader.user.id,
    });
    expect(reverse.body).toMatchObject({ id: opened.body.id, title: 'Nguyễn Văn Hòa' });
    const district = await login(url, 'bcd.vinhlinh');
    const upward = await call<ChannelDto>(leader, 'POST', '/api/channels/direct', {
      userId: district.user.id,
    });
    expect(upward.status).toBe(200);
    const refused = await call(leader, 'POST', '/api/channels/direct', { userId: outsider.user.id });
    expect([refused.status, refused.body.code]).toEqual([403, 'DIRECT_MESSAGE_NOT_ALLOWED']);
    const self = await call(leader, 'POST', '/api/channels/direct', { userId: leader.user.id });
    expect([self.status, self.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const dm = await okAck(b, 'message:send', textMessage(opened.body.id, 'Anh ơi, mai em nộp báo cáo nhé'));
    expect(dm.seq).toBe(1);
    expect((await errorAck(c, 'channel:join', { channelId: opened.body.id })).code).toBe(
      'NOT_A_CHANNEL_MEMBER',
    );
  });

  it('posts the hub’s own messages into a team channel, live, as the system author', async () => {
    const [channel] = await myChannels(url, village.accessToken, '?kind=village');
    const live = collect<MessageDto>(b, 'message:new');
    const posted = await running.app.get(ChannelSystemMessages).postToTeamChannel(channel!.teamId!, {
      type: 'task_reminder',
      taskId: randomUUID(),
      taskTitle: 'Hướng dẫn cài đặt VNeID',
      dueAt: '2030-05-20T10:00:00.000Z',
      stage: 'upcoming',
    });
    expect(posted).toMatchObject({
      channelId: channel!.id,
      seq: channel!.lastSeq + 1,
      author: { kind: 'system' },
      clientMessageId: null,
      text: 'Nhắc việc: nhiệm vụ “Hướng dẫn cài đặt VNeID” đến hạn ngày 20/05/2030.',
      system: { type: 'task_reminder', stage: 'upcoming' },
    });
    expect(await waitFor(live, (m) => m.id === posted!.id)).toMatchObject({ author: { kind: 'system' } });
    const listed = (await myChannels(url, village.accessToken, '?kind=village'))[0]!;
    expect(listed.lastMessage).toMatchObject({ kind: 'system', authorName: null, seq: posted!.seq });
    const none = await running.app.get(ChannelSystemMessages).postToTeamChannel(randomUUID(), {
      type: 'task_reminder',
      taskId: randomUUID(),
      taskTitle: 'Không có tổ',
      dueAt: '2030-05-20T10:00:00.000Z',
      stage: 'overdue',
    });
    expect(none).toBeNull();
  });

  it('sums "seen by" per village for a commune announcement', async () => {
    const chair = await login(url, 'chutich.hoxa');
    const chairSocket = await socketOf(chair);
    const announcement = (await myChannels(url, chair.accessToken, '?kind=announcement')).find(
      (x) => x.myRole === 'owner',
    )!;
    const directive = await okAck(
      chairSocket,
      'message:send',
      textMessage(announcement.id, 'Các thôn báo cáo số hộ đã cài VNeID.'),
    );
    await okAck(b, 'channel:read', { channelId: announcement.id, seq: directive.seq });
    const summary = (await call<SeenSummaryDto>(chair, 'GET', `/api/messages/${directive.id}/seen`)).body;
    const khuPho1 = summary.units.find((u) => u.unit.name === 'Khu phố 1')!;
    expect(khuPho1).toMatchObject({ unit: { kind: 'village' }, seen: 1 });
    expect(khuPho1.members).toBeGreaterThanOrEqual(6);
    expect(summary.unitsSeen).toBe(1);
    expect(summary.unitsTotal).toBeGreaterThanOrEqual(2);
    expect(summary.seen).toBe(1);
    expect(summary.audience).toBeGreaterThan(khuPho1.members);
  });
});

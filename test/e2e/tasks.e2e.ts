import type {
  AssignmentActResult,
  AssignmentDto,
  LoginResponse,
  NudgePlan,
  TargetPreviewDto,
  TaskDetailDto,
  TaskMatrixDto,
  TeamDetailDto,
  UnitDto,
} from '@cdt/domain';
import { DataSource } from 'typeorm';
import type { NotificationListDto } from '../../apps/api/src/notifications/dto';
import type { AssignmentListDto, TaskListDto } from '../../apps/api/src/tasks/dto';
import { http, login, startApp, type RunningApp } from '../support/app';
import {
  hoursFromNow,
  publishedTask,
  taskBody,
  villageTeamsWithPeople,
  type TeamWithPeople,
} from '../support/tasks';
import { account, activeTeam, unitsByCode } from '../support/teams';

/**
 * Tasks over HTTP, in Xã Vĩnh Ô (19426, Vĩnh Linh): no demo team lives there, so this file builds its own
 * commune team and three village teams and is the only one to send them tasks.
 */
describe('tasks: drafting, publishing to many teams, acting on assignments', () => {
  let running: RunningApp;
  let url: string;
  let db: DataSource;
  let unit: (code: string) => UnitDto;
  let district: LoginResponse;
  let otherDistrict: LoginResponse;
  let chair: LoginResponse;
  let teams: TeamWithPeople[];
  let communeTeam: TeamDetailDto;

  const call = <T = any>(session: LoginResponse, method: string, path: string, body?: unknown) =>
    http<T>(url, method, path, { token: session.accessToken, body });
  const act = (session: LoginResponse, id: string, action: string, body: unknown = {}) =>
    call<AssignmentActResult & { code?: string }>(session, 'POST', `/api/assignments/${id}/${action}`, body);
  const inboxOf = async (session: LoginResponse, query = '') =>
    (await call<AssignmentListDto>(session, 'GET', `/api/assignments${query}`)).body.items;
  const assignmentOf = async (session: LoginResponse, taskId: string) =>
    (
      await inboxOf(
        session,
        `?taskId=${taskId}&states=assigned&states=acknowledged&states=in_progress&states=completed&states=declined&states=cancelled`,
      )
    )[0]!;
  const countRows = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    db = running.app.get(DataSource);
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464']);
    [district, otherDistrict] = await Promise.all([login(url, 'bcd.vinhlinh'), login(url, 'bcd.giolinh')]);
    chair = await account(url, admin.accessToken, 'e2e.tasks.chair', [
      { unitId: unit('19426').id, role: 'commune_chair' },
    ]);
    teams = await villageTeamsWithPeople(
      url,
      admin.accessToken,
      chair.accessToken,
      unit('19426').id,
      3,
      'e2e.tasks',
      '781',
    );
    communeTeam = await activeTeam(url, chair.accessToken, unit('19426').id, 'commune');
  }, 60_000);
  afterAll(() => running.close());

  it('previews how many teams a target reaches, for issuers only', async () => {
    const preview = (session: LoginResponse, query: string) =>
      call<TargetPreviewDto & { code?: string }>(session, 'GET', `/api/tasks/target-preview?${query}`);
    const villagesOnly = `issuerUnitId=${unit('464').id}&type=subtree&unitId=${unit('19426').id}&teamKinds=village`;
    expect((await preview(district, villagesOnly)).body).toEqual({
      teamCount: 3,
      counts: { commune: 0, village: 3 },
      refused: [],
    });
    const both = await preview(district, `${villagesOnly}&teamKinds=commune`);
    expect(both.body).toMatchObject({ teamCount: 4, counts: { commune: 1, village: 3 } });

    const listed = await call<TargetPreviewDto>(district, 'POST', '/api/tasks/target-preview', {
      issuerUnitId: unit('464').id,
      target: {
        type: 'teams',
        teamIds: [teams[0]!.team.id, communeTeam.id, '00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(listed.body).toEqual({
      teamCount: 2,
      counts: { commune: 1, village: 1 },
      refused: [{ teamId: '00000000-0000-4000-8000-000000000000', reason: 'unknown' }],
    });

    const foreign = await preview(otherDistrict, villagesOnly);
    expect([foreign.status, foreign.body.code]).toEqual([403, 'TASK_ACTOR_NOT_ALLOWED']);
    const outside = await preview(
      district,
      `issuerUnitId=${unit('464').id}&type=subtree&unitId=${unit('466').id}&teamKinds=village`,
    );
    expect([outside.status, outside.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const invalid = await preview(district, `issuerUnitId=${unit('464').id}&type=subtree&unitId=nope`);
    expect([invalid.status, invalid.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('lets a steering user draft within their jurisdiction only', async () => {
    const body = taskBody(unit('464').id, unit('19426').id);
    const created = await call<TaskDetailDto>(district, 'POST', '/api/tasks', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: body.title,
      status: 'draft',
      issuerUnit: { id: unit('464').id, kind: 'district' },
      createdBy: { id: district.user.id },
      targetPerTeam: { value: 50, unitLabel: 'người dân' },
      reminderPolicy: { unacknowledgedAfterHours: 24, beforeDueDays: [3, 1], escalateAfterDays: 3 },
      assignmentCount: 0,
      myPermissions: { edit: true, publish: true, cancel: true, close: false, nudge: false },
    });
    const leaderSees = await call(teams[0]!.leader, 'GET', `/api/tasks/${created.body.id}`);
    expect([leaderSees.status, leaderSees.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);

    const refusals = await Promise.all([
      call(otherDistrict, 'POST', '/api/tasks', body),
      call(teams[0]!.leader, 'POST', '/api/tasks', body),
      call(district, 'POST', '/api/tasks', { ...body, issuerUnitId: teams[0]!.village.id }),
      call(chair, 'POST', '/api/tasks', taskBody(unit('19426').id, unit('464').id)),
      call(district, 'POST', '/api/tasks', { ...body, dueAt: hoursFromNow(-1) }),
      call(district, 'POST', '/api/tasks', { ...body, title: '' }),
    ]);
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'TASK_ACTOR_NOT_ALLOWED'],
      [403, 'TASK_ACTOR_NOT_ALLOWED'],
      [403, 'TASK_ACTOR_NOT_ALLOWED'],
      [403, 'OUT_OF_JURISDICTION'],
      [422, 'TASK_DUE_IN_PAST'],
      [400, 'VALIDATION_FAILED'],
    ]);
    // The commune chair issues from their own commune (a date means the end of that day in Vietnam).
    const fromCommune = await call<TaskDetailDto>(chair, 'POST', '/api/tasks', {
      ...taskBody(unit('19426').id, unit('19426').id),
      dueAt: '2031-06-10',
    });
    expect(fromCommune.status).toBe(201);
    expect(fromCommune.body.dueAt).toBe('2031-06-10T16:59:59.999Z');
  });

  it('fans out one assignment per active team of the target, and publishing twice adds nothing', async () => {
    // A fourth village team, only proposed: it receives nothing.
    const villages = (await call<UnitDto[]>(chair, 'GET', `/api/units/${unit('19426').id}/children`)).body;
    const spare = villages.find((v) => !teams.some((t) => t.village.id === v.id))!;
    const proposed = await call<TeamDetailDto>(chair, 'POST', '/api/teams', {
      unitId: spare.id,
      kind: 'village',
    });
    expect([proposed.status, proposed.body.status]).toEqual([201, 'proposed']);
    const draft = await call<TaskDetailDto>(
      district,
      'POST',
      '/api/tasks',
      taskBody(unit('464').id, unit('19426').id),
    );
    const first = await call<TaskDetailDto>(district, 'POST', `/api/tasks/${draft.body.id}/publish`);
    expect(first.status).toBe(200);
    expect(first.headers.get('server-timing')).toMatch(/^commit;dur=\d+(\.\d)?$/);
    expect(first.body).toMatchObject({
      status: 'published',
      publishedAt: expect.any(String),
      assignmentCount: 3,
      countsByState: {
        assigned: 3,
        acknowledged: 0,
        in_progress: 0,
        completed: 0,
        declined: 0,
        cancelled: 0,
      },
      countsByBucket: { open_within_deadline: 3, open_overdue: 0, done_on_time: 0 },
      myPermissions: { publish: false, nudge: true, close: true },
    });
    const second = await call<TaskDetailDto>(district, 'POST', `/api/tasks/${draft.body.id}/publish`);
    expect(second.status).toBe(200);
    expect(second.body.publishedAt).toBe(first.body.publishedAt);
    expect(await countRows('assignments WHERE task_id = $1', [draft.body.id])).toBe(3);
    expect(
      await countRows(
        'assignment_timeline e JOIN assignments a ON a.id = e.assignment_id WHERE a.task_id = $1',
        [draft.body.id],
      ),
    ).toBe(3);
    const teamIds = (
      await db.query<{ teamId: string }[]>(`SELECT team_id AS "teamId" FROM assignments WHERE task_id = $1`, [
        draft.body.id,
      ])
    ).map((r) => r.teamId);
    expect(teamIds.sort()).toEqual(teams.map((t) => t.team.id).sort());

    // Each leader and deputy is told once, with a link to their own assignment.
    const card = await assignmentOf(teams[0]!.leader, draft.body.id);
    const bell = (await call<NotificationListDto>(teams[0]!.deputy, 'GET', '/api/notifications')).body;
    expect(bell.items.filter((n) => n.data.taskId === draft.body.id)).toEqual([
      expect.objectContaining({
        kind: 'task_published',
        title: 'Nhiệm vụ mới',
        link: `/inbox/${card.id}`,
        readAt: null,
      }),
    ]);
    const memberBell = (await call<NotificationListDto>(teams[0]!.member, 'GET', '/api/notifications')).body;
    expect(memberBell.items.filter((n) => n.data.taskId === draft.body.id)).toEqual([]);
  });

  it('publishes once under concurrent requests', async () => {
    const draft = await call<TaskDetailDto>(
      district,
      'POST',
      '/api/tasks',
      taskBody(unit('464').id, unit('19426').id),
    );
    const answers = await Promise.all(
      [1, 2, 3].map(() => call<TaskDetailDto>(district, 'POST', `/api/tasks/${draft.body.id}/publish`)),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(new Set(answers.map((a) => a.body.publishedAt)).size).toBe(1);
    expect(await countRows('assignments WHERE task_id = $1', [draft.body.id])).toBe(3);
  });

  it('shows an assignment to its team, its commune and the units above, and to nobody else', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const [a, b] = teams;
    const mine = await assignmentOf(a!.leader, task.id);
    expect(mine).toMatchObject({
      task: { id: task.id, status: 'published', issuerUnit: { id: unit('464').id } },
      team: { id: a!.team.id, kind: 'village' },
      unit: { id: a!.village.id },
      state: 'assigned',
      bucket: 'open_within_deadline',
      targetValue: 50,
      capabilities: { isTeamLeaderOrDeputy: true, isIssuer: false },
      availableActions: ['acknowledge', 'progress', 'complete', 'decline'],
    });
    const asMember = await call<AssignmentDto>(a!.member, 'GET', `/api/assignments/${mine.id}`);
    expect(asMember.body).toMatchObject({
      capabilities: { isTeamLeaderOrDeputy: false },
      availableActions: [],
    });
    expect(asMember.body.timeline).toEqual([
      expect.objectContaining({
        action: 'assign',
        from: null,
        to: 'assigned',
        actorName: district.user.fullName,
      }),
    ]);
    const otherTeam = await call(b!.leader, 'GET', `/api/assignments/${mine.id}`);
    expect([otherTeam.status, otherTeam.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const foreign = await Promise.all([
      call(otherDistrict, 'GET', `/api/assignments/${mine.id}`),
      call(otherDistrict, 'GET', `/api/tasks/${task.id}`),
      call(otherDistrict, 'GET', `/api/tasks/${task.id}/matrix`),
    ]);
    expect(foreign.map((r) => [r.status, r.body.code])).toEqual([
      [403, 'OUT_OF_JURISDICTION'],
      [403, 'OUT_OF_JURISDICTION'],
      [403, 'OUT_OF_JURISDICTION'],
    ]);
    const foreignList = await call<TaskListDto>(
      otherDistrict,
      'GET',
      `/api/tasks?issuerUnitId=${unit('464').id}`,
    );
    expect(foreignList.body.items).toEqual([]);

    const leaderView = await call<TaskDetailDto>(a!.leader, 'GET', `/api/tasks/${task.id}`);
    expect(leaderView.body).toMatchObject({ assignmentCount: 1, myPermissions: { nudge: false } });
    const chairMatrix = await call<TaskMatrixDto>(chair, 'GET', `/api/tasks/${task.id}/matrix`);
    expect(chairMatrix.body.total).toBe(3);
    const provinceViewer = await login(url, 'xem.tinh');
    expect(
      (await call<TaskDetailDto>(provinceViewer, 'GET', `/api/tasks/${task.id}`)).body.assignmentCount,
    ).toBe(3);
  });

  it('moves an assignment through the state machine; a refused step is a coded error and changes nothing', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const [a, b] = teams;
    const id = (await assignmentOf(a!.leader, task.id)).id;
    const reread = async () => (await call<AssignmentDto>(a!.leader, 'GET', `/api/assignments/${id}`)).body;

    const byMember = await act(a!.member, id, 'acknowledge');
    expect([byMember.status, byMember.body.code]).toEqual([403, 'ASSIGNMENT_ACTOR_NOT_ALLOWED']);
    const acknowledged = await act(a!.leader, id, 'acknowledge', { note: 'Đã nhận' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ duplicate: false, assignment: { state: 'acknowledged' } });

    const before = await reread();
    const twice = await act(a!.leader, id, 'acknowledge');
    expect([twice.status, twice.body.code]).toEqual([409, 'ASSIGNMENT_INVALID_TRANSITION']);
    const reopenEarly = await act(district, id, 'reopen', { reason: 'Chưa xong' });
    expect([reopenEarly.status, reopenEarly.body.code]).toEqual([409, 'ASSIGNMENT_INVALID_TRANSITION']);
    const negative = await act(a!.leader, id, 'progress', { value: -3 });
    expect([negative.status, negative.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await reread()).toEqual(before);

    const progressed = await act(a!.deputy, id, 'progress', { value: 20, note: 'Đã hướng dẫn 20 người' });
    expect(progressed.body.assignment).toMatchObject({ state: 'in_progress', progress: 20 });
    const completed = await act(a!.leader, id, 'complete', { value: 55 });
    expect(completed.body.assignment).toMatchObject({
      state: 'completed',
      progress: 55,
      bucket: 'done_on_time',
      belowTarget: false,
      completedAt: expect.any(String),
      availableActions: [],
    });
    const leaderReopens = await act(a!.leader, id, 'reopen', { reason: 'Làm lại' });
    expect([leaderReopens.status, leaderReopens.body.code]).toEqual([403, 'ASSIGNMENT_ACTOR_NOT_ALLOWED']);
    const reopened = await act(district, id, 'reopen', { reason: 'Số liệu chưa khớp' });
    expect(reopened.body.assignment).toMatchObject({ state: 'in_progress', progress: 55, completedAt: null });
    expect((await reread()).timeline!.map((e) => [e.action, e.from, e.to])).toEqual([
      ['assign', null, 'assigned'],
      ['acknowledge', 'assigned', 'acknowledged'],
      ['progress', 'acknowledged', 'in_progress'],
      ['complete', 'in_progress', 'completed'],
      ['reopen', 'completed', 'in_progress'],
    ]);

    const otherId = (await assignmentOf(b!.leader, task.id)).id;
    const declined = await act(b!.deputy, otherId, 'decline', { reason: 'Thôn đang mùa lũ' });
    expect(declined.body.assignment).toMatchObject({ state: 'declined', declineReason: 'Thôn đang mùa lũ' });
    const noReason = await act(b!.leader, otherId, 'decline', {});
    expect(noReason.status).toBe(400);
    const author = (await call<NotificationListDto>(district, 'GET', '/api/notifications?unreadOnly=true'))
      .body;
    expect(author.items.find((n) => n.data.assignmentId === otherId)).toMatchObject({
      kind: 'assignment_changed',
      link: `/tasks/${task.id}`,
    });

    const detail = (await call<TaskDetailDto>(district, 'GET', `/api/tasks/${task.id}`)).body;
    expect(detail.countsByState).toMatchObject({ assigned: 1, in_progress: 1, declined: 1 });
    expect(detail.countsByBucket).toMatchObject({ open_within_deadline: 2, declined: 1 });
  });

  it('applies an action carrying the same clientActionId once, however often it is sent', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const leader = teams[2]!.leader;
    const id = (await assignmentOf(leader, task.id)).id;
    const clientActionId = '7a0c2f1e-5b7d-4c1a-9d3e-1f2a3b4c5d6e';
    const body = { value: 12, clientActionId, actedAt: hoursFromNow(-0.1) };
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await act(leader, id, 'progress', body));
    expect(answers.map((a) => [a.status, a.body.duplicate])).toEqual([
      [200, false],
      [200, true],
      [200, true],
    ]);
    expect(answers[2]!.body.assignment).toMatchObject({ state: 'in_progress', progress: 12 });
    expect(
      await countRows('assignment_timeline WHERE assignment_id = $1 AND client_action_id = $2', [
        id,
        clientActionId,
      ]),
    ).toBe(1);
    // The generic form, as the offline queue sends it.
    const generic = await call<AssignmentActResult>(leader, 'POST', `/api/assignments/${id}/act`, {
      clientActionId,
      command: { type: 'progress', value: 99 },
    });
    expect(generic.body).toMatchObject({ duplicate: true, assignment: { progress: 12 } });
  });

  it('filters the matrix by unit, bucket, state and kind', async () => {
    const task = await publishedTask(url, district.accessToken, {
      ...taskBody(unit('464').id, unit('19426').id),
      target: { type: 'subtree', unitId: unit('19426').id, teamKinds: ['commune', 'village'] },
    });
    const [a] = teams;
    const id = (await assignmentOf(a!.leader, task.id)).id;
    await act(a!.leader, id, 'complete', { value: 30 });
    const matrix = (query: string) =>
      call<TaskMatrixDto>(district, 'GET', `/api/tasks/${task.id}/matrix${query}`);

    const all = (await matrix('')).body;
    expect(all.total).toBe(4);
    expect(all.rows[0]).toMatchObject({ team: { kind: 'commune' }, parentUnit: { id: unit('464').id } });
    expect(all.countsByBucket).toMatchObject({ done_on_time: 1, open_within_deadline: 3 });
    const done = (await matrix('?bucket=done_on_time')).body;
    expect(done.rows.map((r) => [r.assignmentId, r.belowTarget, r.canNudge])).toEqual([[id, true, false]]);
    expect((await matrix(`?unitId=${a!.village.id}`)).body.rows.map((r) => r.team.id)).toEqual([a!.team.id]);
    expect((await matrix('?teamKind=commune')).body.rows.map((r) => r.team.id)).toEqual([communeTeam.id]);
    const open = (await matrix('?states=assigned&limit=2&offset=1')).body;
    expect([open.total, open.rows.length, open.rows.every((r) => r.canNudge)]).toEqual([3, 2, true]);
    const bad = await matrix('?bucket=late');
    expect(bad.status).toBe(400);
  });

  it('nudges the teams behind, at most once per window (429 after), for the issuer only', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const done = await assignmentOf(teams[0]!.leader, task.id);
    await act(teams[0]!.leader, done.id, 'complete', { value: 50 });
    const byLeader = await call(teams[1]!.leader, 'POST', `/api/tasks/${task.id}/nudge`, {});
    expect([byLeader.status, byLeader.body.code]).toEqual([403, 'TASK_ACTOR_NOT_ALLOWED']);

    const first = await call<NudgePlan>(district, 'POST', `/api/tasks/${task.id}/nudge`, {
      message: 'Đề nghị các Tổ hoàn thành trước thứ Sáu',
    });
    expect(first.status).toBe(200);
    expect(first.body.nudge.map((n) => n.teamId).sort()).toEqual(
      [teams[1]!.team.id, teams[2]!.team.id].sort(),
    );
    expect(first.body.rateLimited).toEqual([]);
    const again = await call(district, 'POST', `/api/tasks/${task.id}/nudge`, {});
    expect([again.status, again.body.code]).toEqual([429, 'NUDGE_RATE_LIMITED']);
    expect(again.body.details.retryAt).toEqual(expect.any(String));
    const finished = await call(district, 'POST', `/api/tasks/${task.id}/nudge`, {
      teamIds: [teams[0]!.team.id],
    });
    expect([finished.status, finished.body.code]).toEqual([422, 'NUDGE_NO_TEAMS_BEHIND']);

    const bell = (await call<NotificationListDto>(teams[1]!.leader, 'GET', '/api/notifications')).body;
    expect(bell.items.filter((n) => n.data.taskId === task.id && n.kind === 'nudge')).toEqual([
      expect.objectContaining({ body: 'Đề nghị các Tổ hoàn thành trước thứ Sáu' }),
    ]);
    const row = (await call<TaskMatrixDto>(district, 'GET', `/api/tasks/${task.id}/matrix?states=assigned`))
      .body.rows[0]!;
    expect([row.canNudge, row.lastNudgedAt]).toEqual([false, expect.any(String)]);
  });

  it('edits a published task within the fields publishing left open, and cancels it', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const edited = await call<TaskDetailDto>(district, 'PATCH', `/api/tasks/${task.id}`, {
      title: 'Hướng dẫn cài đặt VNeID (đợt 2)',
      dueAt: '2031-01-31',
    });
    expect(edited.body).toMatchObject({
      title: 'Hướng dẫn cài đặt VNeID (đợt 2)',
      dueAt: '2031-01-31T16:59:59.999Z',
    });
    const locked = await call(district, 'PATCH', `/api/tasks/${task.id}`, {
      targetPerTeam: { value: 5, unitLabel: 'hộ' },
    });
    expect([locked.status, locked.body.code]).toEqual([422, 'TASK_FIELD_LOCKED']);
    const byOther = await call(otherDistrict, 'PATCH', `/api/tasks/${task.id}`, { title: 'X' });
    expect([byOther.status, byOther.body.code]).toEqual([403, 'TASK_ACTOR_NOT_ALLOWED']);
    const bell = (await call<NotificationListDto>(teams[2]!.leader, 'GET', '/api/notifications')).body;
    expect(bell.items.some((n) => n.data.taskId === task.id && n.kind === 'task_changed')).toBe(true);

    const done = await assignmentOf(teams[0]!.leader, task.id);
    await act(teams[0]!.leader, done.id, 'complete', {});
    const noReason = await call(district, 'POST', `/api/tasks/${task.id}/cancel`, {});
    expect(noReason.status).toBe(400);
    const cancelled = await call<TaskDetailDto>(district, 'POST', `/api/tasks/${task.id}/cancel`, {
      reason: 'Gộp vào nhiệm vụ khác',
    });
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Gộp vào nhiệm vụ khác',
      countsByState: { completed: 1, cancelled: 2 },
      myPermissions: { edit: false, cancel: false },
    });
    const late = await act(
      teams[1]!.leader,
      (await assignmentOf(teams[1]!.leader, task.id)).id,
      'acknowledge',
    );
    expect([late.status, late.body.code]).toEqual([409, 'TASK_NOT_OPEN']);
    const twice = await call(district, 'POST', `/api/tasks/${task.id}/cancel`, { reason: 'Lần nữa' });
    expect([twice.status, twice.body.code]).toEqual([409, 'TASK_INVALID_TRANSITION']);
  });

  it("closes a published task and keeps the issuer's note on it for everyone who sees it", async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    expect(task.closeNote).toBeNull();
    const byOther = await call(otherDistrict, 'POST', `/api/tasks/${task.id}/close`, { note: 'X' });
    expect([byOther.status, byOther.body.code]).toEqual([403, 'TASK_ACTOR_NOT_ALLOWED']);
    const closed = await call<TaskDetailDto>(district, 'POST', `/api/tasks/${task.id}/close`, {
      note: '  Đã tổng hợp kết quả  ',
    });
    expect(closed.body).toMatchObject({
      status: 'closed',
      closeNote: 'Đã tổng hợp kết quả',
      myPermissions: { edit: false, close: false },
    });
    expect(closed.body.closedAt).not.toBeNull();
    const reread = await call<TaskDetailDto>(teams[0]!.leader, 'GET', `/api/tasks/${task.id}`);
    expect(reread.body).toMatchObject({ status: 'closed', closeNote: 'Đã tổng hợp kết quả' });

    const silent = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19426').id));
    const closedSilently = await call<TaskDetailDto>(district, 'POST', `/api/tasks/${silent.id}/close`, {});
    expect(closedSilently.body).toMatchObject({ status: 'closed', closeNote: null });
  });

  it('lists tasks for issuers and for teams, a page at a time', async () => {
    const mine = await call<TaskListDto>(
      teams[0]!.leader,
      'GET',
      '/api/tasks?statuses=published&statuses=cancelled',
    );
    expect(mine.body.items.length).toBeGreaterThanOrEqual(5);
    expect(mine.body.items.every((t) => t.assignmentCount === 1)).toBe(true);
    const first = await call<TaskListDto>(district, 'GET', `/api/tasks?unitId=${unit('19426').id}&limit=2`);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call<TaskListDto>(
      district,
      'GET',
      `/api/tasks?unitId=${unit('19426').id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    const ids = [...first.body.items, ...second.body.items].map((t) => t.id);
    expect(new Set(ids).size).toBe(4);
    const searched = await call<TaskListDto>(district, 'GET', '/api/tasks?q=dot%202');
    expect(searched.body.items.map((t) => t.title)).toEqual(['Hướng dẫn cài đặt VNeID (đợt 2)']);
    const badCursor = await call(district, 'GET', '/api/tasks?cursor=abc');
    expect([badCursor.status, badCursor.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const inbox = await inboxOf(teams[1]!.leader, '?buckets=open_within_deadline');
    expect(inbox.length).toBeGreaterThan(0);
    expect(inbox.every((a) => a.team.id === teams[1]!.team.id && a.bucket === 'open_within_deadline')).toBe(
      true,
    );
  });

  it("reads and marks the caller's own notifications only", async () => {
    const session = teams[1]!.deputy;
    const list = (await call<NotificationListDto>(session, 'GET', '/api/notifications?limit=1')).body;
    expect(list.items).toHaveLength(1);
    expect(list.unreadCount).toBeGreaterThanOrEqual(2);
    const first = list.items[0]!;
    const foreign = await call(teams[0]!.deputy, 'POST', `/api/notifications/${first.id}/read`);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'NOT_FOUND']);
    const read = await call(session, 'POST', `/api/notifications/${first.id}/read`);
    expect(read.body).toMatchObject({ id: first.id, readAt: expect.any(String) });
    const after = (await call<NotificationListDto>(session, 'GET', '/api/notifications?limit=1')).body;
    expect(after.unreadCount).toBe(list.unreadCount - 1);
    await call(session, 'POST', '/api/notifications/read-all');
    const none = (await call<NotificationListDto>(session, 'GET', '/api/notifications?unreadOnly=true')).body;
    expect([none.items, none.unreadCount]).toEqual([[], 0]);
  });
});

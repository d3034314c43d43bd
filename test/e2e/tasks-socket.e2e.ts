import type {
  Ack,
  AssignmentActResult,
  AssignmentChangedPayload,
  AssignmentDto,
  LoginResponse,
  NotificationPayload,
  TaskChangedPayload,
  TaskPublishedPayload,
  UnitDto,
} from '@cdt/domain';
import { DataSource } from 'typeorm';
import type { AssignmentListDto } from '../../apps/api/src/tasks/dto';
import { http, login, startApp, type RunningApp } from '../support/app';
import { connectSocket, nextEvent, type ClientSocket } from '../support/socket';
import { publishedTask, taskBody, villageTeamsWithPeople, type TeamWithPeople } from '../support/tasks';
import { account, unitsByCode } from '../support/teams';

/** Live tasks over socket.io, in Xã Vĩnh Giang (19423, Vĩnh Linh), whose teams this file builds. */
describe('tasks: live events and acting over the socket', () => {
  let running: RunningApp;
  let url: string;
  let unit: (code: string) => UnitDto;
  let district: LoginResponse;
  let otherDistrict: LoginResponse;
  let chair: LoginResponse;
  let teams: TeamWithPeople[];
  const sockets: ClientSocket[] = [];
  const connect = async (session: LoginResponse) => {
    const socket = await connectSocket(url, session.accessToken);
    sockets.push(socket);
    return socket;
  };
  /** Collects every occurrence of an event from now on. */
  const record = <T>(socket: ClientSocket, event: string): T[] => {
    const seen: T[] = [];
    (socket as any).on(event, (payload: T) => seen.push(payload));
    return seen;
  };
  const actOver = (socket: ClientSocket, payload: unknown) =>
    new Promise<Ack<AssignmentActResult>>((resolve) =>
      (socket as any).emit('assignment:act', payload, resolve),
    );
  const assignmentOf = async (session: LoginResponse, taskId: string) =>
    (
      await http<AssignmentListDto>(url, 'GET', `/api/assignments?taskId=${taskId}`, {
        token: session.accessToken,
      })
    ).body.items[0]!;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464']);
    [district, otherDistrict] = await Promise.all([login(url, 'bcd.vinhlinh'), login(url, 'bcd.giolinh')]);
    chair = await account(url, admin.accessToken, 'e2e.tasksock.chair', [
      { unitId: unit('19423').id, role: 'commune_chair' },
    ]);
    teams = await villageTeamsWithPeople(
      url,
      admin.accessToken,
      chair.accessToken,
      unit('19423').id,
      2,
      'e2e.tasksock',
      '782',
    );
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.close();
  });

  it("tells each team's room that the task reached it, and its leaders by notification", async () => {
    const [a, b] = teams;
    const [leaderA, memberA, leaderB] = await Promise.all([
      connect(a!.leader),
      connect(a!.member),
      connect(b!.leader),
    ]);
    const published = record<TaskPublishedPayload>(leaderA, 'task:published');
    const heardByMember = nextEvent<TaskPublishedPayload>(memberA, 'task:published');
    const heardByB = nextEvent<TaskPublishedPayload>(leaderB, 'task:published');
    const bell = nextEvent<NotificationPayload>(leaderA, 'notification');
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19423').id));
    expect(await heardByMember).toEqual({ taskId: task.id, teamIds: [a!.team.id] });
    expect(await heardByB).toEqual({ taskId: task.id, teamIds: [b!.team.id] });
    const card = await assignmentOf(a!.leader, task.id);
    expect(await bell).toEqual({
      id: expect.any(String),
      kind: 'task_published',
      title: 'Nhiệm vụ mới',
      body: expect.stringContaining(task.title),
      link: `/inbox/${card.id}`,
    });
    await http(url, 'POST', `/api/tasks/${task.id}/publish`, { token: district.accessToken });
    await settle();
    expect(published).toEqual([{ taskId: task.id, teamIds: [a!.team.id] }]);
  });

  it('pushes assignment:changed to the team, the issuing unit and every unit above the team, not elsewhere', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19423').id));
    const [a] = teams;
    const [issuer, commune, member, foreign] = await Promise.all([
      connect(district),
      connect(chair),
      connect(a!.member),
      connect(otherDistrict),
    ]);
    const strays = record<AssignmentChangedPayload>(foreign, 'assignment:changed');
    const taskChanged = record<TaskChangedPayload>(foreign, 'task:changed');
    const heard = [issuer, commune, member].map((s) =>
      nextEvent<AssignmentChangedPayload>(s, 'assignment:changed'),
    );
    const id = (await assignmentOf(a!.leader, task.id)).id;
    const acted = await http<AssignmentActResult>(url, 'POST', `/api/assignments/${id}/acknowledge`, {
      token: a!.leader.accessToken,
    });
    expect(acted.status).toBe(200);
    const expected: AssignmentChangedPayload = {
      taskId: task.id,
      assignmentId: id,
      teamId: a!.team.id,
      state: 'acknowledged',
      bucket: 'open_within_deadline',
      progress: null,
      belowTarget: false,
      at: acted.body.assignment.lastChangedAt,
      clientActionId: null,
    };
    expect(await Promise.all(heard)).toEqual([expected, expected, expected]);
    await settle();
    expect([strays, taskChanged]).toEqual([[], []]);
  });

  it("answers 'assignment:act' by ack; a retried clientActionId is applied once", async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19423').id));
    const [, b] = teams;
    const [leader, member, issuer] = await Promise.all([
      connect(b!.leader),
      connect(b!.member),
      connect(district),
    ]);
    const changes = record<AssignmentChangedPayload>(issuer, 'assignment:changed');
    const assignmentId = (await assignmentOf(b!.leader, task.id)).id;
    const clientActionId = '3f1d2c4b-8a9e-4f70-b1c2-d3e4f5a6b7c8';
    const payload = { assignmentId, clientActionId, command: { type: 'progress', value: 7, note: 'Buổi 1' } };

    const acks = [];
    for (let i = 0; i < 3; i += 1) acks.push(await actOver(leader, payload));
    expect(
      acks.map(
        (ack) => ack.ok && [ack.data.duplicate, ack.data.assignment.state, ack.data.assignment.progress],
      ),
    ).toEqual([
      [false, 'in_progress', 7],
      [true, 'in_progress', 7],
      [true, 'in_progress', 7],
    ]);
    const db = running.app.get(DataSource);
    const entries = await db.query<{ action: string; note: string }[]>(
      `SELECT action, note FROM assignment_timeline WHERE assignment_id = $1 AND client_action_id = $2`,
      [assignmentId, clientActionId],
    );
    expect(entries).toEqual([{ action: 'progress', note: 'Buổi 1' }]);
    await settle();
    expect(changes.map((c) => [c.assignmentId, c.clientActionId, c.progress])).toEqual([
      [assignmentId, clientActionId, 7],
    ]);

    const refusals = await Promise.all([
      actOver(leader, { assignmentId, command: { type: 'acknowledge' } }),
      actOver(leader, {
        ...payload,
        clientActionId: '9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
        command: { type: 'acknowledge' },
      }),
      actOver(member, { ...payload, clientActionId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }),
      actOver(issuer, {
        ...payload,
        clientActionId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
        command: { type: 'reopen', reason: 'x' },
      }),
    ]);
    expect(refusals.map((ack) => !ack.ok && ack.error.code)).toEqual([
      'VALIDATION_FAILED',
      'ASSIGNMENT_INVALID_TRANSITION',
      'ASSIGNMENT_ACTOR_NOT_ALLOWED',
      'ASSIGNMENT_INVALID_TRANSITION',
    ]);
    const after = await http<AssignmentDto>(url, 'GET', `/api/assignments/${assignmentId}`, {
      token: b!.leader.accessToken,
    });
    expect(after.body.timeline!.map((e) => e.action)).toEqual(['assign', 'progress']);
  });

  it("brings a nudge to the leader's socket as a notification", async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19423').id));
    const leader = await connect(teams[0]!.leader);
    const bell = nextEvent<NotificationPayload>(leader, 'notification');
    const nudged = await http(url, 'POST', `/api/tasks/${task.id}/nudge`, {
      token: district.accessToken,
      body: { teamIds: [teams[0]!.team.id], message: 'Khẩn trương nhé' },
    });
    expect(nudged.status).toBe(200);
    expect(await bell).toMatchObject({
      kind: 'nudge',
      title: 'Đôn đốc thực hiện nhiệm vụ',
      body: 'Khẩn trương nhé',
    });
  });
});

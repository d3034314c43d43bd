import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import {
  planReminders,
  type ChannelDto,
  type HistoryPageDto,
  type LoginResponse,
  type NotificationPayload,
  type PlannedReminder,
  type TaskDetailDto,
  type UnitDto,
} from '@cdt/domain';
import { DataSource } from 'typeorm';
import { QUEUES, type JobName } from '../../apps/api/src/jobs/job-registry';
import { NotificationsRepository } from '../../apps/api/src/notifications/notifications.repository';
import { MonthlyReportReminders } from '../../apps/api/src/reminders/monthly-report.reminders';
import { reminderJobId, reminderJobName } from '../../apps/api/src/reminders/reminder-scheduler';
import { RemindersProcessor } from '../../apps/api/src/reminders/reminders.processor';
import { http, login, startApp, type RunningApp } from '../support/app';
import { startWorker } from '../support/worker';
import { connectSocket, type ClientSocket } from '../support/socket';
import {
  hoursFromNow,
  publishedTask,
  taskBody,
  villageTeamsWithPeople,
  type TeamWithPeople,
} from '../support/tasks';
import { account, unitsByCode } from '../support/teams';

/**
 * Reminders and escalation with the worker running in this process, in Xã Vĩnh Sơn (19420, Vĩnh Linh),
 * whose teams this file builds. Jobs are also driven directly, twice, to play a crash and its retry.
 */
describe('tasks: reminders, escalation and the monthly report reminder', () => {
  let worker: INestApplicationContext;
  let running: RunningApp;
  let url: string;
  let db: DataSource;
  let queue: Queue;
  let processor: RemindersProcessor;
  let unit: (code: string) => UnitDto;
  let district: LoginResponse;
  let chair: LoginResponse;
  let teams: TeamWithPeople[];
  const sockets: ClientSocket[] = [];

  const plan = (task: TaskDetailDto): PlannedReminder[] => planReminders(task, task.reminderPolicy, null);
  const reminderOf = (task: TaskDetailDto, kind: PlannedReminder['kind']) =>
    plan(task).find((r) => r.kind === kind)!;
  /** Runs a reminder job through the processor, as the worker would after taking it from the queue. */
  const run = (task: TaskDetailDto, reminder: PlannedReminder) =>
    processor.process({
      name: reminderJobName(reminder.kind),
      data: { taskId: task.id, kind: reminder.kind, dedupeKey: reminder.dedupeKey },
    } as Job<unknown, unknown, JobName>);
  const notificationsOf = (taskId: string, kind: string) =>
    db.query<{ userId: string }[]>(
      `SELECT user_id AS "userId" FROM notifications WHERE kind = $2 AND data->>'taskId' = $1 ORDER BY user_id`,
      [taskId, kind],
    );
  const leadsOf = (list: TeamWithPeople[]) => list.flatMap((t) => [t.leader.user.id, t.deputy.user.id]);
  const sorted = (ids: string[]) => [...ids].sort();
  /** The hub's messages about a task in a team's channel, as its leader reads them. */
  const hubMessagesAbout = async (team: TeamWithPeople, taskId: string) => {
    const token = team.leader.accessToken;
    const channels = await http<ChannelDto[]>(url, 'GET', '/api/channels', { token });
    const channel = channels.body.find((c) => c.teamId === team.team.id)!;
    const page = await http<HistoryPageDto>(url, 'GET', `/api/channels/${channel.id}/messages`, { token });
    return page.body.items.flatMap((m) => (m.system?.taskId === taskId ? [m.system] : []));
  };

  beforeAll(async () => {
    worker = await startWorker();
    running = await startApp();
    url = running.baseUrl;
    db = running.app.get(DataSource);
    queue = running.app.get<Queue>(getQueueToken(QUEUES.reminders));
    processor = worker.get(RemindersProcessor);
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464']);
    district = await login(url, 'bcd.vinhlinh');
    chair = await account(url, admin.accessToken, 'e2e.taskrem.chair', [
      { unitId: unit('19420').id, role: 'commune_chair' },
    ]);
    teams = await villageTeamsWithPeople(
      url,
      admin.accessToken,
      chair.accessToken,
      unit('19420').id,
      2,
      'e2e.taskrem',
      '783',
    );
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running?.close();
    await worker?.close();
  });

  it('marks the task overdue at its due date, once, for the teams and the commune chair, live from the worker', async () => {
    const socket = await connectSocket(url, teams[0]!.leader.accessToken);
    sockets.push(socket);
    const overdue = new Promise<NotificationPayload>((resolve) =>
      socket.on('notification', (n) => n.kind === 'overdue' && resolve(n)),
    );
    const task = await publishedTask(url, district.accessToken, {
      ...taskBody(unit('464').id, unit('19420').id),
      dueAt: new Date(Date.now() + 3_000).toISOString(),
      reminderPolicy: { unacknowledgedAfterHours: null, beforeDueDays: [], escalateAfterDays: null },
    });
    expect(plan(task).map((r) => r.kind)).toEqual(['overdue']);
    expect(await queue.getJob(reminderJobId(plan(task)[0]!))).toBeDefined();
    expect(await overdue).toMatchObject({
      title: 'Nhiệm vụ quá hạn',
      link: expect.stringMatching(/^\/inbox\//),
    });
    // The job commits every row before it dispatches any: once one arrives, all are stored (no wait needed).
    const expected = sorted([...leadsOf(teams), chair.user.id]);
    expect((await notificationsOf(task.id, 'overdue')).map((r) => r.userId)).toEqual(expected);

    // The same job again (a retry, or a second worker) finds its deliveries and sends nothing.
    expect(await run(task, plan(task)[0]!)).toEqual({ reached: 0, notifications: 0 });
    expect((await notificationsOf(task.id, 'overdue')).map((r) => r.userId)).toEqual(expected);
    const matrix = await http(url, 'GET', `/api/tasks/${task.id}/matrix`, { token: district.accessToken });
    expect(matrix.body.countsByBucket).toMatchObject({ open_overdue: 2 });

    // A leader who lives in the chat sees it too: the hub wrote the news and the overdue once each in the team's channel.
    const hubMessages = await hubMessagesAbout(teams[0]!, task.id);
    expect(hubMessages).toEqual([
      expect.objectContaining({ taskId: task.id, type: 'task_assigned', issuerUnitId: unit('464').id }),
      expect.objectContaining({ taskId: task.id, type: 'task_reminder', stage: 'overdue' }),
    ]);
  });

  it('loses no reminder and sends none twice when a run dies before its commit', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19420').id));
    const dueSoon = reminderOf(task, 'due_soon');
    const done = (
      await http(url, 'GET', `/api/assignments?taskId=${task.id}`, { token: teams[1]!.leader.accessToken })
    ).body.items[0];
    await http(url, 'POST', `/api/assignments/${done.id}/complete`, {
      token: teams[1]!.leader.accessToken,
      body: {},
    });

    const notifications = worker.get(NotificationsRepository);
    const crash = jest
      .spyOn(notifications, 'insertForTeamLeads')
      .mockRejectedValueOnce(new Error('worker killed mid-run'));
    await expect(run(task, dueSoon)).rejects.toThrow('worker killed mid-run');
    crash.mockRestore();
    const kept = await db.query(`SELECT 1 FROM reminder_deliveries WHERE dedupe_key = $1`, [
      dueSoon.dedupeKey,
    ]);
    expect(kept).toEqual([]);

    expect(await run(task, dueSoon)).toEqual({ reached: 1, notifications: 2 });
    expect(await run(task, dueSoon)).toEqual({ reached: 0, notifications: 0 });
    expect((await notificationsOf(task.id, 'reminder_due_soon')).map((r) => r.userId)).toEqual(
      sorted(leadsOf([teams[0]!])),
    );
  });

  it('escalates the open assignments to the issuing unit, and only to it', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19420').id));
    expect(await run(task, reminderOf(task, 'escalation'))).toEqual({ reached: 2, notifications: 1 });
    const rows = await db.query<{ userId: string; body: string }[]>(
      `SELECT user_id AS "userId", body FROM notifications WHERE kind = 'escalation' AND data->>'taskId' = $1`,
      [task.id],
    );
    expect(rows).toEqual([
      { userId: district.user.id, body: expect.stringMatching(/^2 Tổ chưa hoàn thành/) },
    ]);
    expect(await run(task, reminderOf(task, 'escalation'))).toEqual({ reached: 0, notifications: 0 });
  });

  it('reschedules the jobs when the deadline or the policy changes, and removes them on cancel', async () => {
    const task = await publishedTask(url, district.accessToken, taskBody(unit('464').id, unit('19420').id));
    const before = plan(task);
    expect(before.map((r) => r.kind)).toEqual([
      'unacknowledged',
      'due_soon',
      'due_soon',
      'overdue',
      'escalation',
    ]);
    for (const reminder of before) {
      const job = await queue.getJob(reminderJobId(reminder));
      expect(job).toMatchObject({ name: reminderJobName(reminder.kind), data: { taskId: task.id } });
      expect(job!.timestamp + job!.delay).toBeGreaterThanOrEqual(Date.parse(reminder.fireAt) - 1_000);
    }

    const edited = await http<TaskDetailDto>(url, 'PATCH', `/api/tasks/${task.id}`, {
      token: district.accessToken,
      body: { dueAt: hoursFromNow(24 * 20), reminderPolicy: { beforeDueDays: [2] } },
    });
    expect(edited.status).toBe(200);
    const after = plan(edited.body);
    expect(after.map((r) => r.kind)).toEqual(['unacknowledged', 'due_soon', 'overdue', 'escalation']);
    expect(after[1]!.dedupeKey).toContain('.due_soon.d-2.');
    const moved = before.filter((r) => r.kind !== 'unacknowledged');
    for (const reminder of moved) expect(await queue.getJob(reminderJobId(reminder))).toBeUndefined();
    for (const reminder of after) expect(await queue.getJob(reminderJobId(reminder))).toBeDefined();
    // A job of the old plan that was already running concerns nobody.
    expect(await run(task, moved[0]!)).toEqual({ reached: 0, notifications: 0 });

    await http(url, 'POST', `/api/tasks/${task.id}/cancel`, {
      token: district.accessToken,
      body: { reason: 'Hủy' },
    });
    for (const reminder of after) expect(await queue.getJob(reminderJobId(reminder))).toBeUndefined();
  });

  it("reminds each district's Culture and Information Office of the monthly report, once per reminder", async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toContainEqual(
      expect.objectContaining({
        key: 'report.monthly-reminder',
        pattern: '0 8 23-28 * *',
        tz: 'Asia/Ho_Chi_Minh',
      }),
    );
    const monthly = worker.get(MonthlyReportReminders);
    const [culture, gioLinh] = await Promise.all([login(url, 'vanhoa.vinhlinh'), login(url, 'bcd.giolinh')]);
    const sent = () =>
      db.query<{ userId: string; link: string }[]>(
        `SELECT user_id AS "userId", link FROM notifications
         WHERE kind = 'monthly_report' AND data->>'month' = '2031-05' AND user_id = ANY($1::uuid[]) ORDER BY created_at`,
        [[culture.user.id, gioLinh.user.id, district.user.id]],
      );

    expect(await monthly.run('2031-05-23T01:05:00.000Z')).toEqual({ notified: 0 });
    const first = await monthly.run('2031-05-24T01:05:00.000Z');
    expect(first.notified).toBeGreaterThanOrEqual(2);
    expect(await sent()).toEqual(
      expect.arrayContaining([
        { userId: culture.user.id, link: `/reports/monthly/${unit('464').id}` },
        { userId: gioLinh.user.id, link: `/reports/monthly/${unit('466').id}` },
      ]),
    );
    expect(await sent()).toHaveLength(2);
    expect(await monthly.run('2031-05-25T01:05:00.000Z')).toEqual({ notified: 0 });
    await monthly.run('2031-05-28T01:05:00.000Z');
    await monthly.run('2031-05-28T09:00:00.000Z');
    const counts = (await sent()).reduce<Record<string, number>>(
      (tally, row) => ({ ...tally, [row.userId]: (tally[row.userId] ?? 0) + 1 }),
      {},
    );
    // Vĩnh Linh has a head of the office (the demo's vanhoa.vinhlinh); Gio Linh has none, so its steering user.
    expect(counts).toEqual({ [culture.user.id]: 2, [gioLinh.user.id]: 2 });
  });

  it('shows the queue dashboard to admins only, by token once, then by its cookie', async () => {
    const board = `${url}/api/admin/queues`;
    const [admin, viewer] = await Promise.all([login(url, 'admin'), login(url, 'xem.tinh')]);
    expect((await fetch(board)).status).toBe(401);
    const refused = await fetch(board, { headers: { authorization: `Bearer ${viewer.accessToken}` } });
    expect([refused.status, ((await refused.json()) as { code: string }).code]).toEqual([403, 'FORBIDDEN']);
    expect((await fetch(`${board}?token=${viewer.accessToken}`, { redirect: 'manual' })).status).toBe(403);

    const entry = await fetch(`${board}?token=${admin.accessToken}`, { redirect: 'manual' });
    expect([entry.status, entry.headers.get('location')]).toEqual([303, '/api/admin/queues']);
    const cookie = entry.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^cdt_queue_board=.+; Max-Age=\d+; Path=\/api\/admin\/queues; .*HttpOnly; SameSite=Strict/,
    );
    const headers = { cookie: cookie.split(';')[0]! };
    const page = await fetch(board, { headers });
    expect([page.status, page.headers.get('content-type')]).toEqual([
      200,
      expect.stringContaining('text/html'),
    ]);
    const queues = await fetch(`${board}/api/queues?activeQueue=reminders&status=delayed&page=1`, {
      headers,
    });
    expect(queues.status).toBe(200);
    const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map((q) => q.name);
    expect(names.sort()).toEqual(Object.values(QUEUES).sort());

    const session = await fetch(`${url}/api/admin/queue-session`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.accessToken}` },
    });
    expect([session.status, session.headers.get('set-cookie')]).toEqual([
      204,
      expect.stringContaining('cdt_queue_board='),
    ]);
    const notAdmin = await http(url, 'POST', '/api/admin/queue-session', { token: viewer.accessToken });
    expect([notAdmin.status, notAdmin.body.code]).toEqual([403, 'FORBIDDEN']);
  });
});

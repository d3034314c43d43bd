import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import {
  AREA_MONTHLY_COMPILATION,
  TEAM_MONTHLY_ACTIVITY,
  periodOf,
  periodStartsAt,
  reportReminderSchedule,
  reportingPeriodAt,
  type CompilationDto,
  type CompletenessDto,
  type LoginResponse,
  type ReportDefinitionDto,
  type ReportDto,
  type UnitDto,
} from '@cdt/domain';
import { QUEUES, jobId, type ReportReminderJob } from '../../apps/api/src/jobs/job-registry';
import { NotificationDispatcher } from '../../apps/api/src/notifications/notification-dispatcher';
import { NotificationsRepository } from '../../apps/api/src/notifications/notifications.repository';
import { ReminderDeliveriesRepository } from '../../apps/api/src/reminders/reminder-deliveries.repository';
import { ReportReminders } from '../../apps/api/src/reports/report-reminders.service';
import { ReportsRepository } from '../../apps/api/src/reports/reports.repository';
import { http, login, startApp, type RunningApp } from '../support/app';
import { pdfText } from '../support/pdf-text';
import { publishedTask, taskBody, villageTeamsWithPeople, type TeamWithPeople } from '../support/tasks';
import { account, unitsByCode } from '../support/teams';

const QUANG_TRI_TEAM = 'Tổ công nghệ số cộng đồng – Quảng Trị';

/**
 * Monthly reporting over HTTP in Thành phố Đông Hà (461): no other test file works there (Đakrông belongs to
 * the rollup storm and the teams service spec). This file builds two village teams in the last of its communes
 * that has no team; the district's demo teams stay unfiled.
 */
describe('reports: team activity reports, the district compilation, completeness, exports', () => {
  let running: RunningApp;
  let url: string;
  let unit: (code: string) => UnitDto;
  let district: UnitDto;
  let commune: UnitDto;
  let teams: TeamWithPeople[];
  let official: LoginResponse;
  let province: LoginResponse;
  let otherDistrict: LoginResponse;
  let chair: LoginResponse;
  const periodId = periodOf(TEAM_MONTHLY_ACTIVITY, new Date().toISOString()).id;

  const call = <T = any>(session: LoginResponse, method: string, path: string, body?: unknown) =>
    http<T & { code?: string }>(url, method, path, { token: session.accessToken, body });
  const openTeam = (session: LoginResponse, teamId: string, period = periodId) =>
    call<ReportDto>(session, 'POST', '/api/reports/open', {
      definitionId: TEAM_MONTHLY_ACTIVITY.id,
      periodId: period,
      reporter: { teamId },
    });
  const openCompilation = (session: LoginResponse) =>
    call<CompilationDto>(session, 'POST', '/api/reports/open', {
      definitionId: AREA_MONTHLY_COMPILATION.id,
      periodId,
      reporter: { unitId: district.id },
    });
  const download = async (session: LoginResponse, path: string) => {
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    return { response, buffer: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['461']);
    district = unit('461');
    const communes = (
      await http<UnitDto[]>(url, 'GET', `/api/units/${district.id}/children`, { token: admin.accessToken })
    ).body
      .filter((u) => u.kind === 'commune')
      .sort((a, b) => b.code!.localeCompare(a.code!));
    const teamsIn = async (c: UnitDto) =>
      (await http<unknown[]>(url, 'GET', `/api/teams?unitId=${c.id}`, { token: admin.accessToken })).body
        .length;
    const counts = await Promise.all(communes.map(teamsIn));
    commune = communes[counts.indexOf(0)]!;
    [official, chair, province, otherDistrict] = await Promise.all([
      account(url, admin.accessToken, 'e2e.reports.district', [
        { unitId: district.id, role: 'district_steering' },
      ]),
      account(url, admin.accessToken, 'e2e.reports.chair', [{ unitId: commune.id, role: 'commune_chair' }]),
      login(url, 'bcd.tinh'),
      login(url, 'bcd.giolinh'),
    ]);
    teams = await villageTeamsWithPeople(
      url,
      admin.accessToken,
      chair.accessToken,
      commune.id,
      2,
      'e2e.reports',
      '791',
    );
    // A task due inside the period: one team completes it (done on time), the other leaves it open.
    const period = periodOf(TEAM_MONTHLY_ACTIVITY, new Date().toISOString());
    const dueAt = new Date((Date.now() + Date.parse(period.cutoffAt)) / 2).toISOString();
    expect(Date.parse(dueAt)).toBeGreaterThan(Date.parse(periodStartsAt(period)));
    const task = await publishedTask(url, official.accessToken, taskBody(district.id, commune.id, { dueAt }));
    const inbox = await call<{ items: { id: string }[] }>(
      teams[0]!.leader,
      'GET',
      `/api/assignments?taskId=${task.id}`,
    );
    const done = await call(
      teams[0]!.leader,
      'POST',
      `/api/assignments/${inbox.body.items[0]!.id}/complete`,
      {},
    );
    expect(done.status).toBe(200);
  }, 90_000);
  afterAll(() => running.close());

  it('lists the definitions with the plan’s cycle: teams by the 20th, the compilation before the 30th', async () => {
    const res = await call<ReportDefinitionDto[]>(official, 'GET', '/api/reports/definitions');
    expect(res.status).toBe(200);
    const byId = new Map(res.body.map((d) => [d.id, d]));
    expect(byId.get('team-monthly-activity')).toMatchObject({
      frequency: 'monthly',
      recipient: 'commune_above',
    });
    expect(byId.get('area-monthly-compilation')?.currentPeriod?.deadlineDate).toMatch(/-(29|28)$/);
    expect(byId.get('team-monthly-activity')?.currentPeriod?.deadlineDate).toMatch(/-20$/);
  });

  it('lets a team leader open, fill and submit the team’s report, and nobody else', async () => {
    const leader = teams[0]!.leader;
    const opened = await openTeam(leader, teams[0]!.team.id);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      state: 'draft',
      period: { id: periodId },
      availableActions: ['edit', 'submit'],
    });
    expect(opened.body.recipientUnit.id).toBe(commune.id);
    const again = await openTeam(leader, teams[0]!.team.id);
    expect(again.body.id).toBe(opened.body.id);

    const member = await openTeam(teams[0]!.member, teams[0]!.team.id);
    expect([member.status, member.body.code]).toEqual([403, 'REPORT_ACTOR_NOT_ALLOWED']);
    const foreign = await openTeam(otherDistrict, teams[0]!.team.id);
    expect([foreign.status, foreign.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const badPeriod = await openTeam(leader, teams[0]!.team.id, '2026-13');
    expect([badPeriod.status, badPeriod.body.code]).toEqual([422, 'REPORT_PERIOD_INVALID']);
    const badBody = await call(leader, 'PUT', `/api/reports/${opened.body.id}/content`, {
      residentsGuided: { vneid: -1 },
    });
    expect([badBody.status, badBody.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const badId = await call(leader, 'GET', '/api/reports/not-a-uuid');
    expect([badId.status, badId.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const saved = await call<ReportDto>(leader, 'PUT', `/api/reports/${opened.body.id}/content`, {
      residentsGuided: { vneid: 12, public_service_portal: 3 },
      training: { sessions: 1, participants: 20 },
      publicity: { activities: 2, description: 'Loa truyền thanh thôn' },
      initiatives: [{ title: 'Tủ sách số của thôn' }],
      commendations: [
        { nomineeKind: 'resident', name: 'Hồ Thị Lan', reason: 'Hướng dẫn 30 người dân cài VNeID' },
      ],
      notes: QUANG_TRI_TEAM,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.content.residentsGuided).toMatchObject({
      vneid: 12,
      public_service_portal: 3,
      other: 0,
    });
    const sent = await call<ReportDto>(leader, 'POST', `/api/reports/${opened.body.id}/submit`);
    expect(sent.body).toMatchObject({ state: 'submitted', onTime: true, availableActions: [] });
    expect(sent.body.history).toEqual([
      expect.objectContaining({
        action: 'submit',
        from: 'draft',
        to: 'submitted',
        actorName: 'E2E e2e.reports.leader1',
      }),
    ]);
    const twice = await call(leader, 'POST', `/api/reports/${opened.body.id}/submit`);
    expect([twice.status, twice.body.code]).toEqual([409, 'REPORT_INVALID_TRANSITION']);

    // The second team starts a draft and does not send it.
    const second = await openTeam(teams[1]!.deputy, teams[1]!.team.id);
    expect(second.status).toBe(200);
    await call(teams[1]!.deputy, 'PUT', `/api/reports/${second.body.id}/content`, {
      residentsGuided: { vneid: 5 },
    });
  });

  it('lets the commune chair return a team report and accept the corrected one, then locks it', async () => {
    const report = (await openTeam(teams[0]!.leader, teams[0]!.team.id)).body;
    const district2 = await call(otherDistrict, 'POST', `/api/reports/${report.id}/return`, {
      reason: 'Thiếu số liệu',
    });
    expect([district2.status, district2.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const noReason = await call(chair, 'POST', `/api/reports/${report.id}/return`, { reason: '  ' });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const returned = await call<ReportDto>(chair, 'POST', `/api/reports/${report.id}/return`, {
      reason: 'Bổ sung số người tham gia tập huấn',
    });
    expect(returned.body).toMatchObject({
      state: 'returned',
      returnReason: 'Bổ sung số người tham gia tập huấn',
    });
    const byLeader = await call(teams[0]!.leader, 'POST', `/api/reports/${report.id}/accept`, {});
    expect([byLeader.status, byLeader.body.code]).toEqual([403, 'REPORT_ACTOR_NOT_ALLOWED']);
    const fixed = await call<ReportDto>(teams[0]!.leader, 'PUT', `/api/reports/${report.id}/content`, {
      ...report.content,
      training: { sessions: 1, participants: 25 },
    });
    expect(fixed.body.content.training.participants).toBe(25);
    const resent = await call<ReportDto>(teams[0]!.leader, 'POST', `/api/reports/${report.id}/submit`);
    expect(resent.body).toMatchObject({ state: 'resubmitted', onTime: true });
    const accepted = await call<ReportDto>(chair, 'POST', `/api/reports/${report.id}/accept`, {
      note: 'Đạt',
    });
    expect(accepted.body.state).toBe('accepted');
    const late = await call(teams[0]!.leader, 'PUT', `/api/reports/${report.id}/content`, report.content);
    expect([late.status, late.body.code]).toEqual([409, 'REPORT_LOCKED']);
  });

  it('drafts the district compilation from the teams’ reports and task figures; the province accepts and locks it', async () => {
    const byChair = await openCompilation(chair);
    expect([byChair.status, byChair.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const byOther = await openCompilation(otherDistrict);
    expect([byOther.status, byOther.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);

    const opened = await openCompilation(official);
    expect(opened.status).toBe(200);
    const content = opened.body.content;
    expect(opened.body).toMatchObject({ state: 'draft', recipientUnit: { kind: 'province' } });
    const row = content.communes.find((c) => c.communeId === commune.id)!;
    expect(row).toMatchObject({ teamsExpected: 2, teamsReported: 1, teamsOnTime: 1 });
    expect(row.activity).toMatchObject({
      residentsGuidedTotal: 15,
      trainingSessions: 1,
      trainingParticipants: 25,
      publicityActivities: 2,
      initiatives: 1,
      commendationProposals: 1,
    });
    expect(row.activity.residentsGuided.vneid).toBe(12);
    expect(row.tasks.byBucket).toEqual({
      done_on_time: 1,
      done_late: 0,
      open_within_deadline: 1,
      open_overdue: 0,
    });
    expect(row.tasks.completionRate).toBe(0.5);
    expect(content.totals.activity.residentsGuidedTotal).toBe(15);
    expect(content.totals.teamsExpected).toBeGreaterThan(2); // the district's demo teams are expected too
    expect(content.initiatives).toEqual([
      expect.objectContaining({ title: 'Tủ sách số của thôn', teamId: teams[0]!.team.id }),
    ]);
    expect(content.notReported).toContainEqual(
      expect.objectContaining({ teamId: teams[1]!.team.id, status: 'draft', communeId: commune.id }),
    );

    const reviewed = await call<CompilationDto>(official, 'PUT', `/api/reports/${opened.body.id}/review`, {
      summary: `${QUANG_TRI_TEAM}: các Tổ hoạt động tích cực.`,
      proposals: 'Đề nghị Sở hỗ trợ tập huấn',
    });
    expect(reviewed.body.content.summary).toBe(`${QUANG_TRI_TEAM}: các Tổ hoạt động tích cực.`);
    const refreshed = await call<CompilationDto>(official, 'POST', `/api/reports/${opened.body.id}/refresh`);
    expect(refreshed.body.content.summary).toBe(reviewed.body.content.summary);
    const wrongKind = await call(official, 'PUT', `/api/reports/${opened.body.id}/content`, {});
    expect([wrongKind.status, wrongKind.body.code]).toEqual([400, 'VALIDATION_FAILED']);

    const sent = await call<CompilationDto>(official, 'POST', `/api/reports/${opened.body.id}/submit`);
    expect(sent.body.state).toBe('submitted');
    const selfAccept = await call(official, 'POST', `/api/reports/${opened.body.id}/accept`, {});
    expect([selfAccept.status, selfAccept.body.code]).toEqual([403, 'REPORT_ACTOR_NOT_ALLOWED']);
    const accepted = await call<CompilationDto>(
      province,
      'POST',
      `/api/reports/${opened.body.id}/accept`,
      {},
    );
    expect(accepted.body).toMatchObject({ state: 'accepted', availableActions: [] });
    const edit = await call(official, 'PUT', `/api/reports/${opened.body.id}/review`, { summary: 'Sửa sau' });
    expect([edit.status, edit.body.code]).toEqual([409, 'REPORT_LOCKED']);
    const refresh = await call(official, 'POST', `/api/reports/${opened.body.id}/refresh`);
    expect([refresh.status, refresh.body.code]).toEqual([409, 'REPORT_LOCKED']);
  });

  it('reports completeness and who has not reported at commune, district and province level', async () => {
    const query = (unitId: string, definitionId = TEAM_MONTHLY_ACTIVITY.id) =>
      `/api/reports/completeness?unitId=${unitId}&definitionId=${definitionId}&periodId=${periodId}`;
    const atCommune = await call<CompletenessDto>(chair, 'GET', query(commune.id));
    expect(atCommune.status).toBe(200);
    expect(atCommune.body.figures).toMatchObject({ expected: 2, submitted: 1, onTime: 1, accepted: 1 });
    expect(atCommune.body.notReported).toEqual([
      expect.objectContaining({ reporterId: teams[1]!.team.id, status: 'draft', kind: 'team' }),
    ]);

    const atDistrict = await call<CompletenessDto>(official, 'GET', query(district.id));
    const communeRow = atDistrict.body.children.find((c) => c.unit.id === commune.id);
    expect(communeRow?.figures).toMatchObject({ expected: 2, submitted: 1 });
    expect(atDistrict.body.figures.expected).toBe(
      atDistrict.body.children.reduce((sum, c) => sum + c.figures.expected, 0),
    );
    expect(atDistrict.body.notReported.length).toBe(
      atDistrict.body.figures.expected - atDistrict.body.figures.submitted,
    );

    const areas = await call<CompletenessDto>(
      province,
      'GET',
      query(unit('45').id, AREA_MONTHLY_COMPILATION.id),
    );
    expect(areas.body.figures.submitted).toBeGreaterThanOrEqual(1);
    expect(areas.body.notReported.map((r) => r.reporterId)).not.toContain(district.id);
    expect(areas.body.notReported.every((r) => r.kind === 'unit' && r.unit.kind === 'district')).toBe(true);

    const outside = await call(official, 'GET', query(unit('45').id));
    expect([outside.status, outside.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    const bad = await call(official, 'GET', `/api/reports/completeness?unitId=${district.id}`);
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('exports a compilation, a team report and completeness as XLSX and PDF with Vietnamese text', async () => {
    const [compilation] = (
      await call<{ items: CompilationDto[] }>(
        official,
        'GET',
        `/api/reports?unitId=${district.id}&definitionId=${AREA_MONTHLY_COMPILATION.id}&periodId=${periodId}`,
      )
    ).body.items;
    expect(compilation?.state).toBe('accepted');

    const xlsx = await download(province, `/api/reports/${compilation!.id}.xlsx`);
    expect(xlsx.response.status).toBe(200);
    expect(xlsx.response.headers.get('content-type')).toContain('spreadsheetml');
    expect(xlsx.response.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Đánh giá',
      'Sáng kiến',
      'Đề xuất khen thưởng',
      'Chưa báo cáo',
    ]);
    const sheet = workbook.getWorksheet('Tổng hợp')!;
    const communeRow = sheet.getRows(5, sheet.rowCount)!.find((r) => r.getCell(1).value === commune.name)!;
    expect(communeRow.getCell(4).value).toBe(12); // residents guided on VNeID
    expect(workbook.getWorksheet('Đánh giá')!.getCell('B5').value).toContain(QUANG_TRI_TEAM);

    const pdf = await download(province, `/api/reports/${compilation!.id}.pdf`);
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.buffer).replace(/\s+/g, ' ');
    expect(text).toContain(QUANG_TRI_TEAM);
    expect(text).toContain(commune.name);
    expect(text).toContain('Tủ sách số của thôn');

    const team = (await openTeam(teams[0]!.leader, teams[0]!.team.id)).body;
    const teamPdf = await download(teams[0]!.leader, `/api/reports/${team.id}.pdf`);
    expect(teamPdf.response.status).toBe(200);
    expect(pdfText(teamPdf.buffer).replace(/\s+/g, ' ')).toContain(`Ghi chú ${QUANG_TRI_TEAM}`);

    const completeness = await download(
      official,
      `/api/reports/completeness.xlsx?unitId=${district.id}&definitionId=${TEAM_MONTHLY_ACTIVITY.id}&periodId=${periodId}`,
    );
    expect(completeness.response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(completeness.buffer as unknown as ArrayBuffer);
    const missing = book.getWorksheet('Chưa báo cáo')!;
    const names = missing.getColumn(1).values.slice(5);
    expect(names).toContain(teams[1]!.team.name);

    const forbidden = await download(otherDistrict, `/api/reports/${compilation!.id}.pdf`);
    expect(forbidden.response.status).toBe(403);
    const badFormat = await download(province, `/api/reports/${compilation!.id}.docx`);
    expect(badFormat.response.status).toBe(400);
  });

  it('reminds the leader and deputy of each team that has not reported, once, and plans the jobs by id', async () => {
    // The worker's service, built over the API process's providers: starting a second worker here would
    // reconcile every task's reminder jobs and race the tasks-reminders file running beside this one.
    const get = <T>(token: new (...args: any[]) => T) => running.app.get(token, { strict: false });
    const queue = running.app.get<Queue<ReportReminderJob>>(getQueueToken(QUEUES.reminders), {
      strict: false,
    });
    const reminders = new ReportReminders(
      queue,
      get(ReportsRepository),
      new ReminderDeliveriesRepository(),
      get(NotificationsRepository),
      get(NotificationDispatcher),
    );
    const now = new Date().toISOString();
    const schedule = reportReminderSchedule(
      TEAM_MONTHLY_ACTIVITY,
      reportingPeriodAt(TEAM_MONTHLY_ACTIVITY, now),
      now,
    );
    expect(await reminders.plan(now)).toBe(schedule.length);
    for (const reminder of schedule) {
      const job = await queue.getJob(jobId('report.reminder', reminder.dedupeKey));
      expect(job?.data).toMatchObject({
        definitionId: TEAM_MONTHLY_ACTIVITY.id,
        dedupeKey: reminder.dedupeKey,
      });
      expect(job!.timestamp + job!.delay).toBeGreaterThanOrEqual(Date.parse(reminder.fireAt) - 1_000);
    }

    const job = {
      definitionId: TEAM_MONTHLY_ACTIVITY.id,
      periodId,
      daysBefore: 1,
      dedupeKey: `report-reminder.${TEAM_MONTHLY_ACTIVITY.id}.${periodId}.d-1`,
    };
    const first = await reminders.fire(job);
    expect(first.notified).toBeGreaterThanOrEqual(2);
    const db = running.app.get(DataSource);
    const remindersOf = async (session: LoginResponse) =>
      db.query<{ link: string; body: string }[]>(
        `SELECT link, body FROM notifications WHERE user_id = $1 AND kind = 'monthly_report' AND data->>'periodId' = $2`,
        [session.user.id, periodId],
      );
    const [toLeader] = await remindersOf(teams[1]!.leader);
    expect(toLeader?.link).toBe(
      `/reports/team/${teams[1]!.team.id}?definitionId=${TEAM_MONTHLY_ACTIVITY.id}&periodId=${periodId}`,
    );
    expect(toLeader?.body).toContain(teams[1]!.team.name);
    expect(await remindersOf(teams[1]!.deputy)).toHaveLength(1);
    expect(await remindersOf(teams[0]!.leader)).toHaveLength(0); // its report is accepted
    expect(await reminders.fire(job)).toEqual({ notified: 0 });
    expect(await remindersOf(teams[1]!.leader)).toHaveLength(1);
    for (const reminder of schedule) await queue.remove(jobId('report.reminder', reminder.dedupeKey));
  });
});

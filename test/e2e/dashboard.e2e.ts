import type { INestApplicationContext } from '@nestjs/common';
import type {
  DashboardMapDto,
  DashboardOverviewDto,
  DashboardTeamOverviewDto,
  DrillDownDto,
  LoginResponse,
  RollupChangedPayload,
  TeamDto,
  UnitDto,
} from '@cdt/domain';
import type { AssignmentListDto } from '../../apps/api/src/tasks/dto';
import { Workbook } from 'exceljs';
import { http, login, startApp, type RunningApp } from '../support/app';
import { startWorker } from '../support/worker';
import { connectSocket, type ClientSocket } from '../support/socket';
import { publishedTask, taskBody, villageTeamsWithPeople, type TeamWithPeople } from '../support/tasks';
import { account, unitsByCode } from '../support/teams';

/**
 * Resolves at the first 'rollup:changed' naming the unit after which `check` holds (older jobs of the chain
 * may still report before this change's own); rejects after `ms`.
 */
function changedUntil(
  socket: ClientSocket,
  unitId: string,
  check: () => Promise<boolean>,
  ms: number,
): Promise<RollupChangedPayload> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off('rollup:changed', listener);
      reject(new Error(`no rollup:changed for ${unitId} with the change within ${ms} ms`));
    }, ms);
    const listener = (payload: RollupChangedPayload) => {
      if (!payload.unitIds.includes(unitId)) return;
      void check().then((holds) => {
        if (!holds) return;
        clearTimeout(timer);
        socket.off('rollup:changed', listener);
        resolve(payload);
      });
    };
    socket.on('rollup:changed', listener);
  });
}

/** Dashboards at every level; live figures in a commune of Triệu Phong (469) without demo teams, made here. */
describe('dashboard', () => {
  let running: RunningApp;
  let worker: INestApplicationContext;
  let url: string;
  let unit: (code: string) => UnitDto;
  let admin: LoginResponse;
  let viewer: LoginResponse;
  let vinhLinhViewer: LoginResponse;
  let steering: LoginResponse;
  let commune: UnitDto;
  let team: TeamWithPeople;
  /** The task the live test completes, which the team test filters by. */
  let completedTaskId: string;
  const sockets: ClientSocket[] = [];
  const overview = (session: LoginResponse, query: string) =>
    http<DashboardOverviewDto>(url, 'GET', `/api/dashboard/overview?${query}`, {
      token: session.accessToken,
    });

  beforeAll(async () => {
    worker = await startWorker();
    running = await startApp();
    url = running.baseUrl;
    admin = await login(url, 'admin');
    [viewer, vinhLinhViewer, steering] = await Promise.all([
      login(url, 'xem.tinh'),
      login(url, 'vanhoa.vinhlinh'),
      login(url, 'bcd.tinh'),
    ]);
    unit = await unitsByCode(url, admin.accessToken, ['464', '469']);
    const communes = (
      await http<UnitDto[]>(url, 'GET', `/api/units/${unit('469').id}/children`, { token: admin.accessToken })
    ).body;
    for (const candidate of [...communes].reverse()) {
      const teams = await http<TeamDto[]>(url, 'GET', `/api/teams?unitId=${candidate.id}`, {
        token: admin.accessToken,
      });
      if (teams.body.length === 0) {
        commune = candidate;
        break;
      }
    }
    const chair = await account(url, admin.accessToken, 'e2e.dash.chair', [
      { unitId: commune.id, role: 'commune_chair' },
    ]);
    team = (
      await villageTeamsWithPeople(
        url,
        admin.accessToken,
        chair.accessToken,
        commune.id,
        1,
        'e2e.dash',
        '793',
      )
    )[0]!;
  }, 90_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await running.close();
    await worker.close();
  });

  it('shows the province, a district and a commune with the same layout, from the stored rollups', async () => {
    const province = await overview(viewer, `unitId=${unit('45').id}&sort=completionRate&order=desc`);
    expect(province.status).toBe(200);
    expect(province.body).toMatchObject({ unit: { kind: 'province' }, ancestors: [], source: 'rollup' });
    expect(province.body.children.map((row) => row.unit.kind)).toContain('district');
    expect(province.body.headline.teams.total).toBeGreaterThan(0);
    expect(province.body.children).toHaveLength(10);
    expect(province.body.trend.map((series) => series.metric)).toEqual([
      'completionRate',
      'onTimeRate',
      'complianceRate',
    ]);
    expect(province.body.trend[0]!.points).toHaveLength(30);

    const district = await overview(vinhLinhViewer, `unitId=${unit('464').id}`);
    expect(district.status).toBe(200);
    expect(district.body.ancestors.map((a) => a.id)).toEqual([unit('45').id]);
    expect(district.body.children.length).toBeGreaterThan(0);
    expect(district.body.children.every((row) => row.unit.kind === 'commune')).toBe(true);
    const names = district.body.children.map((row) => row.unit.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));

    const hoXa = await overview(vinhLinhViewer, `unitId=${unit('19363').id}`);
    expect(hoXa.status).toBe(200);
    expect(hoXa.body.ancestors.map((a) => a.id)).toEqual([unit('45').id, unit('464').id]);
    expect(hoXa.body.children.length).toBeGreaterThan(0);
    expect(hoXa.body.children.every((row) => row.unit.kind === 'village')).toBe(true);
    expect(hoXa.body.teams.map((row) => row.team.kind)).toEqual(['commune']);
  });

  it('refuses units outside the grant (403 with a code) and bad queries (400 with a code)', async () => {
    for (const path of [
      `/api/dashboard/overview?unitId=${unit('469').id}`,
      `/api/dashboard/drill-down?unitId=${unit('469').id}`,
      `/api/dashboard/map?unitId=${unit('469').id}`,
    ]) {
      const refused = await http(url, 'GET', path, { token: vinhLinhViewer.accessToken });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ code: 'OUT_OF_JURISDICTION' });
    }
    const notUuid = await overview(viewer, 'unitId=45');
    expect(notUuid.status).toBe(400);
    expect(notUuid.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const backwards = await overview(viewer, `unitId=${unit('45').id}&from=2025-03-01&to=2025-02-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const badSort = await overview(viewer, `unitId=${unit('45').id}&sort=nonsense`);
    expect(badSort.status).toBe(400);
  });

  it('draws the districts that have boundaries, and nothing for a commune without any', async () => {
    const province = await http<DashboardMapDto>(url, 'GET', `/api/dashboard/map?unitId=${unit('45').id}`, {
      token: viewer.accessToken,
    });
    expect(province.status).toBe(200);
    expect(province.body.type).toBe('FeatureCollection');
    expect(province.body.features.map((f) => f.properties.code).sort()).toContain('464');
    expect(province.body.features[0]!.geometry.type).toBe('MultiPolygon');
    const hoXa = await http<DashboardMapDto>(url, 'GET', `/api/dashboard/map?unitId=${unit('19363').id}`, {
      token: viewer.accessToken,
    });
    expect(hoXa.body).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('exports the overview table as XLSX and PDF, with the Vietnamese names intact', async () => {
    const download = (format: string, session: LoginResponse) =>
      fetch(`${url}/api/dashboard/overview.${format}?unitId=${unit('464').id}`, {
        headers: { authorization: `Bearer ${session.accessToken}` },
      });
    const xlsx = await download('xlsx', vinhLinhViewer);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => texts.push(row.getCell(1).text));
    expect(texts).toContain('Thị trấn Hồ Xá');
    const pdf = await download('pdf', vinhLinhViewer);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await download('pdf', await login(url, 'bcd.giolinh'))).status).toBe(403);
  });

  it('pushes rollup:changed within 2 s of an assignment change, with the figures changed', async () => {
    const socket = await connectSocket(url, viewer.accessToken);
    sockets.push(socket);
    const task = await publishedTask(url, steering.accessToken, taskBody(unit('45').id, commune.id));
    completedTaskId = task.id;
    // The publication reaches the commune's figures through its village's rollup job, then the commune's.
    const villageRow = (body: DashboardOverviewDto) =>
      body.children.find((r) => r.unit.id === team.village.id);
    let before = await overview(viewer, `unitId=${commune.id}`);
    for (let i = 0; i < 50 && villageRow(before.body)?.figures.assignments.total !== 1; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      before = await overview(viewer, `unitId=${commune.id}`);
    }
    expect(villageRow(before.body)?.figures.assignments.byState.assigned).toBe(1);
    expect(before.body.headline.assignments.byBucket.done_on_time).toBe(0);

    const assignment = (
      await http<AssignmentListDto>(url, 'GET', `/api/assignments?taskId=${task.id}`, {
        token: team.leader.accessToken,
      })
    ).body.items[0]!;
    const doneIn = (unitId: string) => async () =>
      (await overview(viewer, `unitId=${unitId}`)).body.headline.assignments.byBucket.done_on_time >= 1;
    const changed = changedUntil(socket, commune.id, doneIn(commune.id), 2_000);
    const province = changedUntil(
      socket,
      unit('45').id,
      async () => {
        const whole = await overview(viewer, `unitId=${unit('45').id}`);
        const row = whole.body.children.find((r) => r.unit.id === unit('469').id)!;
        return row.figures.assignments.byBucket.done_on_time >= 1;
      },
      5_000,
    );
    // Settled early so that a timeout here is this test's failure, not an unhandled rejection elsewhere.
    changed.catch(() => undefined);
    province.catch(() => undefined);
    const done = await http(url, 'POST', `/api/assignments/${assignment.id}/complete`, {
      token: team.leader.accessToken,
      body: { value: 60 },
    });
    expect(done.status).toBe(200);
    await changed;
    const after = await overview(viewer, `unitId=${commune.id}`);
    expect(after.body.headline.assignments.byBucket.done_on_time).toBe(1);
    expect(after.body.headline.completionRate).toBe(1);
    expect(
      after.body.children.find((r) => r.unit.id === team.village.id)!.figures.assignments.byState.completed,
    ).toBe(1);
    await province;

    const list = await http<DrillDownDto>(
      url,
      'GET',
      `/api/dashboard/drill-down?unitId=${commune.id}&bucket=done_on_time&taskId=${task.id}`,
      { token: viewer.accessToken },
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.rows[0]).toMatchObject({
      assignmentId: assignment.id,
      state: 'completed',
      bucket: 'done_on_time',
      team: { id: team.team.id },
      unit: { id: team.village.id },
    });
    const filtered = await overview(viewer, `unitId=${commune.id}&taskId=${task.id}`);
    expect(filtered.body.source).toBe('live');
    expect(filtered.body.headline.assignments.total).toBe(1);
  }, 30_000);

  it("ends the drill-down at a team: its row's figures, filtered like the overview, within the grants", async () => {
    const teamView = (session: LoginResponse, query: string) =>
      http<DashboardTeamOverviewDto>(url, 'GET', `/api/dashboard/team?${query}`, {
        token: session.accessToken,
      });
    const teamRow = async (query = '') => {
      const village = await overview(viewer, `unitId=${team.village.id}${query}`);
      return village.body.teams.find((row) => row.team.id === team.team.id)!;
    };
    // A second task, still open, which the task filter must leave out.
    const open = await publishedTask(
      url,
      steering.accessToken,
      taskBody(unit('45').id, commune.id, { title: 'Hướng dẫn thanh toán không dùng tiền mặt' }),
    );
    let row = await teamRow();
    for (let i = 0; i < 50 && row.figures.assignments.total !== 2; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      row = await teamRow();
    }
    expect(row.figures.assignments.total).toBe(2);

    // Both read the stored rollups: equal unless a late job rewrote the team between the two reads.
    let view = await teamView(viewer, `teamId=${team.team.id}`);
    for (let i = 0; i < 5 && view.body.asOf !== row.figures.asOf; i += 1) {
      row = await teamRow();
      view = await teamView(viewer, `teamId=${team.team.id}`);
    }
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      team: { id: team.team.id, name: team.team.name, kind: 'village', status: 'active' },
      unit: { id: team.village.id, kind: 'village' },
      source: 'rollup',
    });
    expect(view.body.ancestors.map((a) => a.id)).toEqual([
      unit('45').id,
      unit('469').id,
      commune.id,
      team.village.id,
    ]);
    expect(view.body.headline).toEqual(row.figures);
    expect(view.body.headline.assignments.byState).toMatchObject({ completed: 1, assigned: 1 });
    expect(view.body.headline.members.core).toBeGreaterThan(0);

    // Filtered by a task: that task's assignment only, as in the filtered overview's row.
    const withoutAsOf = (figures: DashboardTeamOverviewDto['headline']) => ({ ...figures, asOf: null });
    const byTask = await teamView(viewer, `teamId=${team.team.id}&taskId=${completedTaskId}`);
    expect(byTask.status).toBe(200);
    expect(byTask.body.source).toBe('live');
    expect(byTask.body.filters).toMatchObject({ teamId: team.team.id, taskId: completedTaskId });
    expect(byTask.body.headline.assignments.total).toBe(1);
    expect(byTask.body.headline.assignments.byBucket.done_on_time).toBe(1);
    expect(withoutAsOf(byTask.body.headline)).toEqual(
      withoutAsOf((await teamRow(`&taskId=${completedTaskId}`)).figures),
    );
    const byOpenTask = await teamView(viewer, `teamId=${team.team.id}&taskId=${open.id}`);
    expect(byOpenTask.body.headline.assignments.byState).toMatchObject({ assigned: 1, completed: 0 });

    const outside = await teamView(vinhLinhViewer, `teamId=${team.team.id}`);
    expect(outside.status).toBe(403);
    expect(outside.body).toMatchObject({ code: 'OUT_OF_JURISDICTION' });
    const unknown = await teamView(viewer, 'teamId=3f1c2a9e-0000-4000-8000-00000000dead');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'TEAM_NOT_FOUND' });
    for (const query of ['teamId=not-a-team', '', `teamId=${team.team.id}&from=2025-03-01&to=2025-02-01`]) {
      const refused = await teamView(viewer, query);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  }, 30_000);
});

import type {
  ComplianceReportDto,
  LoginResponse,
  RolloutProgressDto,
  TeamDetailDto,
  TeamDto,
  UnitDto,
} from '@cdt/domain';
import { http, login, startApp, type RunningApp } from '../support/app';
import { account, phoneIn, unitsByCode, villagesOf } from '../support/teams';

/** Compliance and roll-out over the demo data, and the roster CSV on a Cam Lộ commune the demo leaves empty. */
describe('team registry: compliance, roll-out and roster CSV', () => {
  let running: RunningApp;
  let url: string;
  let admin: LoginResponse;
  let unit: (code: string) => UnitDto;
  // The demo's bcd.giolinh is locked by the sign-in rate-limit test: a steering account of our own instead.
  let gioLinh: LoginResponse;

  const get = <T = any>(session: LoginResponse, path: string) =>
    http<T>(url, 'GET', path, { token: session.accessToken });

  beforeAll(async () => {
    running = await startApp();
    url = running.baseUrl;
    admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['464', '466', '468', '469', '470']);
    gioLinh = await account(url, admin.accessToken, 'e2e.bcd.giolinh', [
      { unitId: unit('466').id, role: 'district_steering' },
    ]);
  });
  afterAll(() => running.close());

  describe('compliance', () => {
    const findings = (report: ComplianceReportDto) =>
      report.teams.map((t) => [t.kind, t.coreCount, t.findings.map((f) => f.code)]);

    it('finds the seeded departures from §3.1 in the subtree asked for', async () => {
      const town = await get<ComplianceReportDto>(
        gioLinh,
        `/api/teams/compliance?unitId=${unit('19495').id}`,
      );
      expect(town.status).toBe(200);
      expect(town.body.teams[0]).toMatchObject({ kind: 'commune', coreCount: 4 });
      expect(town.body.teams[0]!.findings).toEqual([
        expect.objectContaining({ code: 'MISSING_SLOT', slot: 'youth_union', severity: 'error' }),
        expect.objectContaining({ code: 'BELOW_MINIMUM', coreCount: 4, limit: 5, severity: 'warning' }),
      ]);
      const villages = town.body.totals.villages;
      expect(town.body.totals).toMatchObject({
        communes: 1,
        communesWithTeam: 1,
        villagesWithTeam: 2,
        teams: 3,
      });
      expect(town.body.unitsWithoutTeam).toHaveLength(villages - 2);
      expect(town.body.unitsWithoutTeam.every((u) => u.kind === 'village')).toBe(true);

      const cuaViet = await get<ComplianceReportDto>(
        gioLinh,
        `/api/teams/compliance?unitId=${unit('19496').id}`,
      );
      expect(findings(cuaViet.body)).toContainEqual(['village', 4, ['BELOW_MINIMUM']]);
      const aiTu = await get<ComplianceReportDto>(admin, `/api/teams/compliance?unitId=${unit('19624').id}`);
      expect(findings(aiTu.body)).toContainEqual(['village', 6, ['MISSING_DEPUTY']]);
      const haiQue = await get<ComplianceReportDto>(
        admin,
        `/api/teams/compliance?unitId=${unit('19696').id}`,
      );
      expect(haiQue.body.teams.find((t) => t.status === 'proposed')!.findings.map((f) => f.code)).toEqual([
        'NOT_ACTIVE',
        'BELOW_MINIMUM',
      ]);
    });

    it('sums a whole province and refuses a unit outside the jurisdiction', async () => {
      const report = await get<ComplianceReportDto>(admin, `/api/teams/compliance?unitId=${unit('45').id}`);
      const { totals } = report.body;
      expect(totals.teams).toBe(report.body.teams.length);
      expect(totals.communes).toBe(125);
      expect(totals.communesWithTeam).toBeGreaterThanOrEqual(29);
      for (const code of ['MISSING_SLOT', 'MISSING_DEPUTY', 'BELOW_MINIMUM', 'NOT_ACTIVE'] as const) {
        expect([code, totals.findingsByCode[code]! > 0]).toEqual([code, true]);
      }
      expect(totals.teamsWithErrors).toBe(
        report.body.teams.filter((t) => t.findings.some((f) => f.severity === 'error')).length,
      );
      const vinhLinh = await login(url, 'bcd.vinhlinh');
      const other = await get(vinhLinh, `/api/teams/compliance?unitId=${unit('466').id}`);
      expect([other.status, other.body.code]).toEqual([403, 'OUT_OF_JURISDICTION']);
    });
  });

  describe('roll-out', () => {
    it('shows a district its targets against the teams formed in each phase', async () => {
      const vinhLinh = await login(url, 'bcd.vinhlinh');
      const res = await get<RolloutProgressDto>(
        vinhLinh,
        `/api/teams/rollout?unitId=${unit('464').id}&asOf=2023-01-15`,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        scopeUnitId: unit('464').id,
        asOf: '2023-01-15',
        currentPeriod: 'after_plan',
      });
      expect(res.body.areas).toHaveLength(1);
      const [area] = res.body.areas;
      expect(area).toMatchObject({
        areaUnitId: unit('464').id,
        areaName: 'Huyện Vĩnh Linh',
        areaKind: 'district',
      });
      const [pilot, expansion, scaleUp] = area!.phases;
      expect(pilot).toMatchObject({
        phase: 'pilot',
        actual: { communes: 2, communeTeams: 2, villageTeams: 4 },
        target: {
          communes: { min: 2, max: 2 },
          communeTeams: { min: 2, max: 2 },
          villageTeams: { min: 4, max: 4 },
        },
        status: 'met',
      });
      const villageTeams = (
        await get<TeamDto[]>(vinhLinh, `/api/teams?unitId=${unit('464').id}&kind=village&limit=500`)
      ).body;
      const formedInExpansion = villageTeams.filter((t) => t.rolloutPeriod === 'expansion').length;
      expect(formedInExpansion).toBeGreaterThanOrEqual(12);
      expect(expansion).toMatchObject({
        phase: 'expansion',
        actual: { communes: 3, communeTeams: 3, villageTeams: formedInExpansion },
        status: formedInExpansion >= 15 ? 'met' : 'missed',
      });
      expect(scaleUp).toMatchObject({ phase: 'scale_up', target: null, status: 'ended' });
      expect(area!.communes.find((c) => c.communeId === unit('19363').id)).toMatchObject({
        name: 'Thị trấn Hồ Xá',
        enteredIn: 'pilot',
        communeTeamFormedIn: 'pilot',
        villageTeamsInEntryPhase: 2,
        villageTarget: { min: 2, max: 2 },
        meetsVillageTarget: true,
      });

      const early = await get<RolloutProgressDto>(
        vinhLinh,
        `/api/teams/rollout?unitId=${unit('464').id}&asOf=2022-06-15`,
      );
      expect(early.body.currentPeriod).toBe('pilot');
      expect(early.body.areas[0]!.phases.map((p) => p.status)).toEqual(['met', 'upcoming', 'upcoming']);
      const other = await get(vinhLinh, `/api/teams/rollout?unitId=${unit('466').id}`);
      expect(other.status).toBe(403);
    });

    it('gives the province one area per district, districts without communes included', async () => {
      const res = await get<RolloutProgressDto>(
        admin,
        `/api/teams/rollout?unitId=${unit('45').id}&asOf=2022-08-01`,
      );
      expect(res.body.areas).toHaveLength(10);
      const pilots = res.body.areas.map((a) => [a.areaName, a.phases[0]!.status]);
      expect(pilots.filter(([, status]) => status === 'met')).toHaveLength(9);
      expect(pilots).toContainEqual(['Huyện Cồn Cỏ', 'missed']);
      const badDate = await get(admin, `/api/teams/rollout?unitId=${unit('45').id}&asOf=2022-13-01`);
      expect(badDate.status).toBe(400);
    });
  });

  describe('roster CSV', () => {
    let chair: LoginResponse;
    let villageNames: string[];
    const phone = phoneIn('773');
    const header = 'commune_code,village_name,full_name,phone,role,slot';
    const importCsv = (session: LoginResponse, csv: string, dryRun: boolean) =>
      http<any>(url, 'POST', `/api/teams/roster/import?dryRun=${dryRun}`, {
        token: session.accessToken,
        body: { csv },
      });
    const teamsOfCommune = async () =>
      (await get<TeamDto[]>(chair, `/api/teams?unitId=${unit('19612').id}`)).body.filter(
        (t) => t.status !== 'dissolved',
      );

    beforeAll(async () => {
      chair = await account(url, admin.accessToken, 'e2e.chair.camthanh', [
        { unitId: unit('19612').id, role: 'commune_chair' },
      ]);
      villageNames = (await villagesOf(url, admin.accessToken, unit('19612').id)).map((v) => v.name);
    });

    it('reports every bad row by its line in a dry run, and writes nothing of a bad file', async () => {
      const csv = [
        header,
        `19612,,Nguyễn Văn Một,${phone(1)},Tổ trưởng,`,
        '19612,,Trần Văn Hai,12345,Thành viên,Bí thư Đoàn',
        `99999,,Lê Văn Ba,${phone(3)},Thành viên,Hội LHPN`,
        '',
        `19363,,Phạm Văn Bốn,${phone(4)},Thành viên,CCHC`,
        `19612,Thôn Không Có,Võ Văn Năm,${phone(5)},Tổ trưởng,`,
        `19612,,Đỗ Văn Sáu,${phone(6)},chủ tịch,`,
        `468,,Bùi Văn Bảy,${phone(7)},Thành viên,CCHC`,
        `19612,,Ngô Văn Tám,${phone(1)},Thành viên,Công an xã`,
      ].join('\n');
      const dry = await importCsv(chair, csv, true);
      expect(dry.status).toBe(200);
      expect(dry.body.ok).toBe(false);
      expect(dry.body.problems.map((p: any) => [p.line, p.column, p.code, p.reason])).toEqual([
        [3, 'phone', 'VALIDATION_FAILED', 'PHONE_FORMAT'],
        [4, 'commune_code', 'UNIT_NOT_FOUND', 'COMMUNE_NOT_FOUND'],
        [6, 'commune_code', 'OUT_OF_JURISDICTION', 'COMMUNE_OUT_OF_JURISDICTION'],
        [7, 'village_name', 'UNIT_NOT_FOUND', 'VILLAGE_NOT_FOUND'],
        [8, 'role', 'VALIDATION_FAILED', 'ROLE_UNKNOWN'],
        [9, 'commune_code', 'UNIT_NOT_FOUND', 'NOT_A_COMMUNE'],
        [10, 'phone', 'ALREADY_MEMBER', 'DUPLICATE_PHONE'],
      ]);
      // Params carry what a translation needs; the English message stays for API clients.
      expect(dry.body.problems.map((p: any) => p.params)).toEqual([
        { value: '12345' },
        { code: '99999' },
        { code: '19363', name: expect.any(String) },
        { code: '19612', village: 'Thôn Không Có' },
        { value: 'chủ tịch' },
        { code: '468', kind: 'district' },
        { phone: phone(1), earlierLine: 2 },
      ]);
      expect(dry.body.problems[5].message).toBe('468 is a district, not a commune');
      const real = await importCsv(chair, csv, false);
      expect([real.status, real.body.code]).toEqual([400, 'IMPORT_INVALID']);
      expect(real.body.details).toEqual(dry.body.problems);
      expect(await teamsOfCommune()).toEqual([]);

      const noHeader = await importCsv(chair, `19612,,A,${phone(1)},leader,\n`, true);
      expect(noHeader.body.problems[0]).toMatchObject({
        line: 1,
        code: 'IMPORT_INVALID',
        reason: 'HEADER_COLUMNS_MISSING',
      });
    });

    it('imports a clean file in one go, and exports rosters that re-import to the same lists', async () => {
      const [first, second] = villageNames;
      const rows = [
        `19612,,Nguyễn Văn Một,${phone(1)},Tổ trưởng,`,
        `19612,,Trần Thị Hai,${phone(2)},Thành viên,Bí thư Đoàn`,
        `19612,,Lê Thị Ba,${phone(3)},Thành viên,Hội LHPN`,
        `19612,,Phạm Văn Bốn,${phone(4)},thanh vien,cchc`,
        `19612,,Võ Văn Năm,+84${phone(5).slice(1)},member,culture_social_or_police`,
        `19612,${first},Đỗ Văn Sáu,${phone(6)},Tổ trưởng,"Tổ trưởng tổ dân phố / Trưởng thôn, bản"`,
        `19612,${first},Ngô Thị Bảy,${phone(7)},Tổ phó,`,
        `19612,${first},Bùi Văn Tám,${phone(8)},Thành viên,Công an`,
        `19612,${first},Hồ Thị Chín,${phone(9)},Thành viên,Giáo viên`,
        `19612,${first},Trần Thị Hai,${phone(2)},Thành viên,Học sinh`,
        `19612,${second},Dương Văn Mười,${phone(10)},leader,village_head`,
        `19612,${second},Lý Thị Mười Một,${phone(11)},deputy,`,
        `19612,${second},Phan Văn Mười Hai,${phone(12)},member,health_worker`,
        `19612,${second},Hoàng Thị Mười Ba,${phone(13)},member,resident`,
        `19612,${second},Đặng Văn Mười Bốn,${phone(14)},member,telecom_it_staff`,
        `19612,${second},Nguyễn Thị Mười Lăm,${phone(15)},CTV,student`,
      ];
      const csv = `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`;
      const dry = await importCsv(chair, csv, true);
      expect(dry.body).toMatchObject({
        ok: true,
        dryRun: true,
        problems: [],
        summary: { newTeams: 3, newPersons: 15, memberships: 16 },
      });
      expect(await teamsOfCommune()).toEqual([]);
      const imported = await importCsv(chair, csv, false);
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({
        ok: true,
        dryRun: false,
        summary: { newTeams: 3, newPersons: 15 },
      });

      const teams = await teamsOfCommune();
      expect(teams.map((t) => [t.kind, t.unit.name, t.status, t.coreCount, t.collaboratorCount])).toEqual([
        ['commune', 'Xã Cam Thành', 'proposed', 5, 0],
        ['village', first, 'proposed', 5, 0],
        ['village', second, 'proposed', 5, 1],
      ]);
      const communeTeam = (await get<TeamDetailDto>(chair, `/api/teams/${teams[0]!.id}`)).body;
      expect(
        communeTeam.members.map((m) => [m.person.fullName, m.person.phone, m.role, m.slot]),
      ).toContainEqual(['Võ Văn Năm', phone(5), 'member', 'culture_social_or_police']);
      const again = await importCsv(chair, csv, true);
      expect(again.body.problems.map((p: any) => p.code)).toEqual(Array(16).fill('ALREADY_MEMBER'));
      expect(again.body.problems.every((p: any) => p.reason === 'ALREADY_MEMBER')).toBe(true);

      const raw = async () =>
        fetch(`${url}/api/teams/roster/export?unitId=${unit('19612').id}`, {
          headers: { authorization: `Bearer ${chair.accessToken}` },
        });
      const response = await raw();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="to-cnscd-19612.csv"');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.startsWith(`\uFEFF${header}\r\n`)).toBe(true);
      expect(text.trimEnd().split('\r\n')).toHaveLength(17);
      expect(text).toContain(
        `19612,${first},Đỗ Văn Sáu,${phone(6)},Tổ trưởng,"Tổ trưởng tổ dân phố / Trưởng thôn, bản"`,
      );

      for (const team of teams) {
        const dissolved = await http(url, 'POST', `/api/teams/${team.id}/dissolve`, {
          token: chair.accessToken,
          body: { dissolvedOn: '2023-12-31', reason: 'Nhập lại danh sách' },
        });
        expect(dissolved.status).toBe(200);
      }
      const reimported = await importCsv(chair, text, false);
      expect(reimported.body).toMatchObject({
        ok: true,
        summary: { newTeams: 3, newPersons: 0, memberships: 16 },
      });
      const text2 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await raw()).arrayBuffer());
      expect(text2).toBe(text);

      const refused = await get(gioLinh, `/api/teams/roster/export?unitId=${unit('19612').id}`);
      expect(refused.status).toBe(403);
      const elsewhere = await importCsv(gioLinh, csv, true);
      expect(elsewhere.body.problems.length).toBeGreaterThan(0);
      expect(elsewhere.body.problems.every((p: any) => p.code === 'OUT_OF_JURISDICTION')).toBe(true);
      expect(elsewhere.body.problems.every((p: any) => p.reason === 'COMMUNE_OUT_OF_JURISDICTION')).toBe(
        true,
      );
    });
  });
});

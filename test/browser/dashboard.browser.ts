import { readFile } from 'node:fs/promises';
import type { INestApplicationContext } from '@nestjs/common';
import {
  AREA_MONTHLY_COMPILATION,
  metricValue,
  RATE_METRICS,
  reportingPeriodAt,
  TEAM_MONTHLY_ACTIVITY,
  type DashboardTeamOverviewDto,
  type LoginResponse,
  type RollupMetric,
  type UnitDto,
  type UnitRollup,
} from '@cdt/domain';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import type { AssignmentListDto } from '../../apps/api/src/tasks/dto';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from '../support/app';
import { startWorker } from '../support/worker';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, signIn } from '../support/browser';
import { pdfText } from '../support/pdf-text';
import { publishedTask, taskBody, villageTeamsWithPeople, type TeamWithPeople } from '../support/tasks';
import { account, E2E_PASSWORD, unitsByCode } from '../support/teams';

/** Xã Hải Chánh (19738, Hải Lăng): no demo team and no other test file works there. */
const COMMUNE_CODE = '19738';

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Waits until the element's text is exactly `text` (figures change live, without a reload). */
async function waitForText(page: Page, testId: string, text: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    ([id, expected]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === expected,
    [testId, text] as const,
    { timeout },
  );
}

/** The headline figures a page shows, as the web formats them (Vietnamese counts and percentages). */
const HEADLINE_METRICS: RollupMetric[] = [
  'activeTeams',
  'compliantTeams',
  'members',
  'assignments',
  'doneOnTime',
  'doneLate',
  'openWithinDeadline',
  'openOverdue',
  'completionRate',
  'onTimeRate',
];
function headlineText(figures: UnitRollup, metric: RollupMetric): string {
  const value = metricValue(figures, metric);
  if (value === null) return '–';
  return RATE_METRICS.includes(metric)
    ? new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(value)
    : new Intl.NumberFormat('vi-VN').format(value);
}

async function downloaded(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

describe('the dashboard and monthly reports in real browsers', () => {
  let running: RunningApp;
  let worker: INestApplicationContext;
  let browser: Browser;
  let url: string;
  let unit: (code: string) => UnitDto;
  let commune: UnitDto;
  let teams: TeamWithPeople[];
  let chair: LoginResponse;
  let taskId: string;

  beforeAll(async () => {
    // Rollups are recomputed by the worker's jobs: run it in this process beside the API.
    worker = await startWorker();
    running = await startApp();
    url = running.baseUrl;
    browser = await launchBrowser();
    const admin = await login(url, 'admin');
    unit = await unitsByCode(url, admin.accessToken, ['470']);
    commune = unit(COMMUNE_CODE);
    chair = await account(url, admin.accessToken, 'b.dash.chair', [
      { unitId: commune.id, role: 'commune_chair' },
    ]);
    teams = await villageTeamsWithPeople(
      url,
      admin.accessToken,
      chair.accessToken,
      commune.id,
      2,
      'b.dash',
      '796',
    );
    const province = await login(url, 'bcd.tinh');
    const task = await publishedTask(url, province.accessToken, taskBody(unit('45').id, commune.id));
    taskId = task.id;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await worker?.close();
  });

  it("shows a team's completion change live on an official's dashboard after its leader completes", async () => {
    const { page } = await newPage(browser, DESKTOP);
    await signIn(page, url, 'bcd.tinh', DEMO_PASSWORD);
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-title').waitFor();
    await expect(page.getByTestId('dashboard-title').textContent()).resolves.toBe(unit('45').name);
    await page.getByTestId('dashboard-children').waitFor();
    await screenshot(page, 'dashboard-province');

    // Drill down by rows (a click beside the links): province → Hải Lăng → Xã Hải Chánh.
    await page.getByTestId(`dashboard-children-row-${unit('470').id}`).click({ position: { x: 3, y: 3 } });
    await waitForText(page, 'dashboard-title', unit('470').name);
    await page.getByTestId(`dashboard-children-row-${commune.id}`).click({ position: { x: 3, y: 3 } });
    await waitForText(page, 'dashboard-title', commune.name);
    await page.getByTestId(`dashboard-breadcrumb-${unit('470').id}`).waitFor();

    const village = teams[0]!.village;
    const cell = `dashboard-children-cell-${village.id}-completionRate`;
    // The task reached both village teams: nothing is done yet.
    await waitForText(page, cell, '0%');
    await waitForText(page, 'dashboard-headline-assignments', '2');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    const leader = teams[0]!.leader;
    const inbox = await http<AssignmentListDto>(url, 'GET', `/api/assignments?taskId=${taskId}`, {
      token: leader.accessToken,
    });
    const assignment = inbox.body.items[0]!;
    const done = await http(url, 'POST', `/api/assignments/${assignment.id}/complete`, {
      token: leader.accessToken,
      body: { value: 50 },
    });
    expect(done.status).toBe(200);

    await waitForText(page, cell, '100%');
    await waitForText(page, 'dashboard-headline-completionRate', '50%');
    await expect(page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    // The other village's team did nothing: its row stays at 0 %.
    await expect(
      page.getByTestId(`dashboard-children-cell-${teams[1]!.village.id}-completionRate`).textContent(),
    ).resolves.toBe('0%');

    // Every figure links to the list behind it.
    await page.getByTestId(`dashboard-children-cell-${village.id}-doneOnTime`).click();
    await page.getByTestId(`drill-row-${assignment.id}`).waitFor();
    await expect(page.getByTestId('drill-total').textContent()).resolves.toContain('1');

    // The drill-down ends at the team, from its village's table of own teams, with the same layout.
    const team = teams[0]!.team;
    await page.getByTestId(`dashboard-breadcrumb-${commune.id}`).click();
    await page.getByTestId(`dashboard-children-row-${village.id}`).click({ position: { x: 3, y: 3 } });
    await waitForText(page, 'dashboard-title', village.name);
    await page.getByTestId(`dashboard-teams-row-${team.id}`).click({ position: { x: 3, y: 3 } });
    await waitForText(page, 'dashboard-title', team.name);
    expect(new URL(page.url()).pathname).toBe(`/dashboard/team/${team.id}`);
    await page.getByTestId(`dashboard-breadcrumb-${village.id}`).waitFor();
    await waitForText(page, 'dashboard-breadcrumb-current', team.name);
    await waitForText(page, 'dashboard-headline-assignments', '1');
    await waitForText(page, 'dashboard-headline-doneOnTime', '1');
    await waitForText(page, 'dashboard-headline-completionRate', '100%');
    await page.getByTestId('team-dashboard-list').getByTestId(`drill-row-${assignment.id}`).waitFor();
    await expect(page.getByTestId('team-dashboard-registry').getAttribute('href')).resolves.toBe(
      `/teams/${team.id}`,
    );
    await page.evaluate(() => Object.assign(window, { teamNotReloaded: true }));

    // A further change (a task for this village only) shows on the team's page without a reload.
    const official = await login(url, 'bcd.tinh');
    const next = await publishedTask(
      url,
      official.accessToken,
      taskBody(unit('45').id, village.id, { title: 'Hướng dẫn thanh toán không dùng tiền mặt' }),
    );
    const nextAssignment = (
      await http<AssignmentListDto>(url, 'GET', `/api/assignments?taskId=${next.id}`, {
        token: leader.accessToken,
      })
    ).body.items[0]!;
    await waitForText(page, 'dashboard-headline-assignments', '2');
    await waitForText(page, 'dashboard-headline-completionRate', '50%');
    await page.getByTestId('team-dashboard-list').getByTestId(`drill-row-${nextAssignment.id}`).waitFor();
    await expect(
      page.evaluate(() => (window as { teamNotReloaded?: boolean }).teamNotReloaded),
    ).resolves.toBe(true);
    const api = await http<DashboardTeamOverviewDto>(url, 'GET', `/api/dashboard/team?teamId=${team.id}`, {
      token: official.accessToken,
    });
    expect(api.status).toBe(200);
    for (const metric of HEADLINE_METRICS) {
      await expect(page.getByTestId(`dashboard-headline-${metric}`).textContent()).resolves.toBe(
        headlineText(api.body.headline, metric),
      );
    }
    await screenshot(page, 'dashboard-team');

    // Its figures open the team's own list.
    await page.getByTestId('dashboard-headline-assignments').click();
    await page.getByTestId(`drill-row-${nextAssignment.id}`).waitFor();
    expect(new URL(page.url()).searchParams.get('teamId')).toBe(team.id);
    await expect(page.getByTestId('drill-total').textContent()).resolves.toContain('2');
  });

  it('sorts the table through the API and downloads the table as XLSX and PDF that open', async () => {
    const { page } = await newPage(browser, DESKTOP);
    await signIn(page, url, 'xem.tinh', DEMO_PASSWORD);
    await page.goto(`${url}/dashboard/${commune.id}`);
    await page.getByTestId('dashboard-children').waitFor();
    const names = async () =>
      page.$$eval('[data-testid="dashboard-children"] tbody tr td:first-child', (cells) =>
        cells.map((c) => c.textContent ?? ''),
      );
    const ascending = await names();
    await page.getByTestId('dashboard-children-sort-name').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('order') === 'desc');
    await page.waitForFunction(
      (first) =>
        document.querySelector('[data-testid="dashboard-children"] tbody tr td:first-child')?.textContent !==
        first,
      ascending[0],
    );
    expect(await names()).toEqual([...ascending].reverse());

    const xlsx = await downloaded(page, 'dashboard-export-xlsx');
    expect(xlsx.download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const text: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => text.push(c.text))));
    expect(text.join('\n')).toContain(teams[0]!.village.name);
    expect(text.join('\n')).toContain(commune.name);

    const pdf = await downloaded(page, 'dashboard-export-pdf');
    expect(pdf.download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(pdf.bytes)).toContain(commune.name);
  });

  it('fits a phone: the viewer opens the dashboard from the menu', async () => {
    const { page } = await newPage(browser, { width: 390, height: 844 });
    await signIn(page, url, 'xem.tinh', DEMO_PASSWORD);
    await page.getByTestId('nav-burger').click();
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-headline').waitFor();
    await page.getByTestId('dashboard-children').waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'dashboard-phone');
    await page.goto(`${url}/dashboard/team/${teams[0]!.team.id}`);
    await page.getByTestId('team-dashboard-list').waitFor();
    await expectNoHorizontalOverflow(page);
  });

  it("a team leader files the month's report on a phone and the commune chair accepts it", async () => {
    const leader = await newPage(browser, PHONE);
    await signIn(leader.page, url, 'b.dash.leader2', E2E_PASSWORD);
    await leader.page.getByTestId('nav-burger').click();
    await leader.page.getByTestId('nav-reports').click();
    await leader.page.getByTestId(`report-open-team-${teams[1]!.team.id}`).click();
    await leader.page.getByTestId('activity-form').waitFor();
    await leader.page.getByTestId('activity-residents-vneid').fill('12');
    await leader.page.getByTestId('activity-training-participants').fill('30');
    await leader.page.getByTestId('report-submit').click();
    // The shared schema refuses participants without a session, before anything is sent.
    await leader.page.getByTestId('report-invalid').waitFor();
    await leader.page.getByTestId('activity-training-sessions').fill('2');
    await leader.page
      .getByTestId('activity-notes')
      .fill('Đã hướng dẫn người dân cài đặt VNeID tại nhà văn hóa.');
    // Fixing the field clears the warning at once.
    await leader.page.getByTestId('report-invalid').waitFor({ state: 'detached' });
    await expectNoHorizontalOverflow(leader.page);
    await leader.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(leader.page, 'report-form-phone');
    await leader.page.getByTestId('report-submit').click();
    await leader.page.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    const reportUrl = leader.page.url();

    const reviewer = await newPage(browser, DESKTOP);
    await signIn(reviewer.page, url, 'b.dash.chair', E2E_PASSWORD);
    await reviewer.page.goto(reportUrl);
    await expect(reviewer.page.getByTestId('activity-residents-vneid').inputValue()).resolves.toBe('12');
    await reviewer.page.getByTestId('report-accept').click();
    await reviewer.page.locator('[data-testid="report-state"][data-state="accepted"]').waitFor();

    // The commune's completeness: one of its two teams has reported, the other is on the list.
    await reviewer.page.getByTestId('nav-reports').click();
    await reviewer.page.getByTestId('completeness-panel').waitFor();
    await waitForText(reviewer.page, 'completeness-submitted', '1');
    await reviewer.page.getByTestId(`not-reported-${teams[0]!.team.id}`).waitFor();
  });

  it("the district's compilation is drafted from the teams' reports, reviewed, sent and accepted by the province", async () => {
    const admin = await login(url, 'admin');
    await account(url, admin.accessToken, 'b.dash.district', [
      { unitId: unit('470').id, role: 'district_steering' },
    ]);
    const { page } = await newPage(browser, DESKTOP);
    await signIn(page, url, 'b.dash.district', E2E_PASSWORD);
    // The period the team reported in (the teams' current period runs ahead of the areas' one).
    const periodId = reportingPeriodAt(TEAM_MONTHLY_ACTIVITY, new Date().toISOString()).id;
    await page.goto(`${url}/reports?definitionId=${AREA_MONTHLY_COMPILATION.id}&periodId=${periodId}`);
    await page.getByTestId('report-open-compilation').click();
    await page.getByTestId('compilation-view').waitFor();
    // Drafted automatically: Xã Hải Chánh's accepted report counts, its other team is listed as not reported.
    await expect(page.getByTestId(`compilation-row-${commune.id}`).textContent()).resolves.toContain('1 / 2');
    await page.getByTestId('compilation-not-reported').getByText(teams[0]!.team.name).waitFor();
    await page
      .getByTestId('compilation-summary')
      .fill('Các Tổ hoạt động đều, cần đẩy mạnh báo cáo đúng hạn.');
    await page.getByTestId('report-submit').click();
    await page.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    const compilationUrl = page.url();

    const provincePage = await newPage(browser, DESKTOP);
    await signIn(provincePage.page, url, 'bcd.tinh', DEMO_PASSWORD);
    await provincePage.page.goto(compilationUrl);
    await expect(provincePage.page.getByTestId('compilation-summary').inputValue()).resolves.toContain(
      'đẩy mạnh báo cáo',
    );
    await provincePage.page.getByTestId('report-accept').click();
    await provincePage.page.locator('[data-testid="report-state"][data-state="accepted"]').waitFor();

    // Locked once accepted: the district's page no longer offers to edit or send.
    await page.reload();
    await page.locator('[data-testid="report-state"][data-state="accepted"]').waitFor();
    await expect(page.getByTestId('report-submit').count()).resolves.toBe(0);
  });
});

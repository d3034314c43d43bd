import {
  foldForSearch,
  type AssignmentDto,
  type LoginResponse,
  type TaskDetailDto,
  type UnitDto,
} from '@cdt/domain';
import type { Browser, BrowserContext, Locator, Page, Request } from 'playwright-core';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from '../support/app';
import { DESKTOP, launchBrowser, newPage, screenshot, signIn } from '../support/browser';
import { publishedTask, taskBody, villageTeamsWithPeople, type TeamWithPeople } from '../support/tasks';
import { account, E2E_PASSWORD, unitsByCode } from '../support/teams';

/** The phone the brief names for the inbox (iPhone 12–14 class). */
const PHONE_390 = { width: 390, height: 844 };

/** A date `days` from today, as a date input takes it. */
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function openNav(page: Page, testId: string): Promise<void> {
  await page.getByTestId('nav-burger').click();
  await page.getByTestId(testId).click();
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Tasks in real browsers, in Xã Vĩnh Hà (19417, Vĩnh Linh): no demo team lives there and no other test file
 * touches it, so this file builds two village teams of its own and is the only one to send them tasks.
 */
describe('tasks in real browsers', () => {
  let running: RunningApp;
  let browser: Browser;
  let admin: LoginResponse;
  let teams: TeamWithPeople[];
  let issuer: { context: BrowserContext; page: Page };
  let leader: { context: BrowserContext; page: Page };
  const title = `Hướng dẫn cài đặt VNeID ${Date.now() % 100_000}`;

  const leaderCard = (): Locator =>
    leader.page.locator(`[data-testid="assignment-card"][data-task-title="${title}"]`);
  const matrixRow = (teamName: string): Locator =>
    issuer.page.locator(`[data-testid="matrix-row"][data-team-name="${teamName}"]`);

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    admin = await login(running.baseUrl, 'admin');
    const unit = await unitsByCode(running.baseUrl, admin.accessToken, ['464']);
    const vinhHa: UnitDto = unit('19417');
    const chair = await account(running.baseUrl, admin.accessToken, 'browser.tasks.chair', [
      { unitId: vinhHa.id, role: 'commune_chair' },
    ]);
    teams = await villageTeamsWithPeople(
      running.baseUrl,
      admin.accessToken,
      chair.accessToken,
      vinhHa.id,
      2,
      'browser.tasks',
      '785',
    );
    issuer = await newPage(browser, DESKTOP);
    leader = await newPage(browser, PHONE_390);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('a district official publishes to every village team of a commune; the leader acknowledges it live', async () => {
    await signIn(leader.page, running.baseUrl, 'browser.tasks.leader1', E2E_PASSWORD);
    await openNav(leader.page, 'nav-inbox');
    await leader.page.getByTestId('inbox-page').waitFor();

    await signIn(issuer.page, running.baseUrl, 'bcd.vinhlinh', DEMO_PASSWORD);
    await issuer.page.getByTestId('nav-tasks').click();
    await issuer.page.getByTestId('task-new').click();
    await issuer.page.getByTestId('task-form-title').fill(title);
    await issuer.page
      .getByTestId('task-form-description')
      .fill('Mỗi Tổ hướng dẫn ít nhất 30 người dân cài đặt và kích hoạt tài khoản định danh điện tử mức 2.');
    // The shared schema refuses a blank deadline before anything is sent.
    await issuer.page.getByTestId('task-form-publish').click();
    await issuer.page.getByText('Vui lòng nhập thông tin này').first().waitFor();
    await issuer.page.getByTestId('task-form-due').fill(dateIn(10));
    await issuer.page.getByTestId('task-form-has-target').check();
    await issuer.page.getByTestId('task-form-target-value').fill('30');
    await issuer.page.getByTestId('task-form-target-label').fill('người dân');
    // The plan's reminder defaults, changed for this task: ask after 6 hours, and a week before the deadline too.
    await issuer.page.getByTestId('task-form-remind-unack-hours').fill('6');
    await issuer.page.getByTestId('task-form-remind-before-due').getByText('7 ngày').click();

    // The tree opens on the issuer's district; choosing the commune asks the server how many teams it reaches.
    await issuer.page
      .locator('[data-testid="target-node"][data-unit-name="Xã Vĩnh Hà"]')
      .getByTestId('target-node-choose')
      .click();
    await issuer.page.locator('[data-testid="target-count"][data-count="2"]').waitFor();
    await issuer.page.getByTestId('target-kind-commune').check();
    await issuer.page.locator('[data-testid="target-count"][data-count="2"]').waitFor();
    await issuer.page.getByTestId('target-kind-commune').uncheck();
    await screenshot(issuer.page, 'tasks-form');
    await issuer.page.getByTestId('task-form-publish').click();

    await issuer.page.locator('[data-testid="task-page"][data-status="published"]').waitFor();
    await expect(issuer.page.getByTestId('task-title').textContent()).resolves.toBe(title);
    await expect(issuer.page.getByTestId('task-reminders').textContent()).resolves.toBe(
      'Nhắc việc: chưa nhận sau 6 giờ; trước hạn 7, 3, 1 ngày; báo lên sau hạn 3 ngày',
    );
    await matrixRow(teams[1]!.team.name).waitFor();
    await expect(issuer.page.getByTestId('matrix-row').count()).resolves.toBe(2);
    await expect(matrixRow(teams[0]!.team.name).getAttribute('data-state')).resolves.toBe('assigned');
    await expect(
      issuer.page.getByTestId('task-bucket-open_within_deadline').textContent(),
    ).resolves.toContain('2');

    // No reload on the phone: 'task:published' refetches the inbox.
    await leaderCard().waitFor();
    await expectNoHorizontalOverflow(leader.page);
    await screenshot(leader.page, 'inbox-phone');
    await leaderCard().getByTestId('assignment-acknowledge').click();
    await leader.page
      .locator(`[data-testid="assignment-card"][data-task-title="${title}"][data-state="acknowledged"]`)
      .waitFor();

    // No reload on the desktop either: 'assignment:changed' patches the matrix row and the figures follow.
    await issuer.page
      .locator(
        `[data-testid="matrix-row"][data-team-name="${teams[0]!.team.name}"][data-state="acknowledged"]`,
      )
      .waitFor();
    await expect(matrixRow(teams[1]!.team.name).getAttribute('data-state')).resolves.toBe('assigned');
    await screenshot(issuer.page, 'task-matrix');
  });

  it('actions tapped offline wait on the phone and are delivered exactly once when it is back online', async () => {
    const card = leaderCard();
    const assignmentId = await card.getAttribute('data-assignment-id');
    await leader.context.setOffline(true);

    await card.getByTestId('assignment-progress').click();
    await leader.page.getByTestId('progress-value').fill('12');
    await leader.page.getByTestId('progress-note').fill('Thôn đã tổ chức buổi hướng dẫn đầu tiên');
    await leader.page.getByTestId('progress-submit').click();
    await card.getByTestId('assignment-pending').waitFor();
    await leader.page.locator('[data-testid="inbox-offline"][data-online="false"]').waitFor();
    await expect(card.getAttribute('data-state')).resolves.toBe('in_progress');

    await card.getByTestId('assignment-complete').click();
    await leader.page.getByTestId('complete-value').fill('31');
    await leader.page.getByTestId('complete-submit').click();
    await expect(card.getAttribute('data-state')).resolves.toBe('completed');
    await expect(card.getAttribute('data-pending')).resolves.toBe('true');
    // Nothing has left the phone: the district still sees the acknowledgement only.
    await expect(matrixRow(teams[0]!.team.name).getAttribute('data-state')).resolves.toBe('acknowledged');

    await leader.context.setOffline(false);
    // Delivered: the queue empties (the finished task then leaves the open inbox).
    await leader.page.getByTestId('inbox-offline').waitFor({ state: 'detached', timeout: 15_000 });
    await issuer.page
      .locator(`[data-testid="matrix-row"][data-team-name="${teams[0]!.team.name}"][data-state="completed"]`)
      .waitFor();
    await expect(
      matrixRow(teams[0]!.team.name).getByTestId('matrix-progress').textContent(),
    ).resolves.toContain('31/30');
    await expect(issuer.page.getByTestId('task-bucket-done_on_time').textContent()).resolves.toContain('1');

    // Exactly once: one progress and one completion on the server's timeline, and an empty queue on the phone.
    const timeline = await http<AssignmentDto>(running.baseUrl, 'GET', `/api/assignments/${assignmentId}`, {
      token: teams[0]!.leader.accessToken,
    });
    const actions = (timeline.body.timeline ?? []).map((entry) => entry.action);
    expect(actions).toEqual(['assign', 'acknowledge', 'progress', 'complete']);
    const queued = await leader.page.evaluate(() =>
      Object.keys(localStorage).filter((key) => key.startsWith('cdt.assignment-actions.')),
    );
    expect(queued).toEqual([]);
  });

  it('the matrix asks the API for one bucket, name, unit or page at a time, and keeps them in the URL', async () => {
    const page = issuer.page;
    const taskUrl = page.url().split('?')[0]!;
    const matrixRequest = (check: (query: URLSearchParams) => boolean) =>
      page.waitForRequest((request) => {
        const url = new URL(request.url());
        return url.pathname.endsWith('/matrix') && check(url.searchParams);
      });
    const rowNames = () =>
      page
        .getByTestId('matrix-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-team-name')));

    // One bucket: the API answers the finished team alone, and the total is the server's count for the filter.
    const byBucket = matrixRequest((query) => query.get('buckets') === 'done_on_time');
    await page.getByTestId('matrix-filter-bucket').click();
    await page.getByRole('option', { name: 'Hoàn thành đúng hạn' }).click();
    await byBucket;
    await page.locator('[data-testid="matrix-total"][data-total="1"]').waitFor();
    await expect(rowNames()).resolves.toEqual([teams[0]!.team.name]);
    expect(new URL(page.url()).searchParams.get('bucket')).toBe('done_on_time');

    // A name: typed, debounced, sent as `q` (the bucket left behind with a fresh URL).
    // The reload also shows what the navigation asks: only the caller's own teams, for the inbox entry.
    const teamLists: URL[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/teams') teamLists.push(url);
    };
    page.on('request', onRequest);
    await page.goto(taskUrl);
    await page.locator('[data-testid="matrix-total"][data-total="2"]').waitFor();
    page.off('request', onRequest);
    expect(teamLists.length).toBeGreaterThan(0);
    expect(teamLists.map((url) => url.searchParams.get('mine'))).toEqual(teamLists.map(() => 'true'));
    await expect(page.getByTestId('nav-inbox').count()).resolves.toBe(0);
    const term = teams[1]!.village.name;
    const matching = teams.filter((t) => foldForSearch(t.village.name).includes(foldForSearch(term)));
    const bySearch = matrixRequest((query) => query.get('q') === term && !query.has('buckets'));
    await page.getByTestId('matrix-search').fill(term);
    await bySearch;
    await page.locator(`[data-testid="matrix-total"][data-total="${matching.length}"]`).waitFor();
    await expect(rowNames()).resolves.toEqual(expect.arrayContaining([teams[1]!.team.name]));
    await expect(page.getByTestId('matrix-row').count()).resolves.toBe(matching.length);
    expect(new URL(page.url()).searchParams.get('q')).toBe(term);

    // A unit: the choices start with the units under the task's target (here the commune's villages).
    await page.goto(taskUrl);
    await page.locator('[data-testid="matrix-total"][data-total="2"]').waitFor();
    const byUnit = matrixRequest((query) => query.get('unitId') === teams[0]!.village.id);
    await page.getByTestId('matrix-filter-unit').click();
    await page.getByRole('option', { name: teams[0]!.village.name, exact: true }).click();
    await byUnit;
    await page.locator('[data-testid="matrix-total"][data-total="1"]').waitFor();
    await expect(rowNames()).resolves.toEqual([teams[0]!.team.name]);
    expect(new URL(page.url()).searchParams.get('unit')).toBe(teams[0]!.village.id);

    // One team a page (the page size comes from the URL): the pager asks for the second row by offset.
    await page.goto(`${taskUrl}?limit=1`);
    await page.locator('[data-testid="matrix-total"][data-total="2"]').waitFor();
    await expect(page.getByTestId('matrix-row').count()).resolves.toBe(1);
    const [first] = await rowNames();
    const secondPage = matrixRequest((query) => query.get('limit') === '1' && query.get('offset') === '1');
    await page.getByTestId('matrix-page-2').click();
    await secondPage;
    await page.locator(`[data-testid="matrix-row"]:not([data-team-name="${first}"])`).waitFor();
    const [second] = await rowNames();
    expect([first, second].sort()).toEqual(teams.map((t) => t.team.name).sort());
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    // Back to the whole matrix for the tests that follow; on a phone it is one card per team, no sideways scroll.
    await page.goto(taskUrl);
    await page.locator('[data-testid="matrix-total"][data-total="2"]').waitFor();
    // Reloaded at each size: the navigation's slide-out transition would otherwise still be on screen.
    await page.setViewportSize(PHONE_390);
    await page.reload();
    await page.locator('[data-testid="task-matrix"][data-layout="cards"]').waitFor();
    await expect(page.getByTestId('matrix-row').count()).resolves.toBe(2);
    await screenshot(page, 'task-matrix-phone');
    await expectNoHorizontalOverflow(page);
    await page.setViewportSize(DESKTOP);
    await page.reload();
    await page.locator('[data-testid="task-matrix"][data-layout="table"]').waitFor();
    await matrixRow(teams[1]!.team.name).waitFor();
  });

  it('the district reminds the teams behind once; a second reminder is refused with the time it becomes possible', async () => {
    await issuer.page.getByTestId('task-nudge-all').click();
    await issuer.page.getByText('Đã nhắc 1 tổ.').waitFor();
    await issuer.page.getByTestId('task-nudge-all').click();
    await issuer.page.getByText(/Vừa nhắc gần đây.*có thể nhắc lại sau/).waitFor();
  });

  it('the district sends a finished assignment back with a reason, and the leader has it again without a reload', async () => {
    const row = matrixRow(teams[0]!.team.name);
    await row.getByTestId('matrix-reopen').click();
    // The shared schema wants a reason before anything is sent.
    await issuer.page.getByTestId('reopen-modal-confirm').click();
    await issuer.page.getByText('Vui lòng nhập thông tin này').waitFor();
    await issuer.page.getByTestId('reopen-modal-reason').fill('Số liệu chưa khớp với danh sách của xã');
    await issuer.page.getByTestId('reopen-modal-confirm').click();
    await issuer.page
      .locator(
        `[data-testid="matrix-row"][data-team-name="${teams[0]!.team.name}"][data-state="in_progress"]`,
      )
      .waitFor();
    await leaderCard().waitFor();
    await expect(leaderCard().getAttribute('data-state')).resolves.toBe('in_progress');

    await row.getByTestId('matrix-team').click();
    const timeline = issuer.page.getByTestId('assignment-timeline');
    await timeline.locator('[data-testid="timeline-entry"][data-action="reopen"]').waitFor();
    await expect(timeline.textContent()).resolves.toContain('Số liệu chưa khớp');
    await issuer.page.keyboard.press('Escape');
  });

  it('a plain member sees the team’s task but has no buttons to act on it', async () => {
    const member = await newPage(browser, PHONE_390);
    await signIn(member.page, running.baseUrl, 'browser.tasks.member2', E2E_PASSWORD);
    await openNav(member.page, 'nav-inbox');
    const card = member.page.locator(`[data-testid="assignment-card"][data-task-title="${title}"]`);
    await card.getByTestId('assignment-member-only').waitFor();
    await expect(card.getByRole('button').count()).resolves.toBe(0);
    await member.context.close();
  });

  it('the district moves a published task’s deadline from its page; the leader’s card shows the new date live', async () => {
    const newDue = dateIn(20);
    const shown = newDue.split('-').reverse().join('/');
    await issuer.page.goto(issuer.page.url().split('?')[0]!);
    await issuer.page.locator('[data-testid="task-page"][data-status="published"]').waitFor();
    await issuer.page.getByTestId('task-edit').click();
    const form = issuer.page.locator('[data-testid="task-form"][data-mode="published"]');
    await form.waitFor();
    // Publishing fixed the category and the per-team target: shown, but not editable.
    await expect(issuer.page.getByTestId('task-form-category').isDisabled()).resolves.toBe(true);
    await expect(issuer.page.getByTestId('task-form-target-value').isDisabled()).resolves.toBe(true);
    // The shared schema refuses a blank deadline before anything is sent.
    await issuer.page.getByTestId('task-form-due').fill('');
    await issuer.page.getByTestId('task-form-save').click();
    await issuer.page.getByText('Vui lòng nhập thông tin này').first().waitFor();
    await issuer.page.getByTestId('task-form-due').fill(newDue);
    // This task no longer escalates: the switch turns that rule off.
    await issuer.page.getByTestId('task-form-escalate').uncheck();
    await issuer.page.getByTestId('task-form-escalate-days').waitFor({ state: 'detached' });
    await issuer.page.getByTestId('task-form-save').click();

    await issuer.page.locator('[data-testid="task-page"][data-status="published"]').waitFor();
    await issuer.page.getByTestId('task-due').filter({ hasText: shown }).waitFor();
    await expect(issuer.page.getByTestId('task-reminders').textContent()).resolves.toBe(
      'Nhắc việc: chưa nhận sau 6 giờ; trước hạn 7, 3, 1 ngày',
    );
    // No reload on the phone: 'task:changed' refetches the inbox.
    await leaderCard().filter({ hasText: shown }).waitFor();
  });

  it('cancelling the task takes it out of the leader’s inbox live', async () => {
    await issuer.page.getByTestId('task-cancel').click();
    await issuer.page.getByTestId('task-cancel-modal-reason').fill('Giao trùng với kế hoạch của huyện');
    await issuer.page.getByTestId('task-cancel-modal-confirm').click();
    await issuer.page.locator('[data-testid="task-page"][data-status="cancelled"]').waitFor();
    await leaderCard().waitFor({ state: 'detached' });
  });

  it('the district closes a finished task with a note; the buttons to change it are gone', async () => {
    const district = await login(running.baseUrl, 'bcd.vinhlinh', DEMO_PASSWORD);
    const unit = await unitsByCode(running.baseUrl, admin.accessToken, ['464']);
    const task = await publishedTask(
      running.baseUrl,
      district.accessToken,
      taskBody(unit('464').id, unit('19417').id, { title: `Tổng kết ${title}` }),
    );
    await issuer.page.goto(`${running.baseUrl}/tasks/${task.id}`);
    await issuer.page.locator('[data-testid="task-page"][data-status="published"]').waitFor();
    await issuer.page.getByTestId('task-close').click();
    await issuer.page.getByTestId('task-close-modal-note').fill('Đã đủ số liệu cho báo cáo tháng');
    await issuer.page.getByTestId('task-close-modal-confirm').click();
    await issuer.page.locator('[data-testid="task-page"][data-status="closed"]').waitFor();
    await issuer.page.getByTestId('task-closed-at').waitFor();
    await expect(issuer.page.getByTestId('task-close-note').textContent()).resolves.toContain(
      'Đã đủ số liệu cho báo cáo tháng',
    );
    await expect(issuer.page.getByTestId('task-close').count()).resolves.toBe(0);
    await expect(issuer.page.getByTestId('task-nudge-all').count()).resolves.toBe(0);
    const closed = await http<TaskDetailDto>(running.baseUrl, 'GET', `/api/tasks/${task.id}`, {
      token: district.accessToken,
    });
    expect([closed.body.status, closed.body.closedAt !== null]).toEqual(['closed', true]);
    expect(closed.body.closeNote).toBe('Đã đủ số liệu cho báo cáo tháng');
  });
});

import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startApp, type RunningApp } from '../support/app';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, signIn } from '../support/browser';

/** A phone number no demo person holds (demo phones start 0868, demo accounts 0912). */
function freshPhone(): string {
  return `0977${String(Date.now()).slice(-6)}`;
}

/** Opens a page of the navigation the way a phone user does: burger first, then the entry. */
async function openNav(page: Page, testId: string): Promise<void> {
  await page.getByTestId('nav-burger').click();
  await page.getByTestId(testId).click();
}

/** Picks an option of a Mantine select (its dropdown renders in a portal). */
async function choose(page: Page, selectTestId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByRole('option', { name: option }).click();
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the team registry in real browsers', () => {
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('a village leader proposes a new member, the commune chair approves it elsewhere, and the roster updates live', async () => {
    const leader = await newPage(browser, PHONE);
    await signIn(leader.page, running.baseUrl, 'totruong.khupho1', DEMO_PASSWORD);
    await openNav(leader.page, 'nav-teams');
    await leader.page.getByTestId('my-team-list').getByText('Khu phố 1').first().click();
    await expect(leader.page.getByTestId('team-title').textContent()).resolves.toContain('khu phố 1');
    const roster = leader.page.getByTestId('team-roster');
    await roster.getByText('Trần Văn Phố').waitFor();
    await expectNoHorizontalOverflow(leader.page);
    await screenshot(leader.page, 'teams-team-phone');

    const name = `Phạm Thị Thử ${Date.now() % 100_000}`;
    await leader.page.getByTestId('team-action-propose').click();
    await leader.page.getByTestId('member-form-name').fill(name);
    await leader.page.getByTestId('member-form-phone').fill(freshPhone());
    await choose(leader.page, 'member-form-slot', 'Giáo viên');
    await screenshot(leader.page, 'teams-propose-phone');
    await leader.page.getByTestId('member-form-submit').click();

    // The leader's proposal is their nomination: it goes straight to the commune chair.
    const proposal = leader.page.getByTestId('team-requests').locator('[data-state="awaiting_chair"]', {
      hasText: name,
    });
    await proposal.waitFor();
    await expect(roster.getByText(name).count()).resolves.toBe(0);

    const chair = await newPage(browser, DESKTOP);
    await signIn(chair.page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await chair.page.getByTestId('nav-approvals-count').waitFor();
    await chair.page.getByTestId('nav-approvals').click();
    const card = chair.page.getByTestId('approvals-list').locator('li', { hasText: name });
    await card.waitFor();
    await screenshot(chair.page, 'teams-approvals-desktop');
    await card.getByTestId('request-action-approve').click();
    await chair.page.getByTestId('request-action-confirm').click();
    await chair.page
      .getByTestId('approvals-list')
      .locator('li', { hasText: name })
      .waitFor({ state: 'detached' });

    // No reload in the leader's browser: the 'teams:changed' event refetches the roster and the requests.
    await roster.locator('[data-role="member"]', { hasText: name }).waitFor();
    await expect(roster.getByText(name).count()).resolves.toBe(1);
    await leader.page.getByTestId('team-requests').waitFor({ state: 'detached' });
    await expect(leader.page.getByTestId('team-history').textContent()).resolves.toContain(name);
    await leader.context.close();
    await chair.context.close();
  });

  it('the commune chair adds a 9th person to a full village team as a collaborator in one tap', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await openNav(page, 'nav-teams');
    await page.getByTestId('team-list').getByText('Khu phố 2').first().waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'teams-list-phone');
    await page.getByTestId('team-search').fill('khu pho 2');
    await page.getByTestId('team-list').getByText('Khu phố 2').first().click();
    await page.getByTestId('team-page').waitFor();
    await expect(page.getByTestId('team-size').textContent()).resolves.toContain('8/8');

    const name = `Võ Văn Cộng ${Date.now() % 100_000}`;
    await page.getByTestId('team-action-add').click();
    // The form already says the team is full; the chair insists on a core member to see the refusal.
    await page.getByTestId('member-form-full-hint').waitFor();
    await choose(page, 'member-form-role', 'Thành viên');
    await page.getByTestId('member-form-name').fill(name);
    await page.getByTestId('member-form-phone').fill(freshPhone());
    await choose(page, 'member-form-slot', 'Người dân');
    await page.getByTestId('member-form-submit').click();
    const refusal = page.getByTestId('member-form-team-full');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Tổ đã đủ thành viên');
    await screenshot(page, 'teams-full-phone');
    await page.getByTestId('member-form-as-collaborator').click();

    const collaborators = page.getByTestId('roster-group-collaborator');
    await collaborators.getByText(name).waitFor();
    await expect(page.getByTestId('team-size').textContent()).resolves.toContain('8/8');
    await context.close();
  });

  it('the commune chair proposes a team for a village without one, records its decision and launches it', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await openNav(page, 'nav-compliance');
    // Khu phố 3 and 4 belong to the join/leave e2e file, which runs beside this one on the same database.
    await page
      .getByTestId('compliance-without-villages')
      .getByRole('link', { name: /Khu phố 6/ })
      .click();
    await expect(page.getByTestId('unit-title').textContent()).resolves.toContain('Khu phố 6');
    await page.getByTestId('unit-team-create').click();
    await page.getByTestId('create-team-submit').click();

    await page.locator('[data-testid="team-page"][data-status="proposed"]').waitFor();
    await page.getByTestId('finding-MISSING_LEADER').waitFor();
    await page.getByTestId('finding-NOT_ACTIVE').waitFor();
    await page.getByTestId('team-action-establish').click();
    await page.getByTestId('establish-number').fill('45/QĐ-UBND');
    await page.getByTestId('establish-date').fill('2023-04-01');
    await expect(page.getByTestId('establish-signer').inputValue()).resolves.toBe('Hoàng Văn Xá');
    await page.getByTestId('establish-form-submit').click();
    await page.getByTestId('team-decision').filter({ hasText: '45/QĐ-UBND' }).waitFor();

    await page.getByTestId('team-action-activate').click();
    // Launching before the decision was signed is caught on the form, with the rule's own words.
    await page.getByTestId('activate-date').fill('2023-03-01');
    await page.getByTestId('activate-form-submit').click();
    await page.getByText('Ngày không được trước ngày ký quyết định').waitFor();
    await page.getByTestId('activate-date').fill('2023-04-05');
    await page.getByTestId('activate-form-submit').click();
    await page.locator('[data-testid="team-page"][data-status="active"]').waitFor();
    await expect(page.getByTestId('team-findings').textContent()).resolves.not.toContain(
      'Chưa chính thức hoạt động',
    );
    // The history names who took each step: the chair proposed, recorded the decision and launched the team.
    await expect(
      page.getByTestId('team-history').getByText('Người thực hiện: Hoàng Văn Xá').count(),
    ).resolves.toBe(3);
    await context.close();
  });

  it('a district official reads the compliance and roll-out views of their district on a phone', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, running.baseUrl, 'bcd.vinhlinh', DEMO_PASSWORD);
    await openNav(page, 'nav-compliance');
    await page.getByTestId('compliance-totals').waitFor();
    await expect(page.getByTestId('compliance-stat-communes').textContent()).resolves.toMatch(/\d+\/\d+/);
    await page.getByTestId('compliance-without-villages').waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'teams-compliance-phone');

    await openNav(page, 'nav-rollout');
    await page.getByTestId('rollout-as-of').fill('2022-07-31');
    const pilot = page.getByTestId('rollout-phase-pilot');
    await expect(pilot.getAttribute('data-status')).resolves.toBe('met');
    const hoXa = page.locator('[data-testid^="rollout-commune-"]', { hasText: 'Thị trấn Hồ Xá' });
    await hoXa.getByText('Thị trấn Hồ Xá').first().click();
    await hoXa.locator('[data-testid^="rollout-team-"][data-period="pilot"]').first().waitFor();
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'teams-rollout-phone');
    await context.close();
  });

  it('a roster import reports every bad line and writes nothing until the file is right', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await openNav(page, 'nav-roster');
    const phone = freshPhone();
    const csv = [
      'commune_code,village_name,full_name,phone,role,slot',
      `19363,Khu phố 1,Đặng Văn Nhập,${phone},Thành viên,Học sinh`,
      '19363,Khu phố 1,,0912,Thành viên,Giáo viên',
    ].join('\n');
    await page.getByTestId('roster-csv').fill(csv);
    await page.getByTestId('roster-check').click();
    // Both problems of line 3 (no name, a short phone), none on the good line 2.
    await page.getByTestId('roster-problem-3').first().waitFor();
    await expect(page.getByTestId('roster-problem-3').count()).resolves.toBe(2);
    await expect(page.getByTestId('roster-problems').textContent()).resolves.not.toContain('Dòng 2');
    // Each problem said in Vietnamese from its stable reason, not the API's English message.
    const problemTexts = page.getByTestId('roster-problem-3').getByTestId('roster-problem-text');
    await expect(
      problemTexts.evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-reason'), n.textContent])),
    ).resolves.toEqual([
      ['FULL_NAME_REQUIRED', 'Chưa có họ tên.'],
      [
        'PHONE_FORMAT',
        'Số điện thoại “0912” không hợp lệ: cần 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số.',
      ],
    ]);
    await expect(page.getByTestId('roster-problems').textContent()).resolves.not.toContain('phone must');
    await expect(page.getByTestId('roster-submit').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'teams-roster-phone');

    await page.getByTestId('roster-csv').fill(csv.split('\n').slice(0, 2).join('\n'));
    await page.getByTestId('roster-check').click();
    await page.locator('[data-testid="roster-report"][data-ok="true"]').waitFor();
    await page.getByTestId('roster-submit').click();
    await page.getByTestId('roster-imported').waitFor();

    await openNav(page, 'nav-teams');
    await page.getByTestId('team-search').fill('khu pho 1');
    await page.getByTestId('team-list').getByText('Khu phố 1').first().click();
    await page.getByTestId('team-roster').getByText('Đặng Văn Nhập').waitFor();
    await context.close();
  });
});

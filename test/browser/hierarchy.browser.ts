import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, startApp, type RunningApp } from '../support/app';
import { DESKTOP, launchBrowser, newPage, PHONE, screenshot, signIn } from '../support/browser';

describe('signing in and browsing the hierarchy in a real browser', () => {
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

  it('a district official signs in on a phone, sees only their district, searches and opens a commune', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await signIn(page, running.baseUrl, 'bcd.vinhlinh', DEMO_PASSWORD);
    await page.getByText('Huyện Vĩnh Linh').first().waitFor();
    await expect(page.getByText('Huyện Gio Linh').count()).resolves.toBe(0);

    await page.getByTestId('unit-search').fill('ho xa');
    await page
      .getByRole('link', { name: /Thị trấn Hồ Xá/ })
      .first()
      .click();
    await expect(page.getByTestId('unit-title').textContent()).resolves.toContain('Thị trấn Hồ Xá');
    const breadcrumb = await page.getByTestId('breadcrumb').textContent();
    expect(breadcrumb).toContain('Tỉnh Quảng Trị');
    expect(breadcrumb).toContain('Huyện Vĩnh Linh');
    await page.getByTestId('children-list').getByText('Khu phố 1').waitFor();

    // The page fits a 360 px phone: nothing wider than the viewport.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'unit-phone');
    await context.close();
  });

  it('an admin browses the province tree on a desktop, in English after switching language, and signs out', async () => {
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, running.baseUrl, 'admin', DEMO_PASSWORD);
    await page.getByText('Tỉnh Quảng Trị').first().waitFor();
    await page.getByText('Thành phố Đông Hà').first().waitFor();
    await screenshot(page, 'hierarchy-desktop');

    await page.getByTestId('lang-switch').click();
    await page
      .getByText(/Sign out|Units|Administrative units/i)
      .first()
      .waitFor();

    await page.getByTestId('unit-search').fill('đông hà');
    await page
      .getByRole('link', { name: /Thành phố Đông Hà/ })
      .first()
      .waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    await context.close();
  });

  it('refuses a wrong password with a translated message and stays on the sign-in form', async () => {
    const { context, page } = await newPage(browser, PHONE);
    await page.goto(`${running.baseUrl}/`);
    await page.getByTestId('login-username').fill('xem.tinh');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await page.getByText(/Tên đăng nhập hoặc mật khẩu không đúng/i).waitFor();
    await expect(page.getByTestId('user-menu').count()).resolves.toBe(0);
    await context.close();
  });
});

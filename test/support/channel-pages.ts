import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ChannelDto, LoginResponse } from '@cdt/domain';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from './app';
import { launchBrowser, newPage, signIn } from './browser';

/** The phone the brief designs for. */
export const PHONE_390 = { width: 390, height: 844 };

/** The leader and a member of khu phố 1's team: the two people the channel browser tests talk between. */
export const LEADER = 'totruong.khupho1';
export const MEMBER = 'thanhvien.khupho1';

export interface ChannelBrowsers {
  running: RunningApp;
  browser: Browser;
  leader: LoginResponse;
  member: LoginResponse;
}

/** Starts the app and a browser and signs the leader and the member in over HTTP (for setup calls). */
export async function startChannelBrowsers(): Promise<ChannelBrowsers> {
  const running = await startApp();
  try {
    const browser = await launchBrowser();
    const [leader, member] = await Promise.all([
      login(running.baseUrl, LEADER),
      login(running.baseUrl, MEMBER),
    ]);
    return { running, browser, leader, member };
  } catch (error) {
    await running.close();
    throw error;
  }
}

/** Closes what startChannelBrowsers opened (nothing is left open when it failed). */
export async function stopChannelBrowsers(rig: ChannelBrowsers | undefined): Promise<void> {
  await rig?.browser.close();
  await rig?.running.close();
}

/** A working group of the leader's with the member: no other test posts into it, so order and counts are exact. */
export async function createWorkingGroup(rig: ChannelBrowsers, title: string): Promise<ChannelDto> {
  const created = await http<ChannelDto>(rig.running.baseUrl, 'POST', '/api/channels/working-groups', {
    token: rig.leader.accessToken,
    body: { title: `${title} ${Date.now() % 100_000}`, memberIds: [rig.member.user.id] },
  });
  if (created.status !== 201) throw new Error(`working group refused: ${JSON.stringify(created.body)}`);
  return created.body;
}

/** A fresh browser context signed in as `username` (a phone unless told otherwise). */
export async function openSignedIn(
  rig: ChannelBrowsers,
  username: string,
  viewport = PHONE_390,
): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await newPage(rig.browser, viewport);
  await signIn(opened.page, rig.running.baseUrl, username, DEMO_PASSWORD);
  return opened;
}

/** Texts of the stored messages shown in the open channel, top to bottom. */
export async function shownTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('message-list')
    .locator('[data-testid="message"] [data-testid="message-text"]')
    .allTextContents();
}

/** Seqs of the stored messages shown, top to bottom. */
export async function shownSeqs(page: Page): Promise<number[]> {
  const seqs = await page
    .getByTestId('message-list')
    .locator('[data-testid="message"]')
    .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-seq'))));
  return seqs;
}

export async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('composer-send').click();
}

export async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByTestId('message-list').locator('[data-testid="message"]', { hasText: text }).waitFor();
}

/** Searches the people picker and taps one person, once the results for that search have arrived. */
export async function pickPerson(page: Page, query: string, username: string): Promise<void> {
  await page.getByTestId('people-search').fill(query);
  await page
    .locator(`[data-testid="people-results"][data-term="${query}"][aria-busy="false"]`)
    .waitFor({ state: 'attached' });
  await page.getByTestId(`people-option-${username}`).click();
}

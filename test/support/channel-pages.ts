import type { Page } from 'playwright-core';

/** The phone the brief designs for. */
export const PHONE_390 = { width: 390, height: 844 };

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

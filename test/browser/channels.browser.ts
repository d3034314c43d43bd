import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import type { ChannelDto, HistoryPageDto, LoginResponse } from '@cdt/domain';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from '../support/app';
import { DESKTOP, launchBrowser, newPage, screenshot, signIn } from '../support/browser';
import { ChannelSystemMessages } from '../../apps/api/src/channels/channel-system-messages';

/** The phone the brief designs for. */
const PHONE_390 = { width: 390, height: 844 };

/** Texts of the stored messages shown in the open channel, top to bottom. */
async function shownTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('message-list')
    .locator('[data-testid="message"] [data-testid="message-text"]')
    .allTextContents();
}

/** Seqs of the stored messages shown, top to bottom. */
async function shownSeqs(page: Page): Promise<number[]> {
  const seqs = await page
    .getByTestId('message-list')
    .locator('[data-testid="message"]')
    .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-seq'))));
  return seqs;
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByTestId('composer-text').fill(text);
  await page.getByTestId('composer-send').click();
}

async function waitForText(page: Page, text: string): Promise<void> {
  await page.getByTestId('message-list').locator('[data-testid="message"]', { hasText: text }).waitFor();
}

describe('channels in real browsers', () => {
  let running: RunningApp;
  let browser: Browser;
  let leader: LoginResponse;
  let member: LoginResponse;
  let channel: ChannelDto;

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    [leader, member] = await Promise.all([
      login(running.baseUrl, 'totruong.khupho1'),
      login(running.baseUrl, 'thanhvien.khupho1'),
    ]);
    // A working group of our own: no other test file posts into it, so order and counts are exact.
    const created = await http<ChannelDto>(running.baseUrl, 'POST', '/api/channels/working-groups', {
      token: leader.accessToken,
      body: { title: `Nhóm thử trình duyệt ${Date.now() % 100_000}`, memberIds: [member.user.id] },
    });
    expect(created.status).toBe(201);
    channel = created.body;
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('two members talk live; the one who drops offline catches up in order and its outbox message lands once', async () => {
    const a = await newPage(browser, PHONE_390);
    const b = await newPage(browser, PHONE_390);
    await signIn(a.page, running.baseUrl, 'totruong.khupho1', DEMO_PASSWORD);
    await signIn(b.page, running.baseUrl, 'thanhvien.khupho1', DEMO_PASSWORD);

    // The leader finds the channel in the list (phone: the list is its own screen).
    await a.page.getByTestId('nav-burger').click();
    await a.page.getByTestId('nav-channels').click();
    const item = a.page.getByTestId(`channel-item-${channel.id}`);
    await item.waitFor();
    await expect(item.getAttribute('data-kind')).resolves.toBe('working_group');
    await screenshot(a.page, 'channels-list-phone');
    await item.click();
    await a.page.getByTestId('channel-pane').waitFor();
    await a.page.getByTestId('channel-start').waitFor();

    await b.page.goto(`${running.baseUrl}/channels/${channel.id}`);
    await b.page.getByTestId('channel-start').waitFor();
    await b.page.locator('[data-testid="connection-state"][data-state="online"]').waitFor();

    // Live both ways.
    await send(a.page, 'Chào em, mai họp tổ lúc 8 giờ nhé.');
    await waitForText(b.page, 'mai họp tổ lúc 8 giờ');
    await send(b.page, 'Dạ em nhận được rồi ạ.');
    await waitForText(a.page, 'Dạ em nhận được rồi ạ.');

    // The member's phone loses the network: the socket drops and the header says so.
    await b.context.setOffline(true);
    await b.page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await send(b.page, 'Em đang ở vùng không có sóng, sẽ gửi sau.');
    const pending = b.page.getByTestId('pending-message');
    await pending.waitFor();
    await expect(pending.getAttribute('data-state')).resolves.toBe('pending');
    const clientId = await pending.getAttribute('data-client-id');
    // The outbox survives a reload: it is kept in localStorage under the user's id.
    const stored = await b.page.evaluate(
      (key) => localStorage.getItem(key),
      `cdt.channels.outbox.${member.user.id}`,
    );
    expect(JSON.parse(stored ?? '[]')).toEqual([
      expect.objectContaining({ clientMessageId: clientId, channelId: channel.id, state: 'pending' }),
    ]);

    const whileAway = [
      'Tin 1: danh sách hộ cần hỗ trợ VNeID.',
      'Tin 2: mang theo máy tính bảng.',
      'Tin 3: nhớ @all đến đúng giờ.',
    ];
    for (const text of whileAway) await send(a.page, text);
    await waitForText(a.page, 'Tin 3');
    // Nothing reached the offline phone.
    await expect(b.page.getByTestId('message-list').getByText('Tin 1').count()).resolves.toBe(0);

    // Back online: the gap is fetched after the last seq held and the outbox is sent once.
    await b.context.setOffline(false);
    await b.page
      .locator('[data-testid="connection-state"][data-state="online"]')
      .waitFor({ timeout: 20_000 });
    await waitForText(b.page, 'Tin 3');
    await waitForText(b.page, 'sẽ gửi sau');
    await pending.waitFor({ state: 'detached' });
    await waitForText(a.page, 'sẽ gửi sau');

    const expected = [
      'Chào em, mai họp tổ lúc 8 giờ nhé.',
      'Dạ em nhận được rồi ạ.',
      ...whileAway,
      'Em đang ở vùng không có sóng, sẽ gửi sau.',
    ];
    for (const page of [a.page, b.page]) {
      await expect(shownTexts(page)).resolves.toEqual(expected);
      await expect(shownSeqs(page)).resolves.toEqual([1, 2, 3, 4, 5, 6]);
    }
    await screenshot(b.page, 'channel-messages-phone');

    // The server holds the same six messages: the offline one exactly once, under its client id.
    const history = await http<HistoryPageDto>(
      running.baseUrl,
      'GET',
      `/api/channels/${channel.id}/messages`,
      {
        token: leader.accessToken,
      },
    );
    expect(history.status).toBe(200);
    expect(history.body.items.map((m) => m.text)).toEqual(expected);
    expect(history.body.items.filter((m) => m.clientMessageId === clientId)).toHaveLength(1);
    await expect(
      b.page.evaluate((key) => localStorage.getItem(key), `cdt.channels.outbox.${member.user.id}`),
    ).resolves.toBe('[]');

    await a.context.close();
    await b.context.close();
  }, 90_000);
  it('mentions, threads, edits, pins, polls, "seen by", search and deletion reach the other member live', async () => {
    const group = await http<ChannelDto>(running.baseUrl, 'POST', '/api/channels/working-groups', {
      token: leader.accessToken,
      body: { title: `Nhóm thử tính năng ${Date.now() % 100_000}`, memberIds: [member.user.id] },
    });
    expect(group.status).toBe(201);
    const url = `${running.baseUrl}/channels/${group.body.id}`;
    const a = await newPage(browser, PHONE_390);
    const b = await newPage(browser, PHONE_390);
    await signIn(a.page, running.baseUrl, 'totruong.khupho1', DEMO_PASSWORD);
    await signIn(b.page, running.baseUrl, 'thanhvien.khupho1', DEMO_PASSWORD);
    await a.page.goto(url);
    await b.page.goto(url);
    await a.page.getByTestId('channel-start').waitFor();
    await b.page.getByTestId('channel-start').waitFor();
    a.page.on('dialog', (dialog) => void dialog.accept());

    // "@thanh" suggests the member (and @all); a tap inserts their username.
    const composer = a.page.getByTestId('composer-text');
    await composer.fill('Nhờ @thanh');
    await a.page.getByTestId('mention-suggestions').waitFor();
    await a.page.getByTestId('mention-option-thanhvien.khupho1').click();
    await composer.pressSequentially('chuẩn bị danh sách hộ');
    await expect(composer.inputValue()).resolves.toBe('Nhờ @thanhvien.khupho1 chuẩn bị danh sách hộ');
    await a.page.getByTestId('composer-send').click();
    const asked = b.page.locator('[data-testid="message"]', { hasText: 'chuẩn bị danh sách hộ' });
    await asked.getByTestId('mention').waitFor();

    // The member answers in a thread; the leader sees the reply count and opens the thread.
    await asked.getByTestId('message-menu').click();
    await b.page.getByTestId('message-reply').click();
    await b.page.getByTestId('thread-composer-text').fill('Dạ em làm ngay.');
    await b.page.getByTestId('thread-composer-send').click();
    await b.page.getByTestId('thread').getByText('Dạ em làm ngay.').waitFor();
    await b.page.keyboard.press('Escape');
    const mine = a.page.locator('[data-testid="message"]', { hasText: 'chuẩn bị danh sách hộ' });
    await mine.getByTestId('message-replies').waitFor();
    await mine.getByTestId('message-replies').click();
    await a.page.getByTestId('thread').getByText('Dạ em làm ngay.').waitFor();
    await a.page.keyboard.press('Escape');
    await expect(shownTexts(a.page)).resolves.toEqual(['Nhờ @thanhvien.khupho1 chuẩn bị danh sách hộ']);

    // Edit and pin: both reach the open channel on the other phone.
    await mine.getByTestId('message-menu').click();
    await a.page.getByTestId('message-edit').click();
    await a.page
      .getByTestId('message-edit-text')
      .fill('Nhờ @thanhvien.khupho1 chuẩn bị danh sách hộ cao tuổi');
    await a.page.getByTestId('message-edit-save').click();
    await b.page.locator('[data-testid="message"]', { hasText: 'hộ cao tuổi' }).waitFor();
    await mine.getByTestId('message-menu').click();
    await a.page.getByTestId('message-pin').click();
    await asked.getByTestId('message-pinned').waitFor();
    await b.page.getByTestId('channel-pins-toggle').click();
    await b.page.getByTestId('pinned-list').getByText('hộ cao tuổi').waitFor();
    await b.page.getByTestId('channel-pins-toggle').click();

    // The member has read it: "seen by" counts them.
    await mine.getByTestId('message-menu').click();
    await a.page.getByTestId('message-seen').click();
    await expect(a.page.getByTestId('seen-count').textContent()).resolves.toContain('1/1');
    await a.page.keyboard.press('Escape');

    // A single-choice poll with a deadline; the member votes and the leader sees the count.
    await a.page.getByTestId('composer-poll').click();
    await a.page.getByTestId('poll-form-question').fill('Chọn ngày đi hỗ trợ?');
    await a.page.getByTestId('poll-form-option-0').fill('Thứ Bảy');
    await a.page.getByTestId('poll-form-option-1').fill('Chủ nhật');
    await a.page.getByTestId('poll-form-submit').click();
    const poll = b.page.getByTestId('poll');
    await poll.waitFor();
    await poll.getByTestId('poll-option-o2').check();
    await poll.getByTestId('poll-vote').click();
    await a.page.getByTestId('poll-voters').getByText('1 người').waitFor();
    await expect(a.page.getByTestId('poll').locator('[data-votes="1"]').textContent()).resolves.toContain(
      'Chủ nhật',
    );

    // Search ignores diacritics.
    await b.page.getByTestId('channel-search-toggle').click();
    await b.page.getByTestId('search-input').fill('ho cao tuoi');
    await b.page.getByTestId('search-results').getByText('hộ cao tuổi').waitFor();
    await b.page.getByTestId('channel-search-toggle').click();

    // The leader deletes the message: a tombstone on both phones.
    await mine.getByTestId('message-menu').click();
    await a.page.getByTestId('message-delete').click();
    await b.page
      .locator('[data-testid="message"][data-deleted="true"]')
      .getByTestId('message-deleted')
      .waitFor();
    await a.context.close();
    await b.context.close();
  }, 90_000);
  it('a message typed offline survives a reload and is sent once when the socket comes back', async () => {
    const group = await http<ChannelDto>(running.baseUrl, 'POST', '/api/channels/working-groups', {
      token: leader.accessToken,
      body: { title: `Nhóm thử tải lại ${Date.now() % 100_000}`, memberIds: [member.user.id] },
    });
    expect(group.status).toBe(201);
    const { context, page } = await newPage(browser, PHONE_390);
    await signIn(page, running.baseUrl, 'thanhvien.khupho1', DEMO_PASSWORD);
    await page.goto(`${running.baseUrl}/channels/${group.body.id}`);
    await page.getByTestId('channel-start').waitFor();

    await context.setOffline(true);
    await page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await send(page, 'Gửi sau khi tải lại trang.');
    const clientId = await page.getByTestId('pending-message').getAttribute('data-client-id');

    // The page reloads while the socket cannot connect (socket.io starts with HTTP long-polling).
    await context.route('**/socket.io/**', (route) => route.abort());
    await context.setOffline(false);
    await page.reload();
    const pending = page.getByTestId('pending-message');
    await pending.waitFor();
    await expect(pending.getAttribute('data-client-id')).resolves.toBe(clientId);
    await expect(page.getByTestId('message-list').locator('[data-testid="message"]').count()).resolves.toBe(
      0,
    );

    await context.unroute('**/socket.io/**');
    await waitForText(page, 'Gửi sau khi tải lại trang.');
    await pending.waitFor({ state: 'detached' });
    const history = await http<HistoryPageDto>(
      running.baseUrl,
      'GET',
      `/api/channels/${group.body.id}/messages`,
      { token: leader.accessToken },
    );
    expect(history.body.items.map((m) => [m.text, m.clientMessageId])).toEqual([
      ['Gửi sau khi tải lại trang.', clientId],
    ]);
    await context.close();
  }, 60_000);
  it("on a wide screen the list and the channel sit side by side, and the hub's reminders stand apart with a task link", async () => {
    const village = (
      await http<ChannelDto[]>(running.baseUrl, 'GET', '/api/channels?kind=village', {
        token: leader.accessToken,
      })
    ).body.find((c) => c.unit?.name === 'Khu phố 1');
    if (!village?.teamId) throw new Error('the demo village channel of Khu phố 1 is missing');
    const { context, page } = await newPage(browser, DESKTOP);
    await signIn(page, running.baseUrl, 'totruong.khupho1', DEMO_PASSWORD);
    await page.getByTestId('nav-channels').click();
    await page.getByTestId(`channel-item-${village.id}`).click();
    await page.getByTestId('channel-list').waitFor();
    await page.locator(`[data-testid="channel-pane"][data-channel-id="${village.id}"]`).waitFor();
    await page.getByTestId('message-list').locator('[data-testid="message"]').first().waitFor();

    const taskId = randomUUID();
    const posted = await running.app.get(ChannelSystemMessages).postToTeamChannel(village.teamId, {
      type: 'task_reminder',
      taskId,
      taskTitle: 'Rà soát hộ chưa kích hoạt VNeID',
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      stage: 'upcoming',
    });
    expect(posted).not.toBeNull();
    const card = page.locator(`[data-testid="system-message"][data-seq="${posted?.seq}"]`);
    await card.waitFor();
    await expect(card.getAttribute('data-type')).resolves.toBe('task_reminder');
    await expect(card.textContent()).resolves.toContain('Rà soát hộ chưa kích hoạt VNeID');
    await expect(card.getByTestId('system-task-link').getAttribute('href')).resolves.toBe(`/tasks/${taskId}`);
    if (process.env.CHANNELS_DEBUG_SHOT) await page.screenshot({ path: process.env.CHANNELS_DEBUG_SHOT });
    await context.close();
  });
});

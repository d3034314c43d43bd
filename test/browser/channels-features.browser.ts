import { randomUUID } from 'node:crypto';
import type { ChannelDto, LoginResponse } from '@cdt/domain';
import { ChannelSystemMessages } from '../../apps/api/src/channels/channel-system-messages';
import { http, type RunningApp } from '../support/app';
import { DESKTOP } from '../support/browser';
import {
  createWorkingGroup,
  LEADER,
  MEMBER,
  openSignedIn,
  shownTexts,
  startChannelBrowsers,
  stopChannelBrowsers,
  type ChannelBrowsers,
} from '../support/channel-pages';

describe('channel features in real browsers', () => {
  let rig: ChannelBrowsers;
  let running: RunningApp;
  let leader: LoginResponse;

  beforeAll(async () => {
    rig = await startChannelBrowsers();
    ({ running, leader } = rig);
  }, 30_000);
  afterAll(() => stopChannelBrowsers(rig));

  it('mentions, threads, edits, pins, polls, "seen by", search and deletion reach the other member live', async () => {
    const group = await createWorkingGroup(rig, 'Nhóm thử tính năng');
    const url = `${running.baseUrl}/channels/${group.id}`;
    const a = await openSignedIn(rig, LEADER);
    const b = await openSignedIn(rig, MEMBER);
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
  it("on a wide screen the list and the channel sit side by side, and the hub's reminders stand apart with a task link", async () => {
    const village = (
      await http<ChannelDto[]>(running.baseUrl, 'GET', '/api/channels?kind=village', {
        token: leader.accessToken,
      })
    ).body.find((c) => c.unit?.name === 'Khu phố 1');
    if (!village?.teamId) throw new Error('the demo village channel of Khu phố 1 is missing');
    const { context, page } = await openSignedIn(rig, LEADER, DESKTOP);
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

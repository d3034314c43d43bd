import type { ChannelDto, HistoryPageDto, LoginResponse } from '@cdt/domain';
import { http, type RunningApp } from '../support/app';
import { screenshot } from '../support/browser';
import {
  createWorkingGroup,
  LEADER,
  MEMBER,
  openSignedIn,
  send,
  shownSeqs,
  shownTexts,
  startChannelBrowsers,
  stopChannelBrowsers,
  waitForText,
  type ChannelBrowsers,
} from '../support/channel-pages';

describe('channels in real browsers', () => {
  let rig: ChannelBrowsers;
  let running: RunningApp;
  let leader: LoginResponse;
  let member: LoginResponse;
  let channel: ChannelDto;

  beforeAll(async () => {
    rig = await startChannelBrowsers();
    ({ running, leader, member } = rig);
    channel = await createWorkingGroup(rig, 'Nhóm thử trình duyệt');
  }, 30_000);
  afterAll(() => stopChannelBrowsers(rig));

  it('two members talk live; the one who drops offline catches up in order and its outbox message lands once', async () => {
    const a = await openSignedIn(rig, LEADER);
    const b = await openSignedIn(rig, MEMBER);

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
    // The room broadcast can reach the leader before the member's own ack: wait until that ack emptied the outbox.
    const outboxKey = `cdt.channels.outbox.${member.user.id}`;
    await b.page.waitForFunction(
      (key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[]).length === 0,
      outboxKey,
    );

    // The member's phone loses the network: the socket drops and the header says so.
    await b.context.setOffline(true);
    await b.page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await send(b.page, 'Em đang ở vùng không có sóng, sẽ gửi sau.');
    const pending = b.page.getByTestId('pending-message');
    await pending.waitFor();
    await expect(pending.getAttribute('data-state')).resolves.toBe('pending');
    const clientId = await pending.getAttribute('data-client-id');
    // The outbox survives a reload: it is kept in localStorage under the user's id.
    const stored = await b.page.evaluate((key) => localStorage.getItem(key), outboxKey);
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
  it('a message typed offline survives a reload and is sent once when the socket comes back', async () => {
    const group = await createWorkingGroup(rig, 'Nhóm thử tải lại');
    const { context, page } = await openSignedIn(rig, MEMBER);
    await page.goto(`${running.baseUrl}/channels/${group.id}`);
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
    const history = await http<HistoryPageDto>(running.baseUrl, 'GET', `/api/channels/${group.id}/messages`, {
      token: leader.accessToken,
    });
    expect(history.body.items.map((m) => [m.text, m.clientMessageId])).toEqual([
      ['Gửi sau khi tải lại trang.', clientId],
    ]);
    await context.close();
  }, 60_000);
});

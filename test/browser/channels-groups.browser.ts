import type { Browser } from 'playwright-core';
import type { ChannelDto, ChannelMemberDto, LoginResponse, TeamDto, UnitDto, UserDto } from '@cdt/domain';
import { DEMO_PASSWORD, http, login, startApp, type RunningApp } from '../support/app';
import { launchBrowser, newPage, signIn } from '../support/browser';
import { PHONE_390, pickPerson, send, shownTexts, waitForText } from '../support/channel-pages';
import { account, unitsByCode } from '../support/teams';

/**
 * Working groups and direct messages made through the screens: the Hồ Xá chair creates a group with a village
 * member and the district culture office head, removes the member (who keeps what they wrote, read-only), adds
 * the commune team leader, and is refused a conversation with someone who moved out of reach. Its own group and
 * its own fresh account; the demo people are only added to that group.
 */
describe('working groups and direct messages in real browsers', () => {
  let running: RunningApp;
  let browser: Browser;
  let admin: LoginResponse;
  let hoXa: UnitDto;
  let gioLinhCommune: UnitDto;

  beforeAll(async () => {
    running = await startApp();
    browser = await launchBrowser();
    admin = await login(running.baseUrl, 'admin');
    const unit = await unitsByCode(running.baseUrl, admin.accessToken, ['464', '466']);
    hoXa = unit('19363');
    const communes = await http<UnitDto[]>(running.baseUrl, 'GET', `/api/units/${unit('466').id}/children`, {
      token: admin.accessToken,
    });
    gioLinhCommune = communes.body.find((u) => u.kind === 'commune')!;
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('the chair creates a group via the picker; the member sees it live, posts, is removed and keeps a read-only history', async () => {
    const a = await newPage(browser, PHONE_390);
    const b = await newPage(browser, PHONE_390);
    await signIn(a.page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await signIn(b.page, running.baseUrl, 'thanhvien.khupho1', DEMO_PASSWORD);
    await b.page.goto(`${running.baseUrl}/channels`);
    await b.page.getByTestId('channel-list').waitFor();
    a.page.on('dialog', (dialog) => void dialog.accept());

    // Name the group, then pick two people: one by a name typed without diacritics, one by username.
    const title = `Nhóm rà soát hộ nghèo ${Date.now() % 100_000}`;
    await a.page.goto(`${running.baseUrl}/channels`);
    await a.page.getByTestId('channel-new-group').click();
    await a.page.getByTestId('group-form-submit').click();
    await a.page.getByTestId('group-form').getByText('Hãy đặt tên cho nhóm').waitFor();
    await a.page.getByTestId('group-form-title').fill(title);
    await pickPerson(a.page, 'le thi mai', 'thanhvien.khupho1');
    await pickPerson(a.page, 'vanhoa', 'vanhoa.vinhlinh');
    await a.page.getByTestId('people-picked-thanhvien.khupho1').waitFor();
    await a.page.getByTestId('people-picked-vanhoa.vinhlinh').waitFor();
    await a.page.getByTestId('group-form-submit').click();
    await a.page.getByTestId('channel-pane').waitFor();
    await expect(a.page.getByTestId('channel-title').textContent()).resolves.toBe(title);
    const channelId = (await a.page.getByTestId('channel-pane').getAttribute('data-channel-id'))!;
    expect(a.page.url()).toBe(`${running.baseUrl}/channels/${channelId}`);

    // The member's list gains the group without a reload; they open it and post.
    const item = b.page.getByTestId(`channel-item-${channelId}`);
    await item.waitFor();
    await expect(item.getAttribute('data-kind')).resolves.toBe('working_group');
    await item.click();
    await b.page.getByTestId('channel-start').waitFor();
    await b.page.locator('[data-testid="connection-state"][data-state="online"]').waitFor();
    await send(b.page, 'Em nhận rà soát khu phố 1 ạ.');
    await waitForText(a.page, 'Em nhận rà soát khu phố 1 ạ.');

    // The owner sees three members and removes the village member.
    await a.page.getByTestId('channel-members-toggle').click();
    const members = a.page.getByTestId('group-members');
    await expect(
      members
        .locator('[data-testid^="group-member-"][data-role]')
        .evaluateAll((rows) =>
          rows.map((r) => `${r.getAttribute('data-testid')}:${r.getAttribute('data-role')}`).sort(),
        ),
    ).resolves.toEqual([
      'group-member-chutich.hoxa:owner',
      'group-member-thanhvien.khupho1:poster',
      'group-member-vanhoa.vinhlinh:poster',
    ]);
    // The owner shares running the group with the district official (the row's menu), then removes the village member.
    await a.page.getByTestId('group-member-menu-vanhoa.vinhlinh').click();
    await a.page.getByTestId('group-member-promote-vanhoa.vinhlinh').click();
    await members.locator('[data-testid="group-member-vanhoa.vinhlinh"][data-role="owner"]').waitFor();
    await a.page.getByTestId('group-member-menu-thanhvien.khupho1').click();
    await a.page.getByTestId('group-member-remove-thanhvien.khupho1').click();
    await members.getByTestId('group-member-thanhvien.khupho1').waitFor({ state: 'detached' });

    // Live on the member's phone: the composer turns read-only; what they wrote stays.
    await b.page.locator('[data-testid="channel-read-only"][data-left="true"]').waitFor();
    await expect(b.page.getByTestId('channel-read-only-note').textContent()).resolves.toContain(
      'không gửi được tin mới',
    );
    await expect(b.page.getByTestId('composer-disabled').isDisabled()).resolves.toBe(true);
    await expect(b.page.getByTestId('composer-text').count()).resolves.toBe(0);
    await expect(shownTexts(b.page)).resolves.toEqual(['Em nhận rà soát khu phố 1 ạ.']);

    // What the group says afterwards never reaches the former member, even after a reload.
    await a.page.getByTestId('channel-members-toggle').click();
    await send(a.page, 'Tin sau khi em rời nhóm.');
    await waitForText(a.page, 'Tin sau khi em rời nhóm.');
    await b.page.reload();
    await b.page.getByTestId('channel-start').waitFor();
    await b.page.locator('[data-testid="channel-read-only"][data-left="true"]').waitFor();
    await expect(shownTexts(b.page)).resolves.toEqual(['Em nhận rà soát khu phố 1 ạ.']);
    await expect(shownTexts(a.page)).resolves.toEqual([
      'Em nhận rà soát khu phố 1 ạ.',
      'Tin sau khi em rời nhóm.',
    ]);

    // The owner adds someone else through the same picker (current members are not offered).
    await a.page.getByTestId('channel-members-toggle').click();
    await a.page.getByTestId('group-members-add').click();
    await a.page.getByTestId('people-search').fill('vanhoa.vinhlinh');
    await a.page
      .locator('[data-testid="people-results"][data-term="vanhoa.vinhlinh"][aria-busy="false"]')
      .waitFor({ state: 'attached' });
    await expect(a.page.getByTestId('people-option-vanhoa.vinhlinh').count()).resolves.toBe(0);
    await pickPerson(a.page, 'nguyen van hoa', 'totruong.hoxa');
    await a.page.getByTestId('group-add-submit').click();
    await a.page.getByTestId('group-add-form').waitFor({ state: 'detached' });
    await expect(a.page.getByTestId('group-member-totruong.hoxa').getAttribute('data-role')).resolves.toBe(
      'poster',
    );
    await a.context.close();
    await b.context.close();
  }, 90_000);

  it('the chair messages a village member straight from the team roster; a second tap finds the same conversation', async () => {
    const member = await login(running.baseUrl, 'thanhvien.khupho1', DEMO_PASSWORD);
    const teams = await http<TeamDto[]>(running.baseUrl, 'GET', '/api/teams?mine=true', {
      token: member.accessToken,
    });
    const team = teams.body[0]!;
    const { page, context } = await newPage(browser, PHONE_390);
    await signIn(page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);

    const openFromRoster = async () => {
      await page.goto(`${running.baseUrl}/teams/${team.id}`);
      await page.getByTestId(`message-person-${member.user.id}`).click();
      await page.getByTestId('channel-pane').waitFor();
      return (await page.getByTestId('channel-pane').getAttribute('data-channel-id'))!;
    };
    const first = await openFromRoster();
    expect(page.url()).toBe(`${running.baseUrl}/channels/${first}`);
    await expect(openFromRoster()).resolves.toBe(first);

    // The server's view: a one-to-one channel of exactly these two people.
    const chair = await login(running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    const channel = await http<ChannelDto>(running.baseUrl, 'GET', `/api/channels/${first}`, {
      token: chair.accessToken,
    });
    expect(channel.body.kind).toBe('direct');
    const members = await http<ChannelMemberDto[]>(running.baseUrl, 'GET', `/api/channels/${first}/members`, {
      token: chair.accessToken,
    });
    expect(members.body.map((m) => m.username).sort()).toEqual(['chutich.hoxa', 'thanhvien.khupho1']);
    await context.close();
  }, 60_000);

  it('a direct message to someone who moved out of reach is refused with the readable reason', async () => {
    const mover = await account(running.baseUrl, admin.accessToken, 'e2e.groups.mover', [
      { unitId: hoXa.id, role: 'viewer' },
    ]);
    const { page, context } = await newPage(browser, PHONE_390);
    await signIn(page, running.baseUrl, 'chutich.hoxa', DEMO_PASSWORD);
    await page.goto(`${running.baseUrl}/channels`);
    await page.getByTestId('channel-new-direct').click();
    await page.getByTestId('people-search').fill('groups.mover');
    await page
      .locator('[data-testid="people-results"][data-term="groups.mover"][aria-busy="false"]')
      .waitFor({ state: 'attached' });
    const option = page.getByTestId('people-option-e2e.groups.mover');
    await expect(page.locator('[data-testid^="people-option-"]').count()).resolves.toBe(1);

    // The person moves to a Gio Linh commune while the picker still shows them.
    const revoked = await http<UserDto>(
      running.baseUrl,
      'DELETE',
      `/api/users/${mover.user.id}/grants/${mover.user.grants[0]!.id}`,
      { token: admin.accessToken },
    );
    expect(revoked.status).toBe(200);
    const moved = await http<UserDto>(running.baseUrl, 'POST', `/api/users/${mover.user.id}/grants`, {
      token: admin.accessToken,
      body: { unitId: gioLinhCommune.id, role: 'viewer' },
    });
    expect(moved.status).toBe(201);

    await option.click();
    const refusal = page.getByTestId('direct-form-error');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toContain('Không thể nhắn tin riêng cho người này.');
    // The picker refreshes and no longer offers them; the page stays on the list.
    await page.getByTestId('people-empty').waitFor();
    await expect(option.count()).resolves.toBe(0);
    expect(page.url()).toBe(`${running.baseUrl}/channels`);
    await context.close();
  }, 60_000);
});

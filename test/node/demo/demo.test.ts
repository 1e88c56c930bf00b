// The page `npm start` serves (demo/), built the way start.mjs builds it and served by an
// emulator with the dev UserSig endpoint, opened in Chromium as a user would open it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Message } from '@tencentcloud/chat';
import type { Browser, Page } from 'puppeteer-core';
import { useEmulator } from '../support/emulator-fixture.js';
import {
  launchBrowser,
  openPage,
  repoRoot,
  rest,
  waitForDeep,
  waitForDeepText,
  waitForLogin,
} from '../examples/support.js';

let browser: Browser | undefined;
// Chromium goes first: the emulator's close waits for the connections the pages keep.
after(() => browser?.close());
const fx = useEmulator();

before(async () => {
  const { buildDemo } = (await import(join(repoRoot, 'scripts/build-demo.mjs'))) as {
    buildDemo(): Promise<void>;
  };
  await buildDemo();
  await fx.start({ dev: true, serve: join(repoRoot, 'demo'), seedUsers: ['alice', 'carol'] });
  browser = await launchBrowser();
});

async function openAs(user: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser!);
  await opened.page.goto(`${fx.emu().url}/?user=${user}`);
  await waitForLogin(opened.page);
  return opened;
}

/** Whether the section's panel is the one shown. */
const shown = (page: Page, id: string): Promise<boolean> =>
  page.$eval(`#panel-${id}`, (panel) => !(panel as HTMLElement).hidden);

test('a text typed after "Chat with user ID" reaches that user', async () => {
  const bob = await fx.loggedIn('bob');
  const { page, errors } = await openAs('alice');
  try {
    const text = 'hello bob from the demo';
    const received = bob.next<Message[]>(bob.TencentCloudChat.EVENT.MESSAGE_RECEIVED, (list) =>
      list.some((m) => (m.payload as { text?: string }).text === text),
    );
    await page.type('#peer', 'bob');
    await page.click('#new-chat button');
    const input = await waitForDeep(page, 'tim-chat', 'textarea');
    await input.type(text);
    await page.keyboard.press('Enter');
    const [message] = await received;
    assert.equal(message?.from, 'alice');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('the tabs show contacts, groups and the own profile, and arrow keys move between them', async () => {
  const { page, errors } = await openAs('carol');
  try {
    assert.equal(await shown(page, 'chats'), true);
    await page.click('#tab-contacts');
    assert.equal(await shown(page, 'contacts'), true);
    assert.equal(await shown(page, 'chats'), false);
    await waitForDeep(page, 'tim-friend-requests', 'form');
    await page.keyboard.press('ArrowRight');
    assert.equal(await shown(page, 'groups'), true);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-groups');
    await page.keyboard.press('ArrowRight');
    assert.equal(await shown(page, 'me'), true);
    await waitForDeepText(page, 'tim-profile', 'carol');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a group opened from the Groups section shows its chat and, on request, its settings', async () => {
  const emu = fx.emu();
  await rest(emu, 'group_open_http_svc/create_group', {
    Type: 'Public',
    GroupId: 'demo-team',
    Name: 'Demo team',
    Owner_Account: 'alice',
    MemberList: [{ Member_Account: 'carol' }],
  });
  const { page, errors } = await openAs('carol');
  try {
    await page.click('#tab-groups');
    const item = await waitForDeep(page, 'tim-group-list', '[data-group-id="demo-team"]');
    await item.click();
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-chats')?.hidden);
    await page.waitForSelector('.settings-toggle:not([hidden])');
    await page.click('.settings-toggle');
    await page.waitForSelector('.group-side:not([hidden])');
    await waitForDeepText(page, 'tim-group-settings', 'Demo team');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

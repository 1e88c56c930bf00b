// The single-file bundle on a plain page: no build step, no script of the page's own, only
// `<script type="module" src=".../tim-kit.js">` and the tags configured by attributes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { useEmulator } from '../support/emulator-fixture.js';
import {
  conversationItem,
  importAccount,
  launchBrowser,
  openPage,
  repoRoot,
  runBuild,
  sendTextAs,
  waitForDeep,
  waitForDeepText,
  waitForLogin,
} from './support.js';
import type { Browser } from 'puppeteer-core';

let browser: Browser | undefined;
let site = '';
// Chromium goes first: the emulator's close waits for the connections the pages keep.
after(async () => {
  await browser?.close();
  if (site) await rm(site, { recursive: true, force: true });
});
const fx = useEmulator();

before(async () => {
  await runBuild('build-bundle.mjs');
  site = await mkdtemp(join(tmpdir(), 'tim-kit-bundle-'));
  await symlink(join(repoRoot, 'packages/elements/dist/tim-kit.js'), join(site, 'tim-kit.js'));
  await fx.start({ dev: true, serve: site });
  browser = await launchBrowser();
});

/**
 * Writes `body` as a plain HTML page next to a link to the built bundle, in the directory the
 * emulator serves, and opens it: what a site does when it drops the file on its server.
 */
async function plainPage(name: string, body: string): Promise<{ page: Page; errors: string[] }> {
  await writeFile(
    join(site, `${name}.html`),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>tim-kit bundle</title>
    <link rel="icon" href="data:," />
    <script type="module" src="./tim-kit.js"></script>
  </head>
  <body>${body}</body>
</html>`,
  );
  const opened = await openPage(browser!);
  await opened.page.goto(`${fx.emu().url}/${name}.html`);
  return opened;
}

test('a plain page with only the bundle logs in and shows a peer’s message', async () => {
  const emu = fx.emu();
  await importAccount(emu, 'plain-me');
  await importAccount(emu, 'plain-peer');
  const { page, errors } = await plainPage(
    'chat',
    `
    <tim-provider sdk-app-id="${emu.sdkAppID}" user-id="plain-me"
        user-sig-url="/dev/usersig" proxy-server="${emu.wsUrl}" lang="en">
      <tim-conversation-list style="display:block;height:300px"></tim-conversation-list>
      <tim-chat style="display:block;height:400px"></tim-chat>
    </tim-provider>`,
  );
  try {
    await waitForLogin(page);
    await sendTextAs(emu, 'plain-peer', 'plain-me', 'hello plain page');
    const item = await waitForDeep(
      page,
      'tim-conversation-list',
      conversationItem('C2Cplain-peer'),
    );
    await item.click();
    await waitForDeepText(page, 'tim-chat', 'hello plain page');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a provider with a non-numeric sdk-app-id shows why in place of the chat', async () => {
  const { page } = await plainPage(
    'bad-app-id',
    `
    <tim-provider sdk-app-id="my-app" user-id="plain-bad" user-sig-url="/dev/usersig">
      <tim-chat></tim-chat>
    </tim-provider>`,
  );
  try {
    const message = await waitForDeep(page, 'tim-provider', '[part="message"][role="alert"]');
    const text = await message.evaluate((el) => (el as HTMLElement).innerText);
    assert.match(text, /not set up correctly/);
    assert.match(text, /sdk-app-id="my-app"/);
    const chatHeight = await page.$eval('tim-chat', (el) => el.getBoundingClientRect().height);
    assert.equal(chatHeight, 0);
  } finally {
    await page.close();
  }
});

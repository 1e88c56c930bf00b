// The single-file bundle on a plain page: no build step, no script of the page's own, only
// `<script type="module" src=".../tim-kit.js">` and the tags configured by attributes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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
  waitForLogin,
} from './support.js';
import type { Browser } from 'puppeteer-core';

const fx = useEmulator();
let browser: Browser;

before(async () => {
  await runBuild('build-bundle.mjs');
  await fx.start({ dev: true, serve: repoRoot });
  browser = await launchBrowser();
});
after(() => browser?.close());

/** Serves `body` as a real page at /plain.html on the emulator's origin and opens it. */
async function plainPage(body: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser);
  const url = `${fx.emu().url}/plain.html`;
  await opened.page.setRequestInterception(true);
  opened.page.on('request', (request) => {
    if (request.url() !== url) return void request.continue();
    void request.respond({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>tim-kit bundle</title>
    <script type="module" src="/packages/elements/dist/tim-kit.js"></script>
  </head>
  <body>${body}</body>
</html>`,
    });
  });
  await opened.page.goto(url);
  return opened;
}

test('a plain page with only the bundle logs in and shows a peer’s message', async () => {
  const emu = fx.emu();
  await importAccount(emu, 'plain-me');
  await importAccount(emu, 'plain-peer');
  const { page, errors } = await plainPage(`
    <tim-provider sdk-app-id="${emu.sdkAppID}" user-id="plain-me"
        user-sig-url="/dev/usersig" proxy-server="${emu.wsUrl}" lang="en">
      <tim-conversation-list style="display:block;height:300px"></tim-conversation-list>
      <tim-chat style="display:block;height:400px"></tim-chat>
    </tim-provider>`);
  try {
    await waitForLogin(page);
    await sendTextAs(emu, 'plain-peer', 'plain-me', 'hello plain page');
    await page.locator(conversationItem('C2Cplain-peer')).click();
    await page.waitForSelector('tim-chat >>> ::-p-text(hello plain page)');
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

test('a provider with a non-numeric sdk-app-id shows why in place of the chat', async () => {
  const { page } = await plainPage(`
    <tim-provider sdk-app-id="my-app" user-id="plain-bad" user-sig-url="/dev/usersig">
      <tim-chat></tim-chat>
    </tim-provider>`);
  try {
    const message = await page.waitForSelector('tim-provider >>> [part="message"][role="alert"]');
    const text = await message!.evaluate((el) => (el as HTMLElement).innerText);
    assert.match(text, /not set up correctly/);
    assert.match(text, /sdk-app-id="my-app"/);
    const chatHeight = await page.$eval('tim-chat', (el) => el.getBoundingClientRect().height);
    assert.equal(chatHeight, 0);
  } finally {
    await page.close();
  }
});

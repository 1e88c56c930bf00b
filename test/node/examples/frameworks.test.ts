// examples/react and examples/vue, built by `npm run build:examples` and served by the emulator
// the way a developer runs them: each signs in `?user=`, lists conversations, follows the
// elements' events in its own state and sends a text that the peer's SDK receives.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import type { Browser } from 'puppeteer-core';
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
  waitForLogin,
} from './support.js';

let browser: Browser | undefined;
// Chromium goes first: the emulator's close waits for the connections the pages keep.
after(() => browser?.close());
const fx = useEmulator();

before(async () => {
  await runBuild('build-examples.mjs');
  await fx.start({ dev: true, serve: repoRoot });
  browser = await launchBrowser();
});

for (const framework of ['react', 'vue']) {
  test(`the ${framework} example lists a conversation and sends a text the peer receives`, async () => {
    const emu = fx.emu();
    const me = `${framework}-me`;
    const peer = await fx.loggedIn(`${framework}-peer`);
    await importAccount(emu, me);
    const { page, errors } = await openPage(browser!);
    try {
      await page.goto(`${emu.url}/examples/${framework}/?user=${me}`);
      await waitForLogin(page);
      await sendTextAs(emu, peer.userID, me, `hi from ${peer.userID}`);

      const item = await waitForDeep(
        page,
        'tim-conversation-list',
        conversationItem(`C2C${peer.userID}`),
      );
      await item.click();
      // tim-conversation-select reached the framework's state.
      await page.waitForSelector(`[data-testid="active"]::-p-text(Open: C2C${peer.userID})`);

      const text = `${framework} says hello`;
      const received = peer.next<Message[]>(peer.TencentCloudChat.EVENT.MESSAGE_RECEIVED, (list) =>
        list.some((m) => (m.payload as { text?: string }).text === text),
      );
      const input = await waitForDeep(page, 'tim-chat', 'textarea');
      await input.type(text);
      await page.keyboard.press('Enter');
      const [message] = await received;
      assert.equal(message?.from, me);
      // tim-message-send reached the framework's state.
      await page.waitForSelector('[data-testid="sent"]::-p-text(Sent: 1)');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

// examples/html: a page with no build step of its own, served by the emulator the way the
// examples README runs it. It loads the single-file bundle with one <script type="module">,
// configures <tim-provider> by attributes, and lists, opens and sends with the elements alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
  waitForDeepText,
  waitForLogin,
} from './support.js';

const BUNDLE = join(repoRoot, 'packages/elements/dist/tim-kit.js');

/** The newest modification time of the files under `dir`. */
async function newestIn(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** Builds the bundle unless it is there and newer than every source it is made of. */
async function bundleIfNeeded(): Promise<void> {
  const built = await stat(BUNDLE).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const sources = Math.max(
    ...(await Promise.all(
      ['elements', 'headless'].map((p) => newestIn(join(repoRoot, 'packages', p, 'src'))),
    )),
  );
  if (built <= sources) await runBuild('build-bundle.mjs');
}

let browser: Browser | undefined;
// Chromium goes first: the emulator's close waits for the connections the pages keep.
after(() => browser?.close());
const fx = useEmulator();

before(async () => {
  await bundleIfNeeded();
  await fx.start({ dev: true, serve: repoRoot });
  browser = await launchBrowser();
});

test('the plain HTML example lists a seeded conversation and sends a text the peer receives', async () => {
  const emu = fx.emu();
  const me = 'html-me';
  const peer = await fx.loggedIn('html-peer');
  await importAccount(emu, me);
  // Seeded before the page opens: the list shows it from its first fetch.
  await sendTextAs(emu, peer.userID, me, 'hello from the seed');
  const { page, errors } = await openPage(browser!);
  try {
    await page.goto(`${emu.url}/examples/html/?user=${me}`);
    await waitForLogin(page);
    const item = await waitForDeep(
      page,
      'tim-conversation-list',
      conversationItem(`C2C${peer.userID}`),
    );
    await item.click();
    // The chat follows the list's selection by itself.
    await waitForDeepText(page, 'tim-chat', 'hello from the seed');

    const text = 'plain html says hello';
    const received = peer.next<Message[]>(peer.TencentCloudChat.EVENT.MESSAGE_RECEIVED, (list) =>
      list.some((m) => (m.payload as { text?: string }).text === text),
    );
    const input = await waitForDeep(page, 'tim-chat', 'textarea');
    await input.type(text);
    await page.keyboard.press('Enter');
    const [message] = await received;
    assert.equal(message?.from, me);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});

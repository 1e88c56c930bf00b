// Shared by the bundle and framework-example suites: builds the artefacts with the repo's own
// scripts, serves the repo root from an emulator (`--serve`, `--dev`) and drives real Chromium
// with puppeteer-core, using the same browser resolution as every other browser tool here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { EmulatorHandle } from '@tim-kit/emulator';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs one of the build scripts (scripts/build-bundle.mjs, scripts/build-examples.mjs). */
export async function runBuild(script: string): Promise<void> {
  await promisify(execFile)(process.execPath, [`scripts/${script}`], { cwd: repoRoot });
}

interface ChromeModule {
  resolveChromePath(): Promise<string>;
  chromeFlags: string[];
}

/** A Chromium for the file; the caller closes it in its `after` hook. */
export async function launchBrowser(): Promise<Browser> {
  // A JS module without typings: imported by URL so the type checker leaves it alone.
  const chromeUrl = new URL('../../../scripts/chrome.mjs', import.meta.url).href;
  const { resolveChromePath, chromeFlags } = (await import(chromeUrl)) as ChromeModule;
  return puppeteer.launch({
    executablePath: await resolveChromePath(),
    args: chromeFlags,
    headless: true,
  });
}

/** A new page that collects its uncaught errors (lit-virtualizer's ResizeObserver notice aside). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.includes('ResizeObserver loop')) errors.push(message);
  });
  page.setDefaultTimeout(30_000);
  return { page, errors };
}

/** Calls the emulator's server REST API as the app admin; throws on a non-zero ErrorCode. */
export async function rest(emu: EmulatorHandle, path: string, body: object): Promise<void> {
  const query = new URLSearchParams({
    sdkappid: String(emu.sdkAppID),
    identifier: emu.admin,
    usersig: emu.genUserSig(emu.admin),
    random: String(Math.floor(Math.random() * 2 ** 31)),
    contenttype: 'json',
  });
  const response = await fetch(`${emu.url}/v4/${path}?${query}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { ErrorCode: number; ErrorInfo: string };
  if (result.ErrorCode !== 0)
    throw new Error(`REST ${path}: ${result.ErrorCode} ${result.ErrorInfo}`);
}

export async function importAccount(emu: EmulatorHandle, userID: string): Promise<void> {
  await rest(emu, 'im_open_login_svc/account_import', { UserID: userID, Nick: userID });
}

/** A C2C text from one user to another, the server playing the sender. */
export async function sendTextAs(
  emu: EmulatorHandle,
  from: string,
  to: string,
  text: string,
): Promise<void> {
  await rest(emu, 'openim/sendmsg', {
    SyncOtherMachine: 1,
    From_Account: from,
    To_Account: to,
    MsgRandom: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  });
}

/** Resolves once the page's `<tim-provider>` has a logged-in core. */
export async function waitForLogin(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('tim-provider')?.activeCore?.auth.$loginStatus.get() === 'logged-in',
    { timeout: 45_000 },
  );
}

// Page-side helpers, sent as source text: tsx compiles functions in this file with a `__name`
// helper that the page does not have, so functions cannot be handed to evaluate() as such.
const deepSearch = `(root, selector) => {
  const search = (node) => {
    const hit = node.querySelector(selector);
    if (hit) return hit;
    for (const el of node.querySelectorAll('*')) {
      const found = el.shadowRoot ? search(el.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  return root && root.shadowRoot ? search(root.shadowRoot) : null;
}`;
const deepText = `(node) => {
  const textOf = (n) => {
    let out = n.nodeType === Node.TEXT_NODE ? n.textContent : '';
    if (n.shadowRoot) out += textOf(n.shadowRoot);
    for (const child of n.childNodes) out += textOf(child);
    return out;
  };
  return node ? textOf(node) : '';
}`;

/**
 * Waits for `selector` inside `host`'s shadow root, at any depth. Puppeteer's own `>>>` waits
 * re-check on light-DOM mutations only, and changes inside shadow roots make none, so this polls.
 */
export async function waitForDeep(
  page: Page,
  host: string,
  selector: string,
): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    `(${deepSearch})(document.querySelector(${JSON.stringify(host)}), ${JSON.stringify(selector)})`,
    { polling: 100, timeout: 30_000 },
  );
  return handle as ElementHandle<Element>;
}

/** Waits until the text of `host`, shadow roots included, contains `text`. */
export async function waitForDeepText(page: Page, host: string, text: string): Promise<void> {
  await page.waitForFunction(
    `(${deepText})(document.querySelector(${JSON.stringify(host)})).includes(${JSON.stringify(text)})`,
    { polling: 100, timeout: 30_000 },
  );
}

/** The conversation-list item of a conversation. */
export const conversationItem = (conversationID: string): string =>
  `[role="option"][data-id="${conversationID}"]`;

// Shared setup of the <tim-chat> suites: a peer with an account, the chat mounted for one
// conversation, a message row found by its text, and a message's ⋯ menu used from the keyboard.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { importAccount, uniqueUser } from '../support/emulator.js';
import { shadow, shadowAll, waitFor } from './support.js';

/** A 1x1 PNG, for image messages. */
export const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** A new user with an account (nick: `prefix`) who sends over REST. */
export async function peerAccount(prefix: string): Promise<string> {
  const id = uniqueUser(prefix);
  await importAccount(id, prefix);
  return id;
}

/** `<tim-chat>` in English showing `conversationID`, `height` pixels tall. */
export async function mountChat(
  core: TimCore,
  conversationID: string,
  { height, theme }: { height: number; theme?: string },
): Promise<TimChat> {
  return fixture<TimChat>(
    html`<tim-chat
      .core=${core}
      conversation-id=${conversationID}
      lang="en"
      theme=${ifDefined(theme)}
      style="height: ${height}px"
    ></tim-chat>`,
  );
}

/** The message row whose bubble says exactly `text`. */
export function rowWithText(el: TimChat, text: string): HTMLElement | undefined {
  return shadowAll(el, '[part="message"]').find(
    (m) => m.querySelector('[part="bubble"]')?.textContent === text,
  );
}

/** Opens a message's ⋯ menu from the keyboard and picks an entry with Enter. */
export async function chooseFromMenu(el: TimChat, row: HTMLElement, action: string): Promise<void> {
  row.querySelector<HTMLButtonElement>('[part="actions-button"]')!.focus();
  await sendKeys({ press: 'Enter' });
  const entry = await waitFor(
    () => shadow<HTMLButtonElement>(el, `[role="menu"] [data-action="${action}"]`),
    `the ${action} entry`,
  );
  await waitFor(() => el.shadowRoot?.activeElement?.getAttribute('role') === 'menuitem', 'focus');
  entry.focus();
  await sendKeys({ press: 'Enter' });
}

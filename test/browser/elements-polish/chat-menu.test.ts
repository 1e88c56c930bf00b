// <tim-chat>: deleting one message from its ⋯ menu, and sending an image through the
// attach-image button's file input. "Copy" is not pinned here: headless Chromium denies
// navigator.clipboard.readText without a CDP permission grant, which the runner does not offer.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { importAccount, nodePeer, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, shadow, shadowAll, waitFor } from '../elements/support.js';

const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('<tim-chat> message menu and image picker', () => {
  let me: string;
  let core: TimCore;

  before(async () => {
    me = uniqueUser('menu-me');
    core = await loginCore(me);
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  async function peer(prefix: string): Promise<string> {
    const id = uniqueUser(prefix);
    await importAccount(id, prefix);
    return id;
  }

  async function renderChat(conversationID: string): Promise<TimChat> {
    return fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${conversationID}
        lang="en"
        style="height: 480px"
      ></tim-chat>`,
    );
  }

  function rowWithText(el: TimChat, text: string): HTMLElement | undefined {
    return shadowAll(el, '[part="message"]').find(
      (m) => m.querySelector('[part="bubble"]')?.textContent === text,
    );
  }

  /** Opens a message's ⋯ menu from the keyboard and picks an entry with Enter. */
  async function choose(el: TimChat, row: HTMLElement, action: string): Promise<void> {
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

  it('deletes one message from its menu and keeps the others', async () => {
    const ann = await peer('ann');
    await sendTextAs(ann, me, 'keep this one');
    await sendTextAs(ann, me, 'delete this one');
    const el = await renderChat(`C2C${ann}`);
    const row = await waitFor(() => rowWithText(el, 'delete this one'), 'the message shows');
    await choose(el, row, 'delete');
    await waitFor(() => rowWithText(el, 'delete this one') === undefined, 'the message is gone');
    expect(rowWithText(el, 'keep this one')).not.to.equal(undefined);
  });

  it('sends an image picked with the attach-image button', async () => {
    const cy = uniqueUser('cy');
    await nodePeer.login(cy);
    try {
      const el = await renderChat(`C2C${cy}`);
      const picker = shadow<HTMLInputElement>(el, 'input[type="file"][data-kind="image"]')!;
      const files = new DataTransfer();
      files.items.add(new File([PNG_BYTES], 'picked.png', { type: 'image/png' }));
      picker.files = files.files;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(
        () => shadow(el, '[part="message"].self.sent.kind-image [part="image-button"]'),
        'the image shows as sent',
      );
      const received = await nodePeer.waitForMessage(cy, 'TIMImageElem');
      expect(received.from).to.equal(me);
    } finally {
      await nodePeer.logout(cy);
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { importAccount, nodePeer, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, shadow, shadowAll, waitFor } from './support.js';
import { rowWithText } from './chat-support.js';

// Forwarding from <tim-chat>: a message's menu or the selection bar opens the "Forward to"
// dialog; the peer (a real SDK in Node) receives what was forwarded.
describe('<tim-chat> forwarding', () => {
  const me = uniqueUser('fw-me');
  const peer = uniqueUser('fw-peer');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
    await nodePeer.login(peer);
    // The peer is a conversation of the user, so the dialog lists it.
    await core.messages.sendText(`C2C${peer}`, 'hello peer');
    await waitFor(
      () => core.conversations.$conversations.get().some((c) => c.conversationID === `C2C${peer}`),
      'the peer conversation is listed',
    );
  });

  after(async () => {
    await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  /** A conversation with a fresh user who sent `texts` to me, shown in a <tim-chat>. */
  async function chatWith(texts: string[]): Promise<TimChat> {
    const source = uniqueUser('fw-src');
    await importAccount(source);
    for (const text of texts) await sendTextAs(source, me, text);
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`C2C${source}`}
        lang="en"
        style="height: 480px"
      ></tim-chat>`,
    );
    for (const text of texts) await waitFor(() => rowWithText(el, text), `"${text}" shows`);
    return el;
  }

  async function openFromMenu(el: TimChat, text: string): Promise<HTMLDialogElement> {
    rowWithText(el, text)!.querySelector<HTMLButtonElement>('[part="actions-button"]')!.click();
    const entry = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[role="menu"] [data-action="forward"]'),
      'the Forward entry',
    );
    entry.click();
    return waitFor(() => shadow<HTMLDialogElement>(el, 'dialog.forward-dialog[open]'), 'dialog');
  }

  function pick(el: TimChat, conversationID: string): void {
    shadow<HTMLInputElement>(el, `[data-forward-target="${conversationID}"]`)!.click();
  }

  it('forwards one message from its menu, and the peer receives it from the user', async () => {
    const text = `menu forward ${Date.now()}`;
    const el = await chatWith([text]);
    await openFromMenu(el, text);
    pick(el, `C2C${peer}`);
    await el.updateComplete;
    const forwarded = oneEvent(el, 'tim-message-forward');
    shadow<HTMLButtonElement>(el, '[data-forward-confirm]')!.click();

    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', text);
    expect(received.from).to.equal(me);
    const event = await forwarded;
    expect(event.detail).to.deep.equal({ targets: [`C2C${peer}`], count: 1, merged: false });
    await waitFor(() => !shadow(el, 'dialog.forward-dialog'), 'the dialog closes');
    expect(shadow(el, '[part="forward-status"]')?.textContent?.trim()).to.equal(
      'Forwarded to 1 conversation',
    );
  });

  it('forwards selected messages merged: the peer receives one merged message', async () => {
    const texts = [`first ${Date.now()}`, `second ${Date.now()}`];
    const el = await chatWith(texts);
    rowWithText(el, texts[0]!)!
      .querySelector<HTMLButtonElement>('[part="actions-button"]')!
      .click();
    (
      await waitFor(() => shadow<HTMLButtonElement>(el, '[data-action="select"]'), 'Select')
    ).click();
    const second = await waitFor(
      () => rowWithText(el, texts[1]!)?.querySelector<HTMLInputElement>('[part="select"]'),
      'the checkbox',
    );
    second.click();
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[data-forward-selected]')!.click();
    await waitFor(() => shadow(el, 'dialog.forward-dialog[open]'), 'the dialog opens');
    shadow<HTMLInputElement>(el, '[data-forward-mode="merged"]')!.click();
    pick(el, `C2C${peer}`);
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[data-forward-confirm]')!.click();

    const merger = await nodePeer.waitForMerger(peer, 'Chat history');
    expect(merger.inner.map((m) => m.label)).to.deep.equal(texts);
    await waitFor(() => !shadow(el, '[part="selection-bar"]'), 'selection mode ends');
  });

  it('filters the conversations by name', async () => {
    const text = `filter ${Date.now()}`;
    const el = await chatWith([text]);
    const dialog = await openFromMenu(el, text);
    const filter = dialog.querySelector<HTMLInputElement>('[data-forward-filter]')!;
    filter.value = peer;
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;

    const names = shadowAll(el, '[part="forward-target"]').map((t) => t.textContent?.trim());
    expect(names).to.deep.equal([peer]);
  });

  it('is accessible with the dialog open', async () => {
    const text = `axe ${Date.now()}`;
    const el = await chatWith([text]);
    await openFromMenu(el, text);
    await expect(el).to.be.accessible();
  });

  it('works from the keyboard: focus starts in the filter, Escape closes and returns focus', async () => {
    const text = `keys ${Date.now()}`;
    const el = await chatWith([text]);
    const trigger = rowWithText(el, text)!.querySelector<HTMLButtonElement>(
      '[part="actions-button"]',
    )!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[role="menu"] [data-action="forward"]'), 'the menu');
    shadow<HTMLButtonElement>(el, '[data-action="forward"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(
      () => el.shadowRoot?.activeElement?.hasAttribute('data-forward-filter'),
      'the filter box has the focus',
    );
    await sendKeys({ type: peer });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await waitFor(
      () => shadow<HTMLButtonElement>(el, '[data-forward-confirm]')?.disabled === false,
      'a conversation is picked',
    );
    await sendKeys({ press: 'Escape' });

    await waitFor(() => !shadow(el, 'dialog.forward-dialog'), 'the dialog closes');
    await waitFor(() => el.shadowRoot?.activeElement === trigger, 'focus returns to ⋯');
  });

  it('opens a merged message as a list of the messages inside', async () => {
    const texts = [`inside a ${Date.now()}`, `inside b ${Date.now()}`];
    const el = await chatWith(texts);
    const thread = core.messages.thread(el.conversationID!);
    const originals = thread.$messages.get().filter((m) => texts.includes(m.text));
    await core.messages.forward(el.conversationID!, originals, { merged: true, title: 'Bundle' });
    const bubble = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[part="merger-button"]'),
      'the merged bubble',
    );
    bubble.click();

    await waitFor(() => shadowAll(el, '[part="merged-item"]').length === 2, 'the items show');
    const items = shadowAll(el, '[part="merged-item"] .merged-text').map((i) => i.textContent);
    expect(items).to.deep.equal(texts);
    expect(shadow(el, '#merged-title')?.textContent).to.equal('Bundle');
  });
});

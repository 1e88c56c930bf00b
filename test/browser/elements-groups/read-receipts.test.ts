import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, newUser, shadow, shadowAll, waitFor } from './support.js';

describe('<tim-chat> group read receipts', () => {
  const me = uniqueUser('gr-me');
  const peer = uniqueUser('gr-peer');
  let core: TimCore;
  let absent: string;
  let groupID: string;

  before(async () => {
    core = await loginCore(me);
    await nodePeer.login(peer);
    absent = await newUser('gr-abs');
    ({ groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Receipts',
      members: [peer, absent],
    }));
  });

  after(async () => {
    await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  async function renderChat(): Promise<TimChat> {
    return fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`GROUP${groupID}`}
        lang="en"
        group-read-receipts
        style="height: 420px"
      ></tim-chat>`,
    );
  }

  /** The read button of the own message whose bubble says `text`. */
  function readButton(el: TimChat, text: string): HTMLButtonElement | null {
    const row = shadowAll(el, '.row').find(
      (r) => r.querySelector('[part="bubble"]')?.textContent?.trim() === text,
    );
    return row?.querySelector<HTMLButtonElement>('[part~="read-button"]') ?? null;
  }

  /** Sends `text` from the chat; the peer receives and reads it. */
  async function sendAndRead(el: TimChat, text: string): Promise<HTMLButtonElement> {
    await el.send(text);
    await nodePeer.waitForMessage(peer, 'TIMTextElem', text);
    await nodePeer.sendReceipt(peer, text);
    return waitFor(() => {
      const button = readButton(el, text);
      return button?.textContent?.trim() === '1 read' ? button : null;
    }, '"1 read"');
  }

  it('asks for receipts on group texts when group-read-receipts is set', async () => {
    const el = await renderChat();
    await el.send('asks for receipts');
    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'asks for receipts');
    expect(received.needReadReceipt).to.equal(true);
    expect(el.isConnected).to.equal(true);
  });

  it('asks for receipts on a dropped file too, and announces it with tim-message-send', async () => {
    const el = await renderChat();
    const data = new DataTransfer();
    data.items.add(new File(['minutes'], 'minutes.txt', { type: 'text/plain' }));
    const sent = oneEvent(el, 'tim-message-send');
    shadow(el, '[part="base"]')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    const detail = (await sent).detail;
    expect(detail).to.include({ conversationID: `GROUP${groupID}`, kind: 'file', text: '' });
    const received = await nodePeer.waitForMessage(peer, 'TIMFileElem');
    expect(received.needReadReceipt).to.equal(true);
  });

  it('shows "1 read" once a member reads the message', async () => {
    const el = await renderChat();
    const button = await sendAndRead(el, 'one reader');
    expect(button.textContent?.trim()).to.equal('1 read');
  });

  it('opens a dialog listing who read and who has not', async () => {
    const el = await renderChat();
    const button = await sendAndRead(el, 'who read this');
    button.click();
    const dialog = await waitFor(
      () => shadow<HTMLDialogElement>(el, '[part="receipts-dialog"][open]'),
      'the dialog',
    );
    const lists = await waitFor(() => {
      const found = dialog.querySelectorAll('[part="receipt-members"]');
      return found.length === 2 ? found : null;
    }, 'both lists');
    expect(lists[0]?.textContent).to.contain(peer);
    expect(lists[1]?.textContent).to.contain(absent);
    await expect(el).to.be.accessible();
  });

  it('closes the dialog with Escape and gives focus back to the button', async () => {
    const el = await renderChat();
    const button = await sendAndRead(el, 'escape closes');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[part="receipts-dialog"][open]'), 'the dialog');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => (shadow(el, '[part="receipts-dialog"]') ? null : true), 'dialog closed');
    expect(el.shadowRoot?.activeElement?.getAttribute('part')).to.contain('read-button');
  });
});

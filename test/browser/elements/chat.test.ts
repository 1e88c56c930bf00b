import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { importAccount, nodePeer, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, shadowAll, waitFor } from './support.js';
import { mountChat, peerAccount } from './chat-support.js';

const en = strings('en');

describe('<tim-chat>', () => {
  const me = uniqueUser('chat-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderChat = (conversationID: string): Promise<TimChat> =>
    mountChat(core, conversationID, { height: 420 });

  function bubbles(el: TimChat): string[] {
    return shadowAll(el, '[part="bubble"]').map((b) => b.textContent ?? '');
  }

  function textarea(el: TimChat): HTMLTextAreaElement {
    const input = shadow<HTMLTextAreaElement>(el, 'textarea');
    if (!input) throw new Error('no textarea');
    return input;
  }

  it('shows the conversation history with the peer', async () => {
    const alice = await peerAccount('alice');
    await sendTextAs(alice, me, 'first');
    await sendTextAs(alice, me, 'second');
    const el = await renderChat(`C2C${alice}`);
    await waitFor(() => bubbles(el).includes('second'), 'history shows');
    expect(bubbles(el)).to.deep.equal(['first', 'second']);
    expect(shadow(el, '[part="header"]')?.textContent).to.contain('alice');
    expect(shadow(el, '[part="message"]')?.classList.contains('other')).to.equal(true);
  });

  it('sends the typed text on Enter and the peer receives it', async () => {
    const bob = uniqueUser('bob');
    await nodePeer.login(bob);
    try {
      const el = await renderChat(`C2C${bob}`);
      const text = `hi bob ${Date.now()}`;
      textarea(el).focus();
      await sendKeys({ type: text });
      const sent = oneEvent(el, 'tim-message-send');
      await sendKeys({ press: 'Enter' });
      const detail = (await sent).detail;
      expect(detail).to.include({ conversationID: `C2C${bob}`, text, kind: 'text' });
      expect(detail.messageID).to.be.a('string').and.not.equal('');
      expect(await nodePeer.waitForText(bob, text)).to.deep.equal({ from: me, text });
      expect(textarea(el).value).to.equal('');
      const own = await waitFor(
        () => shadow(el, '[part="message"].self.sent'),
        'own message settles',
      );
      expect(own.querySelector('[part="bubble"]')?.textContent).to.equal(text);
    } finally {
      await nodePeer.logout(bob);
    }
  });

  it('inserts a newline on Shift+Enter instead of sending', async () => {
    const carol = await peerAccount('carol');
    const el = await renderChat(`C2C${carol}`);
    textarea(el).focus();
    await sendKeys({ type: 'line one' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'line two' });
    expect(textarea(el).value).to.equal('line one\nline two');
    expect(bubbles(el)).to.deep.equal([]);
  });

  it('refuses a text over 12,288 bytes with words for 8001 and sends nothing', async () => {
    const dave = await peerAccount('dave');
    const el = await renderChat(`C2C${dave}`);
    const errors: number[] = [];
    el.addEventListener('tim-error', (e) => errors.push(e.detail.code));
    const input = textarea(el);
    input.value = 'x'.repeat(12_289);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.focus();
    await sendKeys({ press: 'Enter' });
    const alert = await waitFor(
      () => shadow(el, '[part="error"][role="alert"] span'),
      'error shows',
    );
    expect(alert.textContent).to.equal(en.errors[8001]);
    expect(errors).to.deep.equal([8001]);
    expect(bubbles(el)).to.deep.equal([]);
    expect(input.value.length).to.equal(12_289);
  });

  it('marks a failed send and resends it from the keyboard', async () => {
    // The recipient does not exist yet, so the server refuses the message (20003).
    const ghost = uniqueUser('ghost');
    const el = await renderChat(`C2C${ghost}`);
    textarea(el).focus();
    await sendKeys({ type: 'are you there?' });
    await sendKeys({ press: 'Enter' });
    const resend = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[part="message"].failed button[part="resend-button"]'),
      'a Resend button appears',
    );
    expect(shadow(el, '[part="error"]')?.textContent).to.contain(en.errors[20003]);
    expect(shadow(el, '[part="message"].failed')?.textContent).to.contain(en.failed);
    await importAccount(ghost, 'Ghost');
    resend.focus();
    expect(el.shadowRoot?.activeElement).to.equal(resend);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[part="message"].self.sent'), 'the message is sent');
    expect(shadow(el, '[part="resend-button"]')).to.equal(null);
  });

  it('shows an empty state when no conversation is selected', async () => {
    core.conversations.setActive(null);
    const el = await fixture<TimChat>(html`<tim-chat .core=${core} lang="en"></tim-chat>`);
    expect(shadow(el, '[role="status"]')?.textContent?.trim()).to.equal(en.noConversationSelected);
    expect(shadow(el, 'textarea')).to.equal(null);
  });

  it('is accessible with real messages on screen', async () => {
    const erin = await peerAccount('erin');
    await sendTextAs(erin, me, 'accessible?');
    const el = await renderChat(`C2C${erin}`);
    await waitFor(() => bubbles(el).includes('accessible?'), 'history shows');
    textarea(el).focus();
    await sendKeys({ type: 'yes' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[part="message"].self.sent'), 'own message shows');
    await expect(el).to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, waitFor } from './support.js';
import { mountChat } from './chat-support.js';

const en = strings('en');

describe('<tim-chat> typing indicator', () => {
  const me = uniqueUser('type-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderChat = (conversationID: string): Promise<TimChat> =>
    mountChat(core, conversationID, { height: 420 });

  /** The typing statuses `peer` got from the user, once a "stopped" one is among them. */
  async function stopSignalFrom(peer: string): Promise<number[]> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const got = await nodePeer.typingReceived(peer, me);
      if (got.includes(0) || Date.now() > deadline) return got;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  const typingText = (el: TimChat) => shadow(el, '[part="typing"]')?.textContent?.trim() ?? '';

  it('says the peer is typing in the header, and stops when the peer stops', async () => {
    const peer = uniqueUser('typist');
    await nodePeer.login(peer);
    try {
      const el = await renderChat(`C2C${peer}`);
      expect(shadow(el, '[part="typing"]')?.getAttribute('role')).to.equal('status');
      expect(typingText(el)).to.equal('');

      await nodePeer.sendTyping(peer, me, true);
      await waitFor(() => typingText(el) === en.typing, 'typing shows', 15_000);

      await nodePeer.sendTyping(peer, me, false);
      await waitFor(() => typingText(el) === '', 'typing hides', 15_000);
    } finally {
      await nodePeer.logout(peer);
    }
  });

  it('tells the peer the user is typing in the composer', async () => {
    const peer = uniqueUser('reader');
    await nodePeer.login(peer);
    try {
      const el = await renderChat(`C2C${peer}`);
      shadow<HTMLTextAreaElement>(el, 'textarea')?.focus();
      await sendKeys({ type: 'hel' });

      const signal = await nodePeer.waitForMessage(peer, 'TIMCustomElem');
      expect(signal.from).to.equal(me);
      expect(JSON.parse(String(signal.payload.data))).to.deep.include({
        businessID: 'user_typing_status',
        typingStatus: 1,
      });
    } finally {
      await nodePeer.logout(peer);
    }
  });

  it('tells the peer the user stopped typing once the text is sent', async () => {
    const peer = uniqueUser('waiter');
    await nodePeer.login(peer);
    try {
      const el = await renderChat(`C2C${peer}`);
      shadow<HTMLTextAreaElement>(el, 'textarea')?.focus();
      await sendKeys({ type: 'on my way' });
      await sendKeys({ press: 'Enter' });
      await nodePeer.waitForText(peer, 'on my way');

      const statuses = await stopSignalFrom(peer);
      // One "typing" (more only if the machine took over 3 s to type), then one "stopped".
      expect(statuses[0]).to.equal(1);
      expect(statuses.slice(1, -1).every((s) => s === 1)).to.equal(true);
      expect(statuses.at(-1)).to.equal(0);
    } finally {
      await nodePeer.logout(peer);
    }
  });

  it('shows no typing status in a group', async () => {
    const el = await renderChat('GROUPno-typing-here');
    await waitFor(() => shadow(el, '[part="header"]'), 'the header');
    expect(shadow(el, '[part="typing"]')).to.equal(null);
  });
});

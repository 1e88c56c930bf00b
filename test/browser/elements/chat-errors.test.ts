// <tim-chat> puts refusals into words and emits tim-error with the code: muted in a group (10017),
// blocked by the recipient (20007), a file over the size limit (2402, refused before upload).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MEDIA_LIMITS, type TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { errorText, type TimChat } from '@tim-kit/elements';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import { groupPeer, restCreateGroup } from '../headless-groups/support.js';
import { loginCore, logoutCore, shadow, shadowAll, waitFor } from './support.js';
import { peerAccount } from './chat-support.js';

describe('<tim-chat> puts send refusals into words', () => {
  const me = uniqueUser('cerr-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  /** The chat, with the codes of every tim-error it emits. */
  async function renderChat(conversationID: string): Promise<{ el: TimChat; codes: number[] }> {
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${conversationID}
        lang="en"
        style="height: 420px"
      ></tim-chat>`,
    );
    const codes: number[] = [];
    el.addEventListener('tim-error', (e) => codes.push(e.detail.code));
    return { el, codes };
  }

  async function typeAndSend(el: TimChat, text: string): Promise<void> {
    const input = shadow<HTMLTextAreaElement>(el, 'textarea')!;
    input.focus();
    await sendKeys({ type: text });
    await sendKeys({ press: 'Enter' });
  }

  const alertText = (el: TimChat) =>
    waitFor(() => shadow(el, '[part="error"][role="alert"] span')?.textContent, 'the error shows');

  it('says "muted in this group" (10017) when a muted member sends', async () => {
    const owner = uniqueUser('cerr-owner');
    await nodePeer.login(owner);
    try {
      const groupID = await restCreateGroup({
        type: 'Public',
        name: 'Quiet room',
        owner,
        members: [me],
      });
      await groupPeer.muteMember(owner, groupID, me, 600);
      const { el, codes } = await renderChat(`GROUP${groupID}`);
      await typeAndSend(el, 'may I speak?');
      expect(await alertText(el)).to.equal(errorText('en', 10017));
      expect(errorText('en', 10017)).to.equal('You are muted in this group.');
      expect(codes).to.include(10017);
      await waitFor(() => shadow(el, '[part="message"].failed'), 'the message is marked not sent');
    } finally {
      await nodePeer.logout(owner);
    }
  });

  it('says the recipient blocked me (20007) when sending to a user who blacklisted me', async () => {
    const blocker = uniqueUser('cerr-blocker');
    await nodePeer.login(blocker);
    try {
      await relationPeer.block(blocker, me);
      const { el, codes } = await renderChat(`C2C${blocker}`);
      await typeAndSend(el, 'hello?');
      expect(await alertText(el)).to.equal(errorText('en', 20007));
      expect(errorText('en', 20007)).to.equal(
        'The recipient has blocked you, so the message was not delivered.',
      );
      expect(codes).to.include(20007);
      await waitFor(() => shadow(el, '[part="message"].failed'), 'the message is marked not sent');
    } finally {
      await nodePeer.logout(blocker);
    }
  });

  it('refuses a file one byte over the limit (2402) without sending anything', async () => {
    const reader = await peerAccount('cerr-reader');
    const { el, codes } = await renderChat(`C2C${reader}`);
    const picker = shadow<HTMLInputElement>(el, 'input[type="file"][data-kind="file"]')!;
    const files = new DataTransfer();
    const size = MEDIA_LIMITS.fileBytes + 1;
    files.items.add(new File([new ArrayBuffer(size)], 'huge.bin'));
    picker.files = files.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    expect(await alertText(el)).to.equal(errorText('en', 2402));
    expect(errorText('en', 2402)).to.equal('The file is too large to send (at most 100 MB).');
    expect(codes).to.deep.equal([2402]);
    expect(shadowAll(el, '[part="message"]')).to.deep.equal([]);
  });
});

// <tim-chat>: deleting one message from its ⋯ menu, and sending an image through the
// attach-image button's file input. "Copy" is not pinned here: headless Chromium denies
// navigator.clipboard.readText without a CDP permission grant, which the runner does not offer.
import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { nodePeer, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, waitFor } from '../elements/support.js';
import {
  chooseFromMenu,
  mountChat,
  peerAccount,
  PNG_BYTES,
  rowWithText,
} from '../elements/chat-support.js';

describe('<tim-chat> message menu and image picker', () => {
  const me = uniqueUser('menu-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderChat = (conversationID: string): Promise<TimChat> =>
    mountChat(core, conversationID, { height: 480 });

  it('deletes one message from its menu and keeps the others', async () => {
    const ann = await peerAccount('ann');
    await sendTextAs(ann, me, 'keep this one');
    await sendTextAs(ann, me, 'delete this one');
    const el = await renderChat(`C2C${ann}`);
    const row = await waitFor(() => rowWithText(el, 'delete this one'), 'the message shows');
    await chooseFromMenu(el, row, 'delete');
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

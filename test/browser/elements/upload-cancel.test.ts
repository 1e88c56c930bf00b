import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { emulatorControl, importAccount, uniqueUser } from '../support/emulator.js';
import { loginCore, shadow, waitFor } from './support.js';

const en = strings('en');
// Held by the emulator (holdUploads) and bigger than the socket buffers: it stays uploading.
const BIG = 8 * 1024 * 1024;

describe('<tim-chat> cancels an upload in progress', () => {
  let core: TimCore;

  before(async () => {
    core = await loginCore(uniqueUser('upcancel'));
    await emulatorControl.holdUploads();
  });

  after(async () => {
    await emulatorControl.releaseUploads();
    await core.auth.logout();
    core.destroy();
  });

  async function chatWithUpload(): Promise<{ el: TimChat; button: HTMLButtonElement }> {
    const peer = uniqueUser('uppeer');
    await importAccount(peer);
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`C2C${peer}`}
        lang="en"
        style="height: 640px"
      ></tim-chat>`,
    );
    // Dropped like a user would, so the element's own send is the one cancelled.
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(BIG)], 'big.bin'));
    shadow(el, '[part="base"]')!.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    const button = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[part="message"].sending [part="cancel-upload-button"]'),
      'the Cancel button of the uploading file',
    );
    return { el, button };
  }

  it('shows a labelled Cancel button next to the progress bar', async () => {
    const { button } = await chatWithUpload();
    expect(button.textContent?.trim()).to.equal(en.cancelUpload);
    expect(button.closest('.meta')?.querySelector('[part="progress"]')).to.not.equal(null);
    button.click();
  });

  it('removes the message when Cancel is pressed, without an error', async () => {
    const { el, button } = await chatWithUpload();
    button.click();
    await waitFor(() => shadow(el, '[part="message"]') === null, 'the message to leave');
    expect(shadow(el, '[part="error"]')?.classList.contains('shown')).to.equal(false);
  });

  it('cancels from the keyboard', async () => {
    const { el, button } = await chatWithUpload();
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[part="message"]') === null, 'the message to leave');
  });
});

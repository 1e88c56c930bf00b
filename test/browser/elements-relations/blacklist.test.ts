// <tim-blacklist> against the emulator: blocking in the element makes a Node SDK peer's sends
// fail with 20007; unblocking lets them through again.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimBlacklist } from '@tim-kit/elements';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import { loginCore, openDialog, shadow, text, typeInto, waitFor } from './support.js';

describe('<tim-blacklist>', () => {
  const me = uniqueUser('ebl-me');
  const peer = uniqueUser('ebl-peer');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
    await importAccount(peer, 'Pesky Pete');
    await nodePeer.login(peer);
  });

  after(async () => {
    await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  async function render(theme: 'light' | 'dark' = 'light'): Promise<TimBlacklist> {
    return fixture<TimBlacklist>(
      html`<tim-blacklist .core=${core} lang="en" theme=${theme}></tim-blacklist>`,
    );
  }

  const item = (el: TimBlacklist, userID: string) =>
    shadow(el, `[part="item"][data-user-id="${userID}"]`);

  async function confirmDialog(el: TimBlacklist, expected: string): Promise<void> {
    const dialog = await waitFor(() => openDialog(el), 'the confirmation');
    expect(text(dialog)).to.contain(expected);
    dialog.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
  }

  it('shows the empty state when nobody is blocked', async () => {
    const el = await render();
    expect(text(shadow(el, '.empty'))).to.equal('You have not blocked anyone');
  });

  it("blocking by ID (after confirming) makes the peer's sends fail with 20007", async () => {
    const el = await render();
    typeInto(shadow(el, '[part="user-id-input"]'), peer);
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="block-button"]')!.click();
    await confirmDialog(el, `Block ${peer}?`);
    const row = await waitFor(() => item(el, peer), 'the blocked user is listed');
    await waitFor(() => text(row.querySelector('[part="name"]')) === 'Pesky Pete', 'the nick');
    expect((await relationPeer.trySendText(peer, me, 'let me in')).code).to.equal(20007);
  });

  it('unblocking asks first; Cancel keeps the block, confirming lifts it', async () => {
    if (!core.blacklist.$blacklist.get().includes(peer)) await core.blacklist.add([peer]);
    const el = await render();
    const row = await waitFor(() => item(el, peer), 'the blocked user is listed');
    await waitFor(() => text(row.querySelector('[part="name"]')) === 'Pesky Pete', 'the nick');
    row.querySelector<HTMLButtonElement>('[part="unblock-button"]')!.click();
    const dialog = await waitFor(() => openDialog(el), 'the confirmation');
    dialog.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await waitFor(() => !openDialog(el), 'the dialog closes');
    expect(core.blacklist.$blacklist.get()).to.include(peer);
    row.querySelector<HTMLButtonElement>('[part="unblock-button"]')!.click();
    await confirmDialog(el, 'Unblock Pesky Pete?');
    await waitFor(() => !item(el, peer), 'the user leaves the list');
    expect((await relationPeer.trySendText(peer, me, 'thanks')).code).to.equal(0);
  });

  it('says in words why blocking yourself fails', async () => {
    const el = await render();
    typeInto(shadow(el, '[part="user-id-input"]'), me);
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="block-button"]')!.click();
    await confirmDialog(el, `Block ${me}?`);
    const error = await waitFor(() => shadow(el, '[part="error"].shown'), 'the error');
    expect(text(error)).to.contain('You cannot block yourself.');
  });

  it('works from the keyboard: Enter blocks, Escape cancels, the focus returns', async () => {
    const other = uniqueUser('ebl-keys');
    await importAccount(other);
    const el = await render();
    shadow(el, '[part="user-id-input"]')!.focus();
    await sendKeys({ type: other });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => openDialog(el), 'the confirmation');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !openDialog(el), 'Escape closes it');
    expect(core.blacklist.$blacklist.get()).not.to.include(other);
    shadow(el, '[part="block-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await waitFor(() => openDialog(el), 'the confirmation again');
    expect(el.shadowRoot?.activeElement).to.equal(dialog.querySelector('[part="cancel-button"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => item(el, other), 'blocked');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible with blocked users on screen (${theme})`, async () => {
      const someone = uniqueUser('ebl-axe');
      await importAccount(someone, `Axe ${theme}`);
      await core.blacklist.add([someone]);
      const el = await render(theme);
      await waitFor(() => item(el, someone), 'listed');
      await expect(el).to.be.accessible();
    });
  }
});

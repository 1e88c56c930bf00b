// <tim-profile> against the emulator: the own profile form (validation, saving, seen by a friend
// through a Node SDK peer) and another user's card with its actions.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimProfileElement } from '@tim-kit/elements';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import {
  choose,
  loginCore,
  openDialog,
  restAddFriend,
  setAllowType,
  shadow,
  text,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-profile>', () => {
  const me = uniqueUser('epf-me');
  const friend = uniqueUser('epf-friend');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
    await importAccount(friend, 'Fran Friend');
    await restAddFriend(me, friend, { force: true });
    await nodePeer.login(friend);
    // The peer's SDK builds its friend list (and friends' profiles) from a fetch it makes after
    // login; a profile push landing before that fetch settles can be overwritten by it.
    await relationPeer.waitForFriend(friend, me);
    // ...and its friends' profiles from a second fetch: wait until it reads mine (the nick the
    // account was imported with is the user ID), so the push of the new nick lands after it.
    await relationPeer.waitForProfile(friend, me, me);
  });

  after(async () => {
    await nodePeer.logout(friend);
    await core.auth.logout();
    core.destroy();
  });

  async function render(userId = '', theme: 'light' | 'dark' = 'light') {
    const el = await fixture<TimProfileElement>(
      html`<tim-profile .core=${core} lang="en" theme=${theme} user-id=${userId}></tim-profile>`,
    );
    return el;
  }

  const save = (el: TimProfileElement) => shadow<HTMLButtonElement>(el, '[part="save-button"]')!;

  it('saves the own profile, and a friend reads the new nick', async () => {
    const el = await render();
    await waitFor(() => shadow(el, '[part="nick-input"]'), 'the form');
    typeInto(shadow(el, '[part="nick-input"]'), 'Nova Nick');
    typeInto(shadow(el, '[part="signature-input"]'), 'Always shipping');
    choose(shadow(el, '[part="gender-select"]'), 'female');
    typeInto(shadow(el, '[part="birthday-input"]'), '1999-12-31');
    choose(shadow(el, '[part="allow-type-select"]'), 'deny-any');
    const updated = oneEvent(el, 'tim-profile-update');
    save(el).click();
    expect((await updated).detail.profile).to.include({
      nick: 'Nova Nick',
      signature: 'Always shipping',
      gender: 'female',
      birthday: 19991231,
      allowType: 'deny-any',
    });
    await waitFor(() => text(shadow(el, '[part="notice"]')) === 'Profile saved.', 'the notice');
    expect((await relationPeer.waitForProfile(friend, me, 'Nova Nick')).nick).to.equal('Nova Nick');
  });

  it('explains invalid fields next to them and does not save', async () => {
    const el = await render();
    await waitFor(() => shadow(el, '[part="location-input"]'), 'the form');
    typeInto(shadow(el, '[part="location-input"]'), '深圳市南山区科技园'); // 27 bytes
    typeInto(shadow(el, '[part="avatar-input"]'), 'not a url');
    await el.updateComplete;
    const location = shadow(el, '[part="location-input"]')!;
    expect(location.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = location.getAttribute('aria-describedby')!;
    expect(text(el.shadowRoot!.getElementById(describedBy))).to.equal('At most 16 bytes (now 27).');
    expect(text(el.shadowRoot!.getElementById('avatar-error'))).to.equal(
      'Enter a URL that starts with http:// or https://.',
    );
    expect(save(el).disabled).to.equal(true);
  });

  it("shows another user's card; Add friend says the outcome in words", async () => {
    const stranger = uniqueUser('epf-stranger');
    await importAccount(stranger, 'Stan Stranger');
    await setAllowType(stranger, 'AllowType_Type_NeedConfirm');
    const el = await render(stranger);
    const name = await waitFor(() => shadow(el, '[part="card"] [part="name"]'), 'the card');
    await waitFor(() => text(name) === 'Stan Stranger', 'the nick');
    shadow<HTMLButtonElement>(el, '[part="add-friend-button"]')!.click();
    const result = await waitFor(() => shadow(el, '[part="add-result"].shown'), 'the outcome');
    expect(text(result)).to.equal(`Request sent. Waiting for ${stranger} to accept.`);
  });

  it('a friend\'s card opens the chat with "Message"', async () => {
    const el = await render(friend);
    await waitFor(() => shadow(el, '[part="tag"]'), 'the Friend tag');
    const selected = oneEvent(el, 'tim-conversation-select');
    shadow<HTMLButtonElement>(el, '[part="message-button"]')!.click();
    expect((await selected).detail.conversationID).to.equal(`C2C${friend}`);
    expect(core.conversations.$activeConversationID.get()).to.equal(`C2C${friend}`);
  });

  it('"Block" on a card asks first, then blocks (the peer can no longer send)', async () => {
    const el = await render(friend);
    await waitFor(() => shadow(el, '[part="block-button"]'), 'the card');
    shadow<HTMLButtonElement>(el, '[part="block-button"]')!.click();
    const dialog = await waitFor(() => openDialog(el), 'the confirmation');
    dialog.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitFor(() => text(shadow(el, '[part="block-button"]')) === 'Unblock', 'Unblock shown');
    expect((await relationPeer.trySendText(friend, me, 'hello?')).code).to.equal(20007);
    await core.blacklist.remove([friend]);
  });

  it('is usable from the keyboard: Enter in a field saves', async () => {
    const el = await render();
    const nick = await waitFor(() => shadow<HTMLInputElement>(el, '[part="nick-input"]'), 'form');
    nick.focus();
    nick.select();
    await sendKeys({ type: 'Keyed Nick' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => core.profile.$self.get()?.nick === 'Keyed Nick', 'saved');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible: the form and a card (${theme})`, async () => {
      const form = await render('', theme);
      await waitFor(() => shadow(form, '[part="nick-input"]'), 'the form');
      await expect(form).to.be.accessible();
      const card = await render(friend, theme);
      await waitFor(() => shadow(card, '[part="card"]'), 'the card');
      await expect(card).to.be.accessible();
    });
  }
});

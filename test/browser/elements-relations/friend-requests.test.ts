// <tim-friend-requests> against the emulator: requests sent by others (REST or a Node SDK peer)
// are answered in the element, and the add-friend form reports outcomes in words.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimFriendRequests } from '@tim-kit/elements';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { relationPeer } from '../support/relation-peer.js';
import {
  friendsOf,
  loginCore,
  openDialog,
  restAddFriend,
  setAllowType,
  shadow,
  text,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-friend-requests>', () => {
  const me = uniqueUser('efr-me');
  let core: TimCore;
  const peers: string[] = [];

  before(async () => {
    core = await loginCore(me);
    await core.profile.updateSelf({ allowType: 'need-confirm' });
  });

  after(async () => {
    for (const peer of peers) await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  async function render(theme: 'light' | 'dark' = 'light'): Promise<TimFriendRequests> {
    return fixture<TimFriendRequests>(
      html`<tim-friend-requests .core=${core} lang="en" theme=${theme}></tim-friend-requests>`,
    );
  }

  /** A user who sent me a request over REST; resolves once it is on screen. */
  async function incomingFrom(el: TimFriendRequests, nick: string, wording: string) {
    const userID = uniqueUser('efr-asker');
    await importAccount(userID, nick);
    expect(await restAddFriend(userID, me, { wording })).to.equal(30539);
    const item = await waitFor(
      () => shadow(el, `[part="incoming"] [part="request"][data-user-id="${userID}"]`),
      'the request is listed',
    );
    return { userID, item };
  }

  const button = (item: Element, part: string) =>
    item.querySelector<HTMLButtonElement>(`[part="${part}"]`)!;

  it('lists a request with its wording and source, and accepting makes both users friends', async () => {
    const peer = uniqueUser('efr-peer');
    await importAccount(peer, 'Peer Person');
    await nodePeer.login(peer);
    peers.push(peer);
    const el = await render();
    expect((await relationPeer.addFriend(peer, me, 'we met at the meetup')).code).to.equal(30539);
    const item = await waitFor(
      () => shadow(el, `[part="incoming"] [part="request"][data-user-id="${peer}"]`),
      'the request is listed',
    );
    expect(text(item.querySelector('[part="name"]'))).to.equal('Peer Person');
    expect(text(item.querySelector('[part="wording"]'))).to.equal('we met at the meetup');
    expect(text(item.querySelector('[part="meta"]'))).to.contain('via Web');
    button(item, 'accept-button').click();
    await waitFor(() => text(shadow(el, '[part="notice"]')).includes('now friends'), 'the notice');
    await relationPeer.waitForFriend(peer, me);
    await waitFor(() => core.friends.$friends.get().some((f) => f.userID === peer), 'my friend');
  });

  it('refusing removes the request and makes nobody friends', async () => {
    const el = await render();
    const { userID, item } = await incomingFrom(el, 'Refused Rita', 'hi');
    button(item, 'refuse-button').click();
    await waitFor(
      () => !shadow(el, `[part="request"][data-user-id="${userID}"]`),
      'the request leaves the list',
    );
    expect(text(shadow(el, '[part="notice"]'))).to.contain('refused');
    expect(await friendsOf(userID)).not.to.include(me);
    expect(core.friends.$friends.get().map((f) => f.userID)).not.to.include(userID);
  });

  it('shows the unread count and clears it with "Mark all read"', async () => {
    const el = await render();
    await incomingFrom(el, 'Unread Ursula', 'ping');
    const count = await waitFor(() => shadow(el, '[part="unread-count"]'), 'the unread count');
    expect(text(count)).to.match(/^\d+ new$/);
    shadow<HTMLButtonElement>(el, '[part="mark-read-button"]')!.click();
    await waitFor(() => !shadow(el, '[part="unread-count"]'), 'the count disappears');
    expect(core.friends.$unreadApplicationCount.get()).to.equal(0);
  });

  it('deletes a request only after the user confirms', async () => {
    const el = await render();
    const { userID, item } = await incomingFrom(el, 'Deleted Dan', 'bye');
    button(item, 'delete-button').click();
    let dialog = await waitFor(() => openDialog(el), 'the confirmation');
    expect(text(dialog)).to.contain('Delete the friend request from Deleted Dan?');
    dialog.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    await waitFor(() => !openDialog(el), 'the dialog closes');
    expect(shadow(el, `[part="request"][data-user-id="${userID}"]`)).to.not.equal(null);
    button(item, 'delete-button').click();
    dialog = await waitFor(() => openDialog(el), 'the confirmation again');
    dialog.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitFor(
      () => !shadow(el, `[part="request"][data-user-id="${userID}"]`),
      'the request leaves the list',
    );
  });

  async function submitAdd(el: TimFriendRequests, userID: string): Promise<string> {
    typeInto(shadow(el, '[part="user-id-input"]'), userID);
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="add-button"]')!.click();
    return text(await waitFor(() => shadow(el, '[part="add-result"].shown'), 'the outcome'));
  }

  it('the add-friend form says a request to a user who confirms is pending', async () => {
    const careful = uniqueUser('efr-careful');
    await importAccount(careful, 'Careful');
    await setAllowType(careful, 'AllowType_Type_NeedConfirm');
    const el = await render();
    typeInto(shadow(el, '[part="wording-input"]'), 'hello there');
    expect(await submitAdd(el, careful)).to.equal(
      `Request sent. Waiting for ${careful} to accept.`,
    );
    const outgoing = await waitFor(
      () => shadow(el, `[part="outgoing"] [part="request"][data-user-id="${careful}"]`),
      'the sent request is listed',
    );
    expect(text(outgoing.querySelector('[part="wording"]'))).to.equal('hello there');
  });

  it('the add-friend form says when the user refuses all requests (30516)', async () => {
    const closed = uniqueUser('efr-closed');
    await importAccount(closed);
    await setAllowType(closed, 'AllowType_Type_DenyAny');
    const el = await render();
    expect(await submitAdd(el, closed)).to.equal(`${closed} does not accept friend requests.`);
  });

  it('the add-friend form says when the user is on my blocklist (30515)', async () => {
    const blocked = uniqueUser('efr-blocked');
    await importAccount(blocked);
    await core.blacklist.add([blocked]);
    const el = await render();
    expect(await submitAdd(el, blocked)).to.equal(
      `${blocked} is on your blocklist. Unblock them first.`,
    );
  });

  it('checks the remark length before sending', async () => {
    const el = await render();
    typeInto(shadow(el, '[part="remark-input"]'), 'x'.repeat(97));
    const error = await waitFor(() => shadow(el, '[part="field-error"]'), 'the field error');
    expect(text(error)).to.equal('At most 96 bytes (now 97).');
    expect(shadow(el, '[part="remark-input"]')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('is usable from the keyboard: Enter in the form sends, Enter on Accept accepts', async () => {
    const open = uniqueUser('efr-open');
    await importAccount(open);
    await setAllowType(open, 'AllowType_Type_AllowAny');
    const el = await render();
    shadow(el, '[part="user-id-input"]')!.focus();
    await sendKeys({ type: open });
    await sendKeys({ press: 'Enter' });
    const result = await waitFor(() => shadow(el, '[part="add-result"].shown'), 'the outcome');
    expect(text(result)).to.equal(`${open} is now your friend.`);

    const { userID, item } = await incomingFrom(el, 'Keyboard Kim', 'via keys');
    button(item, 'accept-button').focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => core.friends.$friends.get().some((f) => f.userID === userID), 'friends');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible with real requests on screen (${theme})`, async () => {
      const el = await render(theme);
      await incomingFrom(el, `Axe ${theme}`, 'check me');
      await waitFor(() => shadow(el, '[part="outgoing"] [part="request"]'), 'a sent request');
      await expect(el).to.be.accessible();
    });
  }
});

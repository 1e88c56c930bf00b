// <tim-contacts> against the emulator: friendships made over REST, managed in the element, and
// what the other side sees checked on the server.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimContacts } from '@tim-kit/elements';
import { importAccount, uniqueUser } from '../support/emulator.js';
import {
  choose,
  friendsOf,
  loginCore,
  logoutCore,
  openDialog,
  restAddFriend,
  shadow,
  shadowAll,
  text,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-contacts>', () => {
  const me = uniqueUser('ect-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  /** A new friend of mine (both ways), present in $friends. */
  async function friend(nick: string): Promise<string> {
    const userID = uniqueUser('ect-friend');
    await importAccount(userID, nick);
    expect(await restAddFriend(me, userID, { force: true })).to.equal(0);
    await waitFor(() => core.friends.$friends.get().some((f) => f.userID === userID), nick);
    return userID;
  }

  async function render(theme: 'light' | 'dark' = 'light'): Promise<TimContacts> {
    return fixture<TimContacts>(
      html`<tim-contacts
        .core=${core}
        lang="en"
        theme=${theme}
        style="height: 560px"
      ></tim-contacts>`,
    );
  }

  const row = (el: TimContacts, userID: string) =>
    shadow<HTMLButtonElement>(el, `button[part="friend"][data-user-id="${userID}"]`);

  /** The group header a friend's row comes after. */
  function groupOf(el: TimContacts, userID: string): string {
    let group = '';
    for (const item of shadowAll(el, '[role="listitem"]')) {
      if (item.matches('[part="group"]')) group = item.getAttribute('data-group') ?? '';
      if (item.querySelector(`[data-user-id="${userID}"]`)) return group;
    }
    return '';
  }

  async function open(el: TimContacts, userID: string): Promise<Element> {
    (await waitFor(() => row(el, userID), 'the friend row')).click();
    return waitFor(() => shadow(el, '[part="details"]'), 'the details panel');
  }

  async function createGroup(el: TimContacts, name: string): Promise<void> {
    typeInto(shadow(el, '.new-group [part="group-name-input"]'), name);
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="create-group-button"]')!.click();
    await waitFor(
      () => shadowAll(el, '[part="group-name"]').some((h) => text(h).startsWith(name)),
      `the group ${name}`,
    );
  }

  it('lists friends under their friend group, and moving a friend moves the row', async () => {
    const ann = await friend('Ann Group');
    const el = await render();
    await createGroup(el, 'Work');
    await createGroup(el, 'Family');
    await open(el, ann);
    choose(shadow(el, '[part="move-select"]'), 'Work');
    shadow<HTMLButtonElement>(el, '[part="move-button"]')!.click();
    await waitFor(() => groupOf(el, ann) === 'Work', 'Ann under Work');
    choose(shadow(el, '[part="move-select"]'), 'Family');
    shadow<HTMLButtonElement>(el, '[part="move-button"]')!.click();
    await waitFor(() => groupOf(el, ann) === 'Family', 'Ann under Family');
    expect(core.friends.$friends.get().find((f) => f.userID === ann)?.groups).to.deep.equal([
      'Family',
    ]);
  });

  it('renames and deletes a group (after confirming); the friends stay', async () => {
    const bo = await friend('Bo Rename');
    const el = await render();
    await createGroup(el, 'Old');
    await core.friends.update({ userID: bo, groups: ['Old'] });
    await waitFor(() => groupOf(el, bo) === 'Old', 'Bo under Old');
    shadow<HTMLButtonElement>(el, '[aria-label="Rename Old"]')!.click();
    const input = await waitFor(() => shadow(el, '.rename [part="group-name-input"]'), 'rename');
    typeInto(input, 'New');
    await el.updateComplete;
    input.closest('form')!.requestSubmit();
    await waitFor(() => groupOf(el, bo) === 'New', 'Bo under New');
    shadow<HTMLButtonElement>(el, '[aria-label="Delete group New"]')!.click();
    const dialog = await waitFor(() => openDialog(el), 'the confirmation');
    expect(text(dialog)).to.contain('Its members stay your friends');
    dialog.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitFor(
      () => !core.friendGroups.$groups.get().some((g) => g.name === 'New'),
      'the group is gone',
    );
    expect(row(el, bo)).to.not.equal(null);
  });

  it('an edited remark becomes the shown name', async () => {
    const cy = await friend('Cy Remark');
    const el = await render();
    await open(el, cy);
    typeInto(shadow(el, '[part="remark-input"]'), 'Cousin Cy');
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="save-remark-button"]')!.click();
    await waitFor(() => text(row(el, cy)?.querySelector('[part="name"]')) === 'Cousin Cy', 'name');
    expect(text(shadow(el, '[part="notice"]'))).to.equal('Remark saved.');
  });

  it('"Message" opens the chat: tim-conversation-select and the active conversation', async () => {
    const di = await friend('Di Chat');
    const el = await render();
    await open(el, di);
    const selected = oneEvent(el, 'tim-conversation-select');
    shadow<HTMLButtonElement>(el, '[part="open-chat-button"]')!.click();
    expect((await selected).detail).to.deep.equal({ conversationID: `C2C${di}` });
    expect(core.conversations.$activeConversationID.get()).to.equal(`C2C${di}`);
  });

  it('deletes a friend after confirming, from both lists', async () => {
    const ed = await friend('Ed Delete');
    const el = await render();
    await open(el, ed);
    shadow<HTMLButtonElement>(el, '[part="delete-friend-button"]')!.click();
    const dialog = await waitFor(() => openDialog(el), 'the confirmation');
    expect(text(dialog)).to.contain('Delete Ed Delete from your friends?');
    dialog.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitFor(() => !row(el, ed), 'the row leaves');
    expect(await friendsOf(ed)).not.to.include(me);
  });

  it('moves between friends with the arrow keys, one tab stop', async () => {
    await friend('Key One');
    await friend('Key Two');
    const el = await render();
    await waitFor(() => shadowAll(el, 'button[part="friend"]').length >= 2, 'two friends');
    const first = shadowAll<HTMLButtonElement>(el, 'button[part="friend"]')[0]!;
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    const focused = await waitFor(
      () =>
        el.shadowRoot?.activeElement !== first &&
        (el.shadowRoot?.activeElement as HTMLElement | null)?.getAttribute('part') === 'friend' &&
        el.shadowRoot?.activeElement,
      'the next friend has the focus',
    );
    expect((focused as HTMLElement).tabIndex).to.equal(0);
    expect(shadowAll(el, 'button[part="friend"][tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => shadow(el, '[part="details"]'), 'Enter opens the details');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible with real friends and groups on screen (${theme})`, async () => {
      const fay = await friend(`Fay ${theme}`);
      const el = await render(theme);
      await open(el, fay);
      await expect(el).to.be.accessible();
    });
  }
});

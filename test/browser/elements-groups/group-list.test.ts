import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimGroupList } from '@tim-kit/elements';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { sleep } from '../support/core.js';
import {
  groupPeer,
  loginCore,
  logoutCore,
  newUser,
  noticeText,
  restCreateGroup,
  shadow,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-group-list>', () => {
  const me = uniqueUser('gl-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  afterEach(() => sleep(500));

  async function list(theme = 'light'): Promise<TimGroupList> {
    return fixture<TimGroupList>(
      html`<tim-group-list .core=${core} lang="en" theme=${theme}></tim-group-list>`,
    );
  }

  const item = (el: TimGroupList, groupID: string) =>
    shadow(el, `[part="item"][data-group-id="${CSS.escape(groupID)}"]`);

  async function find(el: TimGroupList, groupID: string): Promise<void> {
    typeInto(shadow<HTMLInputElement>(el, '#find-id')!, groupID);
    shadow<HTMLButtonElement>(el, '[part="find-button"]')!.click();
  }

  it('lists a joined group with its type and member count; Enter opens it', async () => {
    const bob = await newUser('gl-bob');
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Listed club',
      owner: bob,
      members: [me],
    });
    const el = await list();
    const row = await waitFor(() => item(el, groupID), 'the group in the list', 15_000);
    expect(row.querySelector('[part="name"]')?.textContent?.trim()).to.equal('Listed club');
    expect(row.querySelector('[part="meta"]')?.textContent?.trim()).to.equal(
      'Public group · 2 members',
    );
    row.focus();
    const selected = oneEvent(el, 'tim-conversation-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ conversationID: `GROUP${groupID}` });
    expect(core.conversations.$activeConversationID.get()).to.equal(`GROUP${groupID}`);
  });

  it('finds a group by ID and joins a free one', async () => {
    const bob = await newUser('gl-free');
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Open door',
      owner: bob,
      joinOption: 'FreeAccess',
    });
    const el = await list();
    await find(el, groupID);
    const found = await waitFor(() => shadow(el, '[part="found"]'), 'the public profile');
    expect(found.textContent).to.include('Open door');
    const applied = oneEvent(el, 'tim-group-apply');
    shadow<HTMLButtonElement>(el, '[part="apply-button"]')!.click();
    expect((await applied).detail).to.deep.equal({ groupID, result: 'joined' });
    expect(await noticeText(el)).to.equal('You joined the group.');
    await waitFor(() => item(el, groupID), 'the joined group in the list', 15_000);
  });

  it('applies with a reason, waits, and reports the acceptance', async () => {
    const owner = uniqueUser('gl-owner');
    await nodePeer.login(owner);
    try {
      const groupID = await restCreateGroup({
        type: 'Public',
        name: 'Ask first',
        owner,
        joinOption: 'NeedPermission',
      });
      const el = await list();
      await find(el, groupID);
      await waitFor(() => shadow(el, '[part="found"]'), 'the public profile');
      typeInto(shadow<HTMLInputElement>(el, '#apply-reason')!, 'a friend sent me');
      shadow<HTMLButtonElement>(el, '[part="apply-button"]')!.click();
      expect(await noticeText(el)).to.include('Waiting for the owner or an admin');
      await groupPeer.handleApplication(owner, groupID, me, 'accept');
      await waitFor(
        () => shadow(el, '[part="notice"][role="status"]')?.textContent?.includes('accepted'),
        'the acceptance is reported',
        15_000,
      );
    } finally {
      await nodePeer.logout(owner);
    }
  });

  it('says in words that a group does not exist (10010)', async () => {
    const el = await list();
    await find(el, 'no-such-group-here');
    expect(await noticeText(el, true)).to.match(/does not exist|not valid/);
  });

  it('says in words that a Work group cannot be found or applied to', async () => {
    const bob = await newUser('gl-work');
    const groupID = await restCreateGroup({ type: 'Private', name: 'Closed team', owner: bob });
    const el = await list();
    await find(el, groupID);
    expect(await noticeText(el, true)).to.equal(
      'This group is private and cannot be found; ask a member to invite you.',
    );
    expect(shadow(el, '[part="found"]')).to.equal(null);
  });

  it('is accessible with real groups in light and dark', async () => {
    const bob = await newUser('gl-axe');
    await restCreateGroup({ type: 'Public', name: 'Axe club', owner: bob, members: [me] });
    for (const theme of ['light', 'dark']) {
      const el = await list(theme);
      await waitFor(() => shadow(el, '[part="item"]'), 'a group row', 15_000);
      await expect(el).to.be.accessible();
    }
  });
});

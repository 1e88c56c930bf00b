import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimGroupSettings } from '@tim-kit/elements';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { sleep } from '../support/core.js';
import {
  groupPeer,
  loginCore,
  logoutCore,
  memberRow,
  showMembers,
  newUser,
  noticeText,
  restCreateGroup,
  serverGroup,
  shadow,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-group-settings> as the owner', () => {
  const me = uniqueUser('gs-owner');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  // The SDK allows about 8 group-profile reads a second; every mount reads a few.
  afterEach(() => sleep(800));

  async function settings(groupID: string, theme = 'light'): Promise<TimGroupSettings> {
    const el = await fixture<TimGroupSettings>(
      html`<tim-group-settings
        .core=${core}
        group-id=${groupID}
        lang="en"
        theme=${theme}
      ></tim-group-settings>`,
    );
    await showMembers(el);
    await waitFor(() => memberRow(el, me), 'my own row shows');
    return el;
  }

  async function publicGroup(members: string[], name = 'Owner club'): Promise<string> {
    return restCreateGroup({ type: 'Public', name, owner: me, members });
  }

  const button = (root: ParentNode, part: string) =>
    root.querySelector<HTMLButtonElement>(`[part="${part}"]`);

  async function openMember(el: TimGroupSettings, userID: string): Promise<HTMLDialogElement> {
    const row = await waitFor(() => memberRow(el, userID), `${userID}'s row`);
    button(row, 'manage-button')!.click();
    return waitFor(
      () => shadow<HTMLDialogElement>(el, 'dialog[data-member-dialog][open]'),
      'the member dialog opens',
    );
  }

  async function confirmDialog(el: TimGroupSettings): Promise<HTMLDialogElement> {
    return waitFor(
      () => shadow<HTMLDialogElement>(el, 'dialog[data-confirm-dialog][open]'),
      'the confirm dialog opens',
    );
  }

  it('saves a new group name that the other members see', async () => {
    const bob = await newUser('gs-bob');
    const groupID = await publicGroup([bob]);
    const el = await settings(groupID);
    typeInto(shadow<HTMLInputElement>(el, '#profile-name')!, 'Renamed club');
    button(el.shadowRoot!, 'save-profile')!.click();
    expect(await noticeText(el)).to.equal('Group profile saved.');
    expect((await serverGroup(groupID)).Name).to.equal('Renamed club');
  });

  it('refuses a 31-byte name before any request', async () => {
    const groupID = await publicGroup([]);
    const el = await settings(groupID);
    const name = shadow<HTMLInputElement>(el, '#profile-name')!;
    typeInto(name, 'a'.repeat(31));
    await el.updateComplete;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el, '#profile-name-error')?.textContent).to.include('At most 30 bytes (now 31)');
    button(el.shadowRoot!, 'save-profile')!.click();
    expect(await noticeText(el, true)).to.include('too long');
    expect((await serverGroup(groupID)).Name).to.equal('Owner club');
  });

  it('removes a member after confirming, and they leave the list', async () => {
    const bob = await newUser('gs-kick');
    const groupID = await publicGroup([bob]);
    const el = await settings(groupID);
    const dialog = await openMember(el, bob);
    button(dialog, 'kick-button')!.click();
    const confirm = await confirmDialog(el);
    expect(confirm.getAttribute('role')).to.equal('alertdialog');
    button(confirm, 'confirm-button')!.click();
    await waitFor(() => !memberRow(el, bob), 'bob leaves the list');
    const server = await serverGroup(groupID);
    expect(server.MemberList.map((m) => m.Member_Account)).to.not.include(bob);
  });

  it('shows the admin role once a member is made admin', async () => {
    const bob = await newUser('gs-admin');
    const groupID = await publicGroup([bob]);
    const el = await settings(groupID);
    const dialog = await openMember(el, bob);
    button(dialog, 'role-button')!.click();
    const role = await waitFor(
      () => memberRow(el, bob)?.querySelector('[part="role"]'),
      'the admin badge',
    );
    expect(role.textContent?.trim()).to.equal('Admin');
    expect(
      (await serverGroup(groupID)).MemberList.find((m) => m.Member_Account === bob)?.Role,
    ).to.equal('Admin');
  });

  it('shows a countdown on a muted member', async () => {
    const bob = await newUser('gs-mute');
    const groupID = await publicGroup([bob]);
    const el = await settings(groupID);
    const dialog = await openMember(el, bob);
    const duration = dialog.querySelector<HTMLSelectElement>('[part="mute-duration"]')!;
    duration.value = '600';
    duration.dispatchEvent(new Event('change'));
    button(dialog, 'mute-button')!.click();
    const timer = await waitFor(
      () => memberRow(el, bob)?.querySelector('[part="mute-timer"]'),
      'the mute timer',
    );
    expect(timer.textContent?.trim()).to.match(/^Muted · (10:00|9:[0-5]\d)$/);
  });

  it('has no dismiss in a Work group, and says why', async () => {
    const groupID = await restCreateGroup({ type: 'Private', name: 'Work team', owner: me });
    const el = await settings(groupID);
    expect(button(el.shadowRoot!, 'dismiss-button')).to.equal(null);
    expect(shadow(el, '#dismiss-reason')?.textContent).to.include('cannot be dismissed');
  });

  it('invites a user by ID into a Work group', async () => {
    const carol = await newUser('gs-invite');
    const groupID = await restCreateGroup({ type: 'Private', name: 'Invite team', owner: me });
    const el = await settings(groupID);
    typeInto(shadow<HTMLInputElement>(el, '#invite-ids')!, carol);
    button(el.shadowRoot!, 'invite-button')!.click();
    expect(await noticeText(el)).to.equal(`Added: ${carol}.`);
    await waitFor(() => memberRow(el, carol), 'carol in the list');
  });

  it('lists a join request from another user; accepting makes them a member', async () => {
    const peer = uniqueUser('gs-applicant');
    await nodePeer.login(peer);
    try {
      const groupID = await restCreateGroup({
        type: 'Public',
        name: 'Ask first',
        owner: me,
        joinOption: 'NeedPermission',
      });
      const el = await settings(groupID);
      await groupPeer.apply(peer, groupID, 'let me in');
      const request = await waitFor(
        () => shadow(el, `[part="request"][data-applicant="${peer}"]`),
        'the request shows',
      );
      expect(request.textContent).to.include('let me in');
      button(request, 'accept-button')!.click();
      await waitFor(() => memberRow(el, peer), 'the applicant in the member list');
    } finally {
      await nodePeer.logout(peer);
    }
  });

  it('asks before leaving, and the keyboard alone goes through the dialog', async () => {
    const bob = await newUser('gs-leave');
    const groupID = await restCreateGroup({
      type: 'Private',
      name: 'Leave team',
      owner: me,
      members: [bob],
    });
    const el = await settings(groupID);
    const quit = button(el.shadowRoot!, 'quit-button')!;
    quit.focus();
    await sendKeys({ press: 'Enter' });
    let confirm = await confirmDialog(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('confirm-cancel');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !confirm.open, 'Escape closes the dialog');
    expect(el.shadowRoot!.activeElement).to.equal(quit);

    await sendKeys({ press: 'Enter' });
    confirm = await confirmDialog(el);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('confirm-button');
    const left = oneEvent(el, 'tim-group-quit');
    await sendKeys({ press: 'Enter' });
    expect((await left).detail).to.deep.equal({ groupID });
    const server = await serverGroup(groupID);
    expect(server.MemberList.map((m) => m.Member_Account)).to.not.include(me);
  });

  for (const theme of ['light', 'dark']) {
    it(`is accessible with real members on screen (${theme})`, async () => {
      const bob = await newUser('gs-axe');
      const groupID = await publicGroup([bob], 'Accessible club');
      await core.groups.muteMember(groupID, bob, 600);
      const el = await settings(groupID, theme);
      await waitFor(() => memberRow(el, bob)?.querySelector('[part="mute-timer"]'), 'bob muted');
      await expect(el).to.be.accessible();
    });
  }
});

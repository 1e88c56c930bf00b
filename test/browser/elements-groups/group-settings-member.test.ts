import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimGroupSettings } from '@tim-kit/elements';
import { uniqueUser } from '../support/emulator.js';
import { sleep } from '../support/core.js';
import {
  loginCore,
  memberRow,
  newUser,
  noticeText,
  restCreateGroup,
  serverGroup,
  shadow,
  showMembers,
  typeInto,
  waitFor,
} from './support.js';

describe('<tim-group-settings> as an ordinary member of a Public group', () => {
  const me = uniqueUser('gs-member');
  let core: TimCore;
  let owner: string;
  let groupID: string;

  before(async () => {
    core = await loginCore(me);
    owner = await newUser('gs-boss');
    groupID = await restCreateGroup({
      type: 'Public',
      name: 'Boss club',
      owner,
      members: [me],
      joinOption: 'NeedPermission',
    });
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  afterEach(() => sleep(800));

  async function settings(lang = 'en', theme = 'light'): Promise<TimGroupSettings> {
    const el = await fixture<TimGroupSettings>(
      html`<tim-group-settings
        .core=${core}
        group-id=${groupID}
        lang=${lang}
        theme=${theme}
      ></tim-group-settings>`,
    );
    await showMembers(el);
    await waitFor(() => memberRow(el, owner), "the owner's row shows");
    return el;
  }

  const part = (root: ParentNode, name: string) =>
    root.querySelector<HTMLButtonElement>(`[part="${name}"]`);

  it('shows the profile read-only, with the reason', async () => {
    const el = await settings();
    const form = shadow<HTMLFieldSetElement>(el, '[part="profile-form"]')!;
    expect(form.disabled).to.equal(true);
    expect(form.getAttribute('aria-describedby')).to.equal('profile-reason');
    expect(shadow(el, '#profile-reason')?.textContent).to.equal(
      'Only the owner and admins can do this.',
    );
    expect(part(el.shadowRoot!, 'save-profile')?.hidden).to.equal(true);
  });

  it('says why it cannot invite, transfer or dismiss, and may leave', async () => {
    const el = await settings();
    expect(shadow(el, '#invite-reason')?.textContent).to.include('cannot invite');
    expect(shadow(el, '[part="invite-button"]')).to.equal(null);
    const dismiss = part(el.shadowRoot!, 'dismiss-button')!;
    expect(dismiss.disabled).to.equal(true);
    expect(shadow(el, `#${dismiss.getAttribute('aria-describedby')}`)?.textContent).to.equal(
      'Only the owner can do this.',
    );
    expect(part(el.shadowRoot!, 'transfer-button')!.disabled).to.equal(true);
    expect(part(el.shadowRoot!, 'quit-button')!.disabled).to.equal(false);
    expect(shadow(el, '[part="requests"]')).to.equal(null);
  });

  it('offers no action on the owner, each with the reason', async () => {
    const el = await settings();
    part(memberRow(el, owner)!, 'manage-button')!.click();
    const dialog = await waitFor(
      () => shadow<HTMLDialogElement>(el, 'dialog[data-member-dialog][open]'),
      'the member dialog',
    );
    for (const name of ['kick-button', 'mute-button', 'role-button', 'make-owner-button']) {
      const button = part(dialog, name)!;
      expect(button.disabled, name).to.equal(true);
      const reason = dialog.querySelector(`#${button.getAttribute('aria-describedby')}`);
      expect(reason?.textContent, name).to.match(/^Only the owner( and admins)? can do this\.$/);
    }
  });

  it('saves its own name card', async () => {
    const el = await settings();
    typeInto(shadow<HTMLInputElement>(el, '#name-card')!, 'Quiet Member');
    part(el.shadowRoot!, 'save-name-card')!.click();
    expect(await noticeText(el)).to.equal('Name card saved.');
    await waitFor(
      () => memberRow(el, me)?.textContent?.includes('Quiet Member'),
      'the name card in my row',
    );
    const server = await serverGroup(groupID);
    const mine = server.MemberList.find((m) => m.Member_Account === me) as { NameCard?: string };
    expect(mine.NameCard).to.equal('Quiet Member');
  });

  it('speaks Chinese and is accessible in the dark theme', async () => {
    const el = await settings('zh-CN', 'dark');
    expect(shadow(el, '#profile-reason')?.textContent).to.equal('只有群主和管理员可以操作。');
    await expect(el).to.be.accessible();
  });
});

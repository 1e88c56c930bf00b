// <tim-group-settings> as the owner: transfer and dismiss after confirming, the message receive
// option, refusing a join request, unsetting an admin, and saving mute-all / introduction /
// notification. What other members see is read from the server (REST) or a nodePeer's SDK.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { groupStrings, type TimGroupSettings } from '@tim-kit/elements';
import { nodePeer, rest, uniqueUser } from '../support/emulator.js';
import { sleep } from '../support/core.js';
import {
  groupPeer,
  loginCore,
  logoutCore,
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

const gt = groupStrings('en');

interface ServerGroupDetail {
  Introduction: string;
  Notification: string;
  ShutUpAllMember: string;
  ErrorCode?: number;
  MemberList?: Array<{ Member_Account: string; Role: string; MsgFlag: string }>;
}

async function serverDetail(groupID: string): Promise<ServerGroupDetail> {
  const { GroupInfo } = await rest<{ GroupInfo: ServerGroupDetail[] }>(
    'group_open_http_svc/get_group_info',
    { GroupIdList: [groupID] },
  );
  return GroupInfo[0]!;
}

describe('<tim-group-settings> owner actions', () => {
  const me = uniqueUser('gsa-owner');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  // The SDK allows about 8 group-profile reads a second; every mount reads a few.
  afterEach(() => sleep(800));

  async function settings(groupID: string): Promise<TimGroupSettings> {
    const el = await fixture<TimGroupSettings>(
      html`<tim-group-settings .core=${core} group-id=${groupID} lang="en"></tim-group-settings>`,
    );
    await showMembers(el);
    await waitFor(() => memberRow(el, me), 'my own row shows');
    return el;
  }

  const button = (root: ParentNode, part: string) =>
    root.querySelector<HTMLButtonElement>(`[part="${part}"]`);

  async function confirm(el: TimGroupSettings, expected: string): Promise<void> {
    const dialog = await waitFor(
      () => shadow<HTMLDialogElement>(el, 'dialog[data-confirm-dialog][open]'),
      'the confirm dialog opens',
    );
    expect(dialog.textContent).to.include(expected);
    button(dialog, 'confirm-button')!.click();
  }

  it("transfers ownership to a member after confirming; the member's SDK sees it", async () => {
    const heir = await newUser('gsa-heir');
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Handover club',
      owner: me,
      members: [heir],
    });
    await nodePeer.login(heir);
    try {
      const el = await settings(groupID);
      await waitFor(() => memberRow(el, heir), "the heir's row");
      button(el.shadowRoot!, 'transfer-button')!.click();
      await confirm(el, gt.confirmTransfer(heir));
      const role = await waitFor(
        () => memberRow(el, heir)?.querySelector('[part="role"]')?.textContent?.trim(),
        'the new owner badge',
      );
      expect(role).to.equal(gt.roles.owner);
      const tip = await nodePeer.waitForMessage(heir, 'TIMGroupTipElem');
      expect(tip.payload.newGroupProfile).to.deep.include({ ownerID: heir });
      const server = await serverGroup(groupID);
      expect(server.MemberList.find((m) => m.Member_Account === heir)?.Role).to.equal('Owner');
      expect(server.MemberList.find((m) => m.Member_Account === me)?.Role).to.equal('Member');
    } finally {
      await nodePeer.logout(heir);
    }
  });

  it('dismisses a Public group after confirming; the group is gone', async () => {
    const bob = await newUser('gsa-dismiss');
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Short lived',
      owner: me,
      members: [bob],
    });
    const el = await settings(groupID);
    const dismissed = oneEvent(el, 'tim-group-dismiss');
    button(el.shadowRoot!, 'dismiss-button')!.click();
    await confirm(el, gt.confirmDismiss('Short lived'));
    expect((await dismissed).detail).to.deep.equal({ groupID });
    expect((await serverDetail(groupID)).ErrorCode).to.equal(10010);
  });

  it('sets my message receive option', async () => {
    const groupID = await restCreateGroup({ type: 'Public', name: 'Noisy club', owner: me });
    const el = await settings(groupID);
    const select = shadow<HTMLSelectElement>(el, '[part="receive-option"]')!;
    select.value = 'discard';
    select.dispatchEvent(new Event('change'));
    expect(await noticeText(el)).to.equal(gt.receiveSaved);
    const mine = (await serverDetail(groupID)).MemberList?.find((m) => m.Member_Account === me);
    expect(mine?.MsgFlag).to.equal('Discard');
  });

  it('refuses a join request, and the applicant is told', async () => {
    const applicant = uniqueUser('gsa-asker');
    await nodePeer.login(applicant);
    try {
      const groupID = await restCreateGroup({
        type: 'Public',
        name: 'Picky club',
        owner: me,
        joinOption: 'NeedPermission',
      });
      const el = await settings(groupID);
      await groupPeer.apply(applicant, groupID, 'please');
      const request = await waitFor(
        () => shadow(el, `[part="request"][data-applicant="${applicant}"]`),
        'the request shows',
      );
      button(request, 'refuse-button')!.click();
      await waitFor(
        () => !shadow(el, `[part="request"][data-applicant="${applicant}"]`),
        'the request leaves the list',
      );
      const notice = await nodePeer.waitForMessage(applicant, 'TIMGroupSystemNoticeElem');
      // Tencent's group system notice 3: "your join request was refused".
      expect(notice.payload.operationType).to.equal(3);
      const server = await serverGroup(groupID);
      expect(server.MemberList.map((m) => m.Member_Account)).to.not.include(applicant);
    } finally {
      await nodePeer.logout(applicant);
    }
  });

  it('unsets an admin, whose badge goes', async () => {
    const ann = await newUser('gsa-admin');
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Admin club',
      owner: me,
      members: [ann],
    });
    await core.groups.setMemberRole(groupID, ann, 'admin');
    const el = await settings(groupID);
    await waitFor(() => memberRow(el, ann)?.querySelector('[part="role"]'), 'the admin badge');
    button(memberRow(el, ann)!, 'manage-button')!.click();
    const dialog = await waitFor(
      () => shadow<HTMLDialogElement>(el, 'dialog[data-member-dialog][open]'),
      'the member dialog opens',
    );
    const role = button(dialog, 'role-button')!;
    expect(role.textContent?.trim()).to.equal(gt.unsetAdmin);
    role.click();
    await waitFor(() => !memberRow(el, ann)?.querySelector('[part="role"]'), 'the badge goes');
    const server = await serverGroup(groupID);
    expect(server.MemberList.find((m) => m.Member_Account === ann)?.Role).to.equal('Member');
  });

  it('saves mute-all, the introduction and the notification for every member', async () => {
    const groupID = await restCreateGroup({ type: 'Public', name: 'Notice club', owner: me });
    const el = await settings(groupID);
    typeInto(shadow<HTMLTextAreaElement>(el, '#profile-introduction')!, 'We talk about kites.');
    typeInto(shadow<HTMLTextAreaElement>(el, '#profile-notification')!, 'Meet-up on Sunday.');
    const muteAll = shadow<HTMLInputElement>(el, '[part="mute-all"]')!;
    muteAll.click();
    button(el.shadowRoot!, 'save-profile')!.click();
    expect(await noticeText(el)).to.equal(gt.profileSaved);
    const server = await serverDetail(groupID);
    expect(server.Introduction).to.equal('We talk about kites.');
    expect(server.Notification).to.equal('Meet-up on Sunday.');
    expect(server.ShutUpAllMember).to.equal('On');
  });
});

import { expect } from '@open-wc/testing';
import { createTimCore, type TimCore } from '@tim-kit/headless';
import { nodePeer, uniqueUser, userSig } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, until } from '../support/core.js';
import { groupPeer, restCreateGroup } from './support.js';

describe('headless groups: applications', () => {
  const userID = uniqueUser('gapply');
  const peer = uniqueUser('gpeer');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  it('an application with a reason waits, and the group arrives once the owner accepts', async () => {
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Peer club',
      owner: peer,
      joinOption: 'NeedPermission',
    });
    expect(await core.groups.apply(groupID, 'please')).to.equal('pending');
    await groupPeer.handleApplication(peer, groupID, userID, 'accept');
    const row = await until(
      () => core.groups.$groups.get().find((g) => g.groupID === groupID),
      'the group in $groups',
      10_000,
    );
    expect(row).to.include({ name: 'Peer club', selfRole: 'member' });
  });

  it('quitting removes the group from $groups', async () => {
    const groupID = await restCreateGroup({
      type: 'Public',
      name: 'Open club',
      owner: peer,
      joinOption: 'FreeAccess',
    });
    expect(await core.groups.apply(groupID)).to.equal('joined');
    await until(() => core.groups.$groups.get().some((g) => g.groupID === groupID), 'joined');
    await core.groups.quit(groupID);
    await until(() => !core.groups.$groups.get().some((g) => g.groupID === groupID), 'gone');
  });

  it("the owner sees a peer's application with its reason, unread, and accepts it", async () => {
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'My club',
      joinOption: 'approval',
    });
    const handle = core.groups.group(groupID);
    await handle.loadMembers();
    expect(await groupPeer.apply(peer, groupID, 'I know you')).to.deep.equal({
      status: 'WaitAdminApproval',
    });
    const application = await until(
      () => core.groups.$applications.get().list.find((a) => a.groupID === groupID),
      'the application in $applications',
    );
    expect(application).to.include({ applicantID: peer, reason: 'I know you', isRead: false });
    expect(core.groups.$applications.get().unreadCount).to.be.greaterThan(0);
    core.groups.markApplicationsRead();
    expect(core.groups.$applications.get().unreadCount).to.equal(0);

    await core.groups.handleApplication(application, 'accept');
    expect(core.groups.$applications.get().list.some((a) => a.key === application.key)).to.equal(
      false,
    );
    await until(() => handle.$members.get().some((m) => m.userID === peer), 'the peer in $members');
  });

  it('a refused application leaves the applicant out', async () => {
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Strict club',
      joinOption: 'approval',
    });
    await groupPeer.apply(peer, groupID, 'again');
    const application = await until(
      () => core.groups.$applications.get().list.find((a) => a.groupID === groupID),
      'the application',
    );
    await core.groups.handleApplication(application, 'refuse', 'sorry');
    const members = await core.groups.getMembers(groupID, [peer]);
    expect(members.map((m) => m.userID)).to.not.include(peer);
  });

  it('an application marked read stays read for a new core of the same user', async () => {
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Seen club',
      joinOption: 'approval',
    });
    await groupPeer.apply(peer, groupID, 'remember me');
    const application = () =>
      core.groups.$applications.get().list.find((a) => a.groupID === groupID);
    await until(application, 'the application');
    core.groups.markApplicationsRead();

    // As after a reload: a new core on the same SDK and page.
    await core.auth.logout();
    core.destroy();
    core = createTimCore({ chat: core.chat });
    await core.auth.login({ userID, userSig: await userSig(userID) });

    const again = await until(application, 'the application in the new core', 10_000);
    expect(again.isRead).to.equal(true);
    expect(core.groups.$applications.get().unreadCount).to.equal(0);
  });
});

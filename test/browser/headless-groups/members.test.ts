import { expect } from '@open-wc/testing';
import { TimError, type TimCore } from '@tim-kit/headless';
import { uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';
import { newUser, restAddMembers, restSendGroupText } from './support.js';

describe('headless groups: members', () => {
  const userID = uniqueUser('gowner');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  // The SDK allows 8 group-profile reads a second; each test creates a group (several reads).
  afterEach(() => sleep(800));

  const memberIDs = (groupID: string) =>
    core.groups
      .group(groupID)
      .$members.get()
      .map((m) => m.userID);

  it('an invited user is in $members with the member role', async () => {
    const bob = await newUser('gbob');
    const { groupID } = await core.groups.createGroup({ type: 'Work', name: 'Invite' });
    const handle = core.groups.group(groupID);
    await handle.loadMembers();
    const result = await core.groups.invite(groupID, [bob]);
    expect(result).to.deep.equal({ added: [bob], existing: [], failed: [] });
    const bobRow = await until(
      () => handle.$members.get().find((m) => m.userID === bob),
      'bob in $members',
    );
    expect(bobRow.role).to.equal('member');
    expect(handle.$members.get().find((m) => m.userID === userID)?.role).to.equal('owner');
  });

  it('a kicked member leaves $members', async () => {
    const bob = await newUser('gkick');
    const { groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Kick',
      members: [bob],
    });
    const handle = core.groups.group(groupID);
    await handle.loadMembers();
    expect(memberIDs(groupID)).to.include(bob);
    await core.groups.kick(groupID, [bob], 'spam');
    await until(() => !memberIDs(groupID).includes(bob), 'bob gone from $members');
  });

  it('dismissing a Work group is refused with 2622', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Work', name: 'No dismiss' });
    const error = await rejectionOf(core.groups.dismiss(groupID));
    expect(error).to.be.instanceOf(TimError);
    expect((error as TimError).code).to.equal(2622);
    expect((error as TimError).operation).to.equal('groups.dismiss');
  });

  it('dismissing a Public group removes it from $groups', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Public', name: 'Dismiss' });
    await until(() => core.groups.$groups.get().some((g) => g.groupID === groupID), 'listed');
    await core.groups.dismiss(groupID);
    await until(() => !core.groups.$groups.get().some((g) => g.groupID === groupID), 'gone');
  });

  it('transferring ownership makes the member the owner', async () => {
    const bob = await newUser('gnew');
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Transfer',
      members: [bob],
    });
    await core.groups.transferOwner(groupID, bob);
    const profile = await core.groups.getProfile(groupID);
    expect(profile.ownerID).to.equal(bob);
    expect((await core.groups.getSelfMember(groupID)).role).to.equal('member');
  });

  it('setMemberRole makes a member an admin and back', async () => {
    const bob = await newUser('gadm');
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Roles',
      members: [bob],
    });
    await core.groups.setMemberRole(groupID, bob, 'admin');
    expect((await core.groups.getMembers(groupID, [bob]))[0]?.role).to.equal('admin');
    await core.groups.setMemberRole(groupID, bob, 'member');
    expect((await core.groups.getMembers(groupID, [bob]))[0]?.role).to.equal('member');
  });

  it('muteMember sets muteUntil for the duration, and 0 unmutes', async () => {
    const bob = await newUser('gmute');
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Mute',
      members: [bob],
    });
    const handle = core.groups.group(groupID);
    await handle.loadMembers();
    const before = Date.now();
    await core.groups.muteMember(groupID, bob, 600);
    const muted = await until(
      () => handle.$members.get().find((m) => m.userID === bob && m.muteUntil > 0),
      'bob muted in $members',
    );
    expect(muted.muteUntil).to.be.greaterThan(before + 590_000);
    await core.groups.muteMember(groupID, bob, 0);
    await until(
      () => handle.$members.get().find((m) => m.userID === bob)?.muteUntil === 0,
      'bob unmuted',
    );
  });

  it("sets its own and a member's name card; 51 bytes are refused with 10004", async () => {
    const bob = await newUser('gcard');
    const { groupID } = await core.groups.createGroup({
      type: 'Public',
      name: 'Cards',
      members: [bob],
    });
    const handle = core.groups.group(groupID);
    await handle.refresh();
    await core.groups.setNameCard(groupID, 'The Boss');
    await until(() => handle.$self.get()?.nameCard === 'The Boss', 'own name card in $self');
    await core.groups.setNameCard(groupID, 'Bobby', bob);
    expect((await core.groups.getMembers(groupID, [bob]))[0]?.nameCard).to.equal('Bobby');
    const error = await rejectionOf(core.groups.setNameCard(groupID, 'n'.repeat(51)));
    expect((error as TimError).code).to.equal(10004);
  });

  it('setReceiveOption changes the receive option of the group', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Public', name: 'Quiet' });
    await core.groups.setReceiveOption(groupID, 'silent');
    expect(core.groups.group(groupID).$profile.get()?.receiveOption).to.equal('silent');
  });

  it('a group text is sent and a member text is received in the group conversation', async () => {
    const bob = await newUser('gtalk');
    const { groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Talk',
      members: [bob],
    });
    const thread = core.messages.thread(`GROUP${groupID}`);
    await thread.loadOlder();
    const sent = await core.messages.sendText(`GROUP${groupID}`, 'hello group');
    expect(sent).to.include({ status: 'sent', conversationID: `GROUP${groupID}` });
    await restSendGroupText(groupID, bob, 'hi owner');
    const received = await until(
      () => thread.$messages.get().find((m) => m.text === 'hi owner'),
      'the member text in the thread',
    );
    expect(received).to.include({ from: bob, fromSelf: false, kind: 'text' });
  });

  it('group tips show as messages with readable text, and as events', async () => {
    const carol = await newUser('gtip');
    const { groupID } = await core.groups.createGroup({ type: 'Work', name: 'Tips' });
    const thread = core.messages.thread(`GROUP${groupID}`);
    await thread.loadOlder();
    const events: string[] = [];
    const stop = core.groups.onEvent((e) => {
      if (e.groupID === groupID) events.push(`${e.kind}:${e.userIDs.join(',')}`);
    });
    await restAddMembers(groupID, [carol]);
    const tip = await until(
      () => thread.$messages.get().find((m) => m.kind === 'group-tip'),
      'the join tip in the thread',
    );
    // The tip names members by nick; an imported account's nick is its ID here.
    expect(tip.text).to.equal(`administrator invited ${carol} to the group`);
    await until(() => events.includes(`member-joined:${carol}`), 'the member-joined event');
    expect(core.groups.$events.get()?.text).to.equal(tip.text);
    stop();
  });
});

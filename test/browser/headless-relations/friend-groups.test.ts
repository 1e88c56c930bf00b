// Friend groups: named sets of friends, kept in $groups and in each friend's `groups`.
import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore } from '@tim-kit/headless';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, until } from '../support/core.js';
import { relationPeer } from '../support/relation-peer.js';

describe('headless friend groups', () => {
  const me = uniqueUser('fg-me');
  const ann = uniqueUser('fg-ann');
  const ben = uniqueUser('fg-ben');
  const stranger = uniqueUser('fg-stranger');
  let core: TimCore;
  const groupsOf = (userID: string) =>
    core.friends.$friends.get().find((f) => f.userID === userID)?.groups;

  before(async () => {
    ({ core } = await loginCore(me));
    await importAccount(stranger);
    for (const friend of [ann, ben]) {
      await importAccount(friend);
      await nodePeer.login(friend);
      await relationPeer.setAllowType(friend, 'AllowType_Type_AllowAny');
      await core.friends.add({ userID: friend });
    }
    await until(() => core.friends.$friends.get().length === 2, 'two friends');
  });

  after(async () => {
    core?.destroy();
    for (const friend of [ann, ben]) await nodePeer.logout(friend);
  });

  it('creates a group with friends, shown in $groups and on each friend', async () => {
    const result = await core.friendGroups.create('Family', [ann]);
    expect(result).to.deep.equal({ succeeded: [ann], failed: [] });
    expect(core.friendGroups.$groups.get()).to.deep.equal([{ name: 'Family', userIDs: [ann] }]);
    await until(() => groupsOf(ann)?.includes('Family'), 'ann in Family');
  });

  it('adds and removes friends; a non-friend fails with 2700', async () => {
    const added = await core.friendGroups.addFriends('Family', [ben, stranger]);
    expect(added.succeeded).to.deep.equal([ben]);
    expect(added.failed).to.have.length(1);
    expect(added.failed[0]).to.include({ userID: stranger, code: TimErrorCode.NOT_A_FRIEND });
    expect(core.friendGroups.$groups.get()[0]?.userIDs).to.have.members([ann, ben]);
    await until(() => groupsOf(ben)?.includes('Family'), 'ben in Family');

    const removed = await core.friendGroups.removeFriends('Family', [ann]);
    expect(removed).to.deep.equal({ succeeded: [ann], failed: [] });
    expect(core.friendGroups.$groups.get()[0]?.userIDs).to.deep.equal([ben]);
    await until(() => groupsOf(ann)?.length === 0, 'ann in no group');
  });

  it('renames a group; its friends follow', async () => {
    await core.friendGroups.rename('Family', 'Kin');
    expect(core.friendGroups.$groups.get()).to.deep.equal([{ name: 'Kin', userIDs: [ben] }]);
    await until(() => groupsOf(ben)?.includes('Kin'), 'ben in Kin');
  });

  it('friends.update moves a friend to exactly the groups given', async () => {
    await core.friendGroups.create('Work');
    const updated = await core.friends.update({ userID: ben, groups: ['Work'] });
    expect(updated.groups).to.deep.equal(['Work']);
    const byName = Object.fromEntries(
      core.friendGroups.$groups.get().map((g) => [g.name, g.userIDs]),
    );
    expect(byName).to.deep.equal({ Kin: [], Work: [ben] });
  });

  it('deletes groups but keeps the friends', async () => {
    await core.friendGroups.remove(['Kin', 'Work']);
    expect(core.friendGroups.$groups.get()).to.deep.equal([]);
    expect(core.friends.$friends.get().map((f) => f.userID)).to.have.members([ann, ben]);
    await until(() => groupsOf(ben)?.length === 0, 'ben in no group');
  });

  it('refuses duplicate and unknown names with 2710 and 2711', async () => {
    await core.friendGroups.create('Solo');
    expect(await rejectionOf(core.friendGroups.create('Solo'))).to.include({
      code: TimErrorCode.FRIEND_GROUP_EXISTS,
    });
    expect(await rejectionOf(core.friendGroups.rename('Nope', 'Other'))).to.include({
      code: TimErrorCode.FRIEND_GROUP_NOT_FOUND,
    });
    expect(await rejectionOf(core.friendGroups.addFriends('Nope', [ann]))).to.include({
      code: TimErrorCode.FRIEND_GROUP_NOT_FOUND,
    });
    await core.friendGroups.remove(['Solo']);
  });

  it('refuses a 33rd group with 30011', async () => {
    for (let i = 0; i < 32; i++) await core.friendGroups.create(`g${i}`);
    expect(core.friendGroups.$groups.get()).to.have.length(32);
    expect(await rejectionOf(core.friendGroups.create('one too many'))).to.include({
      code: TimErrorCode.FRIEND_GROUP_LIMIT,
    });
  });
});

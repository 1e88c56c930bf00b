// groups.getOnlineMemberCount: the SDK's getGroupOnlineMemberCount against the emulator's
// get_online_member_num, which counts the members that have a live session.
import { expect } from '@open-wc/testing';
import { TimError, type TimCore } from '@tim-kit/headless';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, until } from '../support/core.js';
import { newUser } from './support.js';

describe('headless groups: online member count', () => {
  const userID = uniqueUser('gonline');
  const online = uniqueUser('gonline-peer');
  let core: TimCore;

  before(async () => {
    await importAccount(online);
    await nodePeer.login(online);
    ({ core } = await loginCore(userID));
  });

  after(async () => {
    core?.destroy();
    await nodePeer.logout(online);
  });

  it('counts the members with a live session (self and a peer), not the offline ones', async () => {
    const offline = await newUser('gonline-off');
    const group = await core.groups.createGroup({
      type: 'Public',
      name: 'who is here',
      members: [online, offline],
    });
    await until(
      () => core.groups.$groups.get().some((g) => g.groupID === group.groupID),
      'the group in $groups',
    );

    expect(await core.groups.getOnlineMemberCount(group.groupID)).to.equal(2);
  });

  it('refuses an empty group ID before any request', async () => {
    const error = await rejectionOf(core.groups.getOnlineMemberCount(''));
    expect(error).to.be.instanceOf(TimError);
  });
});

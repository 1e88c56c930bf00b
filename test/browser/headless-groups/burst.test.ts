import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { importAccount, uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';
import { restCreateGroup } from './support.js';

// An admin adds the user to twelve groups at once: the SDK's own limit (about 8 group profile
// reads a second) refuses most of the reads it makes for them (2996), which left groups out of
// $groups, or in it without a name and with 0 members, until the next login.
describe('headless groups: joined in a burst', () => {
  const userID = uniqueUser('gburst');
  const owner = uniqueUser('gbowner');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await importAccount(owner);
  });
  after(async () => {
    await core?.auth.logout();
    core?.destroy();
  });

  it('every group ends up in $groups with its name and member count', async () => {
    const names = Array.from({ length: 12 }, (_, i) => `Burst ${i + 1}`);
    const groupIDs = await Promise.all(
      names.map((name) => restCreateGroup({ type: 'Public', name, owner, members: [userID] })),
    );
    const listed = () =>
      groupIDs.map((id) => core.groups.$groups.get().find((g) => g.groupID === id));
    await until(
      () => listed().every((g) => g !== undefined && g.memberCount === 2 && g.name !== ''),
      'all twelve groups with names and 2 members',
      30_000,
    ).catch(() => undefined);
    expect(listed().map((g) => g && `${g.name}:${g.memberCount}`)).to.deep.equal(
      names.map((name) => `${name}:2`),
    );
  });
});

import { expect } from '@open-wc/testing';
import { TimError, type TimCore, type TimGroupType } from '@tim-kit/headless';
import { emulatorControl, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';
import { newUser } from './support.js';

describe('headless groups: create and profile', () => {
  const userID = uniqueUser('gcreate');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  const listed = (groupID: string) =>
    until(
      () => core.groups.$groups.get().find((g) => g.groupID === groupID),
      `${groupID} in $groups`,
      10_000,
    );

  // The seed's names are accepted: Private is Work, ChatRoom is Meeting, BChatRoom is AVChatRoom.
  const types: Array<[string, TimGroupType]> = [
    ['Work', 'Work'],
    ['Private', 'Work'],
    ['Public', 'Public'],
    ['ChatRoom', 'Meeting'],
    ['AVChatRoom', 'AVChatRoom'],
    ['BChatRoom', 'AVChatRoom'],
    ['Community', 'Community'],
  ];
  for (const [input, type] of types) {
    it(`creates a ${input} group that shows in $groups as ${type}`, async () => {
      const group = await core.groups.createGroup({
        type: input as TimGroupType,
        name: `${input} room`,
      });
      expect(group.type).to.equal(type);
      const row = await listed(group.groupID);
      expect(row).to.include({ name: `${input} room`, type, selfRole: 'owner' });
      // The SDK allows 8 group-profile reads a second and each create makes several.
      await sleep(1000);
    });
  }

  it('creates with a custom ID, members and every profile option', async () => {
    const member = await newUser('gmember');
    const groupID = uniqueUser('my-group');
    await core.groups.createGroup({
      type: 'Public',
      name: 'Options',
      groupID,
      members: [member],
      notification: 'read me',
      introduction: 'about us',
      avatar: 'https://example.com/a.png',
      joinOption: 'free',
      maxMemberCount: 50,
    });
    const profile = await core.groups.getProfile(groupID);
    expect(profile).to.include({
      groupID,
      name: 'Options',
      notification: 'read me',
      introduction: 'about us',
      avatar: 'https://example.com/a.png',
      joinOption: 'free',
      maxMemberCount: 50,
      memberCount: 2,
      ownerID: userID,
    });
    await sleep(1000);
  });

  it('updateProfile changes name, notification, introduction and mute-all', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Public', name: 'Before' });
    await sleep(1000);
    const updated = await core.groups.updateProfile(groupID, {
      name: 'After',
      notification: 'new rules',
      introduction: 'new intro',
      muteAll: true,
    });
    expect(updated).to.include({
      name: 'After',
      notification: 'new rules',
      introduction: 'new intro',
      isMutedAll: true,
    });
    await until(
      () => core.groups.$groups.get().find((g) => g.groupID === groupID)?.name === 'After',
      'the new name in $groups',
    );
    expect(core.groups.group(groupID).$profile.get()?.name).to.equal('After');
  });

  it('refuses a 31-byte name with 10004 before any request', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Public', name: 'Limits' });
    // With replies paused, a request would never settle: a rejection proves none was sent.
    await emulatorControl.pauseReplies();
    try {
      const error = await rejectionOf(core.groups.updateProfile(groupID, { name: 'x'.repeat(31) }));
      expect(error).to.be.instanceOf(TimError);
      expect((error as TimError).code).to.equal(10004);
      expect((error as TimError).operation).to.equal('groups.updateProfile');
    } finally {
      await emulatorControl.resumeReplies();
    }
  });

  it('refuses over-long notification, introduction and avatar URL with 10004', async () => {
    const limits = { notification: 300, introduction: 240, avatar: 100 } as const;
    for (const [field, limit] of Object.entries(limits)) {
      const error = await rejectionOf(
        core.groups.updateProfile('@TGS#any', { [field]: 'é'.repeat(limit / 2 + 1) }),
      );
      expect((error as TimError).code, field).to.equal(10004);
    }
  });

  it('finds a Public group by ID with its public profile', async () => {
    const { groupID } = await core.groups.createGroup({ type: 'Public', name: 'Findable' });
    const found = await core.groups.findGroup(groupID);
    expect(found).to.include({ groupID, name: 'Findable', type: 'Public' });
  });
});

// Bad input fails with a code before any network call: every check here runs while the emulator
// holds back all replies, so a call that reached the server would never settle.
import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore } from '@tim-kit/headless';
import { emulatorControl, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf } from '../support/core.js';

describe('headless relations validation', () => {
  const me = uniqueUser('rv-me');
  let core: TimCore;

  before(async () => {
    // The SDK's own list fetches after login may be caught by the pause; that is not under test.
    ({ core } = await loginCore(me, { onError: () => undefined }));
    await emulatorControl.pauseReplies();
  });

  after(async () => {
    await emulatorControl.resumeReplies();
    core?.destroy();
  });

  const expectCode = async (promise: Promise<unknown>, code: number) =>
    expect(await rejectionOf(promise)).to.include({ code });

  it('profile updates over Tencent’s limits fail with 2721, empty ones with 2722', async () => {
    const invalid = TimErrorCode.PROFILE_INVALID;
    await expectCode(core.profile.updateSelf({ nick: 'n'.repeat(501) }), invalid);
    await expectCode(core.profile.updateSelf({ nick: '字'.repeat(167) }), invalid); // 501 bytes
    await expectCode(core.profile.updateSelf({ signature: 's'.repeat(501) }), invalid);
    await expectCode(core.profile.updateSelf({ location: 'l'.repeat(17) }), invalid);
    await expectCode(core.profile.updateSelf({ gender: 'other' as 'male' }), invalid);
    await expectCode(core.profile.updateSelf({ allowType: 'sometimes' as 'deny-any' }), invalid);
    await expectCode(core.profile.updateSelf({ level: -1 }), invalid);
    await expectCode(core.profile.updateSelf({ birthday: 1.5 }), invalid);
    await expectCode(core.profile.updateSelf({ mood: 'x' } as never), invalid);
    await expectCode(core.profile.updateSelf({}), TimErrorCode.PROFILE_NO_CHANGES);
    expect(core.profile.$self.get()?.nick).to.equal(me);
  });

  it('friend requests with bad fields fail as invalid arguments', async () => {
    const bad = TimErrorCode.INVALID_ARGUMENT;
    await expectCode(core.friends.add({ userID: '' }), bad);
    await expectCode(core.friends.add({ userID: me }), bad);
    await expectCode(core.friends.add({ userID: 'x', remark: 'r'.repeat(97) }), bad);
    await expectCode(core.friends.add({ userID: 'x', wording: 'w'.repeat(257) }), bad);
    await expectCode(core.friends.add({ userID: 'x', source: 'TooLongSource' }), bad);
    await expectCode(core.friends.add({ userID: 'x', group: 'g'.repeat(31) }), bad);
    await expectCode(
      core.friends.add({ userID: 'x', group: 'missing' }),
      TimErrorCode.FRIEND_GROUP_NOT_FOUND,
    );
    expect(core.friends.$applications.get()).to.deep.equal([]);
  });

  it('actions on someone who is not a friend fail with 2700 or 2716', async () => {
    await expectCode(core.friends.update({ userID: 'x', remark: 'hi' }), TimErrorCode.NOT_A_FRIEND);
    await expectCode(core.friends.remove(['x']), TimErrorCode.NOT_A_FRIEND);
    await expectCode(
      core.friends.respond({ userID: 'x', action: 'agree' }),
      TimErrorCode.FRIEND_APPLICATION_NOT_FOUND,
    );
    await expectCode(
      core.friends.respond({ userID: 'x', action: 'maybe' as 'agree' }),
      TimErrorCode.INVALID_ARGUMENT,
    );
    await expectCode(
      core.friends.deleteApplications(['x']),
      TimErrorCode.FRIEND_APPLICATION_NOT_FOUND,
    );
  });

  it('friend group names must be 1-30 bytes', async () => {
    await expectCode(core.friendGroups.create(''), TimErrorCode.INVALID_ARGUMENT);
    await expectCode(core.friendGroups.create('组'.repeat(11)), TimErrorCode.INVALID_ARGUMENT);
    await expectCode(core.friendGroups.rename('a', ''), TimErrorCode.INVALID_ARGUMENT);
    await expectCode(core.friendGroups.remove([]), TimErrorCode.INVALID_ARGUMENT);
    expect(core.friendGroups.$groups.get()).to.deep.equal([]);
  });

  it('user ID lists must be non-empty arrays of non-empty IDs', async () => {
    const bad = TimErrorCode.INVALID_ARGUMENT;
    await expectCode(core.profile.getProfiles([]), bad);
    await expectCode(core.profile.getProfiles(['ok', '']), bad);
    await expectCode(core.friends.check('bob' as unknown as string[]), bad);
    await expectCode(core.blacklist.remove([]), bad);
  });
});

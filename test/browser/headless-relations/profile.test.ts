// Profiles: the own profile, a friend's changes arriving by push, and the profile cache.
import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { emulatorControl, importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';
import { relationPeer } from '../support/relation-peer.js';

describe('headless profile', () => {
  const me = uniqueUser('pf-me');
  const friend = uniqueUser('pf-friend');
  const stranger = uniqueUser('pf-stranger');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(me));
    await importAccount(stranger, 'Stranger');
    await importAccount(friend, 'Friend');
    await nodePeer.login(friend);
  });

  after(async () => {
    core?.destroy();
    await nodePeer.logout(friend);
  });

  it('$self holds the own profile after login', async () => {
    const self = await until(() => core.profile.$self.get(), '$self');
    expect(self).to.include({ userID: me, nick: me });
  });

  it('updateSelf changes every field and $self follows', async () => {
    const updated = await core.profile.updateSelf({
      nick: 'Me Myself',
      avatar: 'https://example.com/me.png',
      signature: 'hello',
      gender: 'female',
      birthday: 19990101,
      location: 'Shenzhen',
      language: 2,
      level: 7,
      role: 3,
      allowType: 'deny-any',
    });
    const expected = {
      userID: me,
      nick: 'Me Myself',
      avatar: 'https://example.com/me.png',
      signature: 'hello',
      gender: 'female',
      birthday: 19990101,
      location: 'Shenzhen',
      language: 2,
      level: 7,
      role: 3,
      allowType: 'deny-any',
    };
    expect(updated).to.deep.equal(expected);
    expect(core.profile.$self.get()).to.deep.equal(expected);
    expect(await core.profile.refreshSelf()).to.deep.equal(expected);
    expect(core.auth.$user.get()).to.include({ nick: 'Me Myself' });
  });

  it('getProfiles fetches users it does not know yet and caches them', async () => {
    expect(core.profile.cachedProfile(stranger)).to.equal(null);
    const profiles = await core.profile.getProfiles([stranger, me]);
    expect(profiles.map((p) => [p.userID, p.nick])).to.deep.equal([
      [stranger, 'Stranger'],
      [me, 'Me Myself'],
    ]);
    expect(core.profile.cachedProfile(stranger)).to.include({ nick: 'Stranger' });
  });

  it('getProfiles answers cached users without a network call', async () => {
    await emulatorControl.pauseReplies();
    try {
      const cached = await core.profile.getProfiles([stranger]);
      expect(cached.map((p) => p.nick)).to.deep.equal(['Stranger']);
    } finally {
      await emulatorControl.resumeReplies();
    }
  });

  it('a friend’s profile change reaches the friend list and the cache by push', async () => {
    await relationPeer.setAllowType(friend, 'AllowType_Type_AllowAny');
    await core.friends.add({ userID: friend });
    await until(() => core.friends.$friends.get().some((f) => f.userID === friend), 'friend');

    await relationPeer.updateProfile(friend, { nick: 'Friend Renamed', selfSignature: 'busy' });
    const updated = await until(
      () =>
        core.friends.$friends
          .get()
          .find((f) => f.userID === friend && f.profile.nick === 'Friend Renamed'),
      'the new nick in my friend list',
    );
    expect(updated.profile.signature).to.equal('busy');
    expect(updated.name).to.equal('Friend Renamed');
    expect(core.profile.cachedProfile(friend)).to.include({ nick: 'Friend Renamed' });
  });
});

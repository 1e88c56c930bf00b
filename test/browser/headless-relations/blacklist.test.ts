// Blocking: a blocked user's texts are refused by the server, and unblocking lets them through.
import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore } from '@tim-kit/headless';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, until } from '../support/core.js';
import { relationPeer } from '../support/relation-peer.js';

describe('headless blacklist', () => {
  const me = uniqueUser('bl-me');
  const pest = uniqueUser('bl-pest');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(me));
    await importAccount(pest);
    await nodePeer.login(pest);
  });

  after(async () => {
    core?.destroy();
    await nodePeer.logout(pest);
  });

  it('a blocked user’s text is refused with 20007', async () => {
    await core.blacklist.add([pest]);
    expect(core.blacklist.$blacklist.get()).to.deep.equal([pest]);
    const sent = await relationPeer.trySendText(pest, me, 'let me in');
    expect(sent.code).to.equal(20007);
  });

  it('blocking a friend ends the friendship', async () => {
    const buddy = uniqueUser('bl-buddy');
    await importAccount(buddy);
    await nodePeer.login(buddy);
    try {
      await relationPeer.setAllowType(buddy, 'AllowType_Type_AllowAny');
      await core.friends.add({ userID: buddy });
      await until(() => core.friends.$friends.get().some((f) => f.userID === buddy), 'friend');
      await core.blacklist.add([buddy]);
      await until(() => !core.friends.$friends.get().some((f) => f.userID === buddy), 'unfriended');
      expect(core.blacklist.$blacklist.get()).to.include.members([pest, buddy]);
      const retry = await core.friends.add({ userID: buddy });
      expect(retry).to.deep.equal({ userID: buddy, status: 'blacklisted', code: 30515 });
    } finally {
      await nodePeer.logout(buddy);
    }
  });

  it('unblocking lets the texts through again', async () => {
    await core.blacklist.remove([pest]);
    expect(core.blacklist.$blacklist.get()).not.to.include(pest);
    const sent = await relationPeer.trySendText(pest, me, 'thanks');
    expect(sent.code).to.equal(0);
  });

  it('refuses yourself (2742), bad lists, and more than 1000 blocked (30013) up front', async () => {
    expect(await rejectionOf(core.blacklist.add([me]))).to.include({
      code: TimErrorCode.CANNOT_BLOCK_SELF,
      operation: 'blacklist.add',
    });
    for (const bad of [[], [''], 'someone' as unknown as string[]]) {
      expect(await rejectionOf(core.blacklist.add(bad))).to.include({
        code: TimErrorCode.INVALID_ARGUMENT,
      });
    }
    const tooMany = Array.from({ length: 1001 }, (_, i) => `user-${i}`);
    expect(await rejectionOf(core.blacklist.add(tooMany))).to.include({
      code: TimErrorCode.BLACKLIST_LIMIT,
    });
  });
});

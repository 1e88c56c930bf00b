import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { emulatorControl, importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, rejectionOf, until } from '../support/core.js';

describe('headless messages: revoke and delete', () => {
  const userID = uniqueUser('revoke');
  const peer = uniqueUser('rpeer');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  it('revokes a sent text: the entry turns isRevoked and the peer sees it recalled', async () => {
    const sent = await core.messages.sendText(`C2C${peer}`, 'take this back');
    await nodePeer.waitForMessage(peer, 'TIMTextElem', 'take this back');

    const revoked = await core.messages.revoke(`C2C${peer}`, sent.id);

    expect(revoked).to.include({ id: sent.id, isRevoked: true });
    const entry = core.messages
      .thread(`C2C${peer}`)
      .$messages.get()
      .find((m) => m.id === sent.id);
    expect(entry?.isRevoked).to.equal(true);
    expect(await nodePeer.waitForRevoke(peer, 'take this back')).to.deep.equal({
      label: 'take this back',
      isRevoked: true,
    });
  });

  it('marks a message the peer revokes as isRevoked in an open thread', async () => {
    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();
    // The peer sends and then recalls through its own SDK.
    await nodePeer.sendText(peer, userID, 'oops');
    await until(() => thread.$messages.get().some((m) => m.text === 'oops'), 'the text');
    await nodePeer.revoke(peer, `C2C${userID}`, 'oops');
    await until(
      () => thread.$messages.get().find((m) => m.text === 'oops')?.isRevoked,
      'the recall to show',
    );
  });

  it('refuses to revoke after the 2-minute window with 20016', async () => {
    const sent = await core.messages.sendText(`C2C${peer}`, 'too late to recall');
    await emulatorControl.setClockOffset(121);
    try {
      const error = (await rejectionOf(core.messages.revoke(`C2C${peer}`, sent.id))) as {
        code: number;
        operation: string;
      };
      expect(error).to.include({ code: 20016, operation: 'messages.revoke' });
    } finally {
      await emulatorControl.setClockOffset(0);
    }
    const entry = core.messages
      .thread(`C2C${peer}`)
      .$messages.get()
      .find((m) => m.id === sent.id);
    expect(entry?.isRevoked).to.equal(false);
  });

  it('rejects revoking a message that is not in the conversation', async () => {
    const error = (await rejectionOf(core.messages.revoke(`C2C${peer}`, 'no-such-id'))) as {
      code: number;
    };
    expect(error.code).to.equal(2);
  });

  it('deletes messages for me: they leave the thread and do not come back', async () => {
    const other = uniqueUser('del');
    await importAccount(other);
    const conversationID = `C2C${other}`;
    const keep = await core.messages.sendText(conversationID, 'keep me');
    const drop = await core.messages.sendText(conversationID, 'delete me');

    await core.messages.deleteMessages(conversationID, [drop.id]);

    const thread = core.messages.thread(conversationID);
    expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(['keep me']);
    await nodePeer.login(other);
    try {
      // The peer still has both: deleting is for me only.
      const history = await nodePeer.history(other, `C2C${userID}`);
      expect(history.map((m) => m.label)).to.deep.equal(['keep me', 'delete me']);
    } finally {
      await nodePeer.logout(other);
    }
    expect(keep.status).to.equal('sent');
  });

  it('deletes a failed message locally without the server', async () => {
    const ghost = uniqueUser('ghost');
    const conversationID = `C2C${ghost}`;
    await rejectionOf(core.messages.sendText(conversationID, 'never delivered'));
    const failed = core.messages.thread(conversationID).$messages.get().at(-1)!;

    await core.messages.deleteMessages(conversationID, [failed.id]);

    expect(core.messages.thread(conversationID).$messages.get()).to.deep.equal([]);
  });
});

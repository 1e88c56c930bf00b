import { expect } from '@open-wc/testing';
import { TimError, TimErrorCode, createTimCore, type TimCore } from '@tim-kit/headless';
import { importAccount, uniqueUser, userSig } from '../support/emulator.js';
import { chatForTests, rejectionOf } from '../support/core.js';

describe('headless validation', () => {
  const userID = uniqueUser('valid');
  const peer = 'C2Csomebody';
  let core: TimCore;

  before(async () => {
    core = createTimCore({ chat: await chatForTests() });
  });

  after(() => core?.destroy());

  it('refuses to send before login with NOT_LOGGED_IN (2024)', async () => {
    const error = await rejectionOf(core.messages.sendText(peer, 'too early'));
    expect(error).to.be.instanceOf(TimError);
    expect(error).to.include({ code: 2024, operation: 'messages.sendText' });
    expect(core.messages.thread(peer).$messages.get()).to.deep.equal([]);
  });

  describe('once logged in', () => {
    before(async () => {
      await importAccount(userID);
      await core.auth.login({ userID, userSig: await userSig(userID) });
    });

    it('refuses empty and whitespace-only text as an invalid argument', async () => {
      for (const text of ['', '   \n ']) {
        const error = await rejectionOf(core.messages.sendText(peer, text));
        expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
      }
      expect(core.messages.thread(peer).$messages.get()).to.deep.equal([]);
    });

    it('refuses text over 12,288 UTF-8 bytes with 8001 and adds nothing to the thread', async () => {
      const error = await rejectionOf(core.messages.sendText(peer, 'x'.repeat(12_289)));
      expect(error).to.include({ code: 8001 });
      expect(core.messages.thread(peer).$messages.get()).to.deep.equal([]);
    });

    it('counts bytes, not characters, against the limit', async () => {
      // 4,097 three-byte characters: 12,291 bytes in 4,097 characters.
      const error = await rejectionOf(core.messages.sendText(peer, '字'.repeat(4097)));
      expect(error).to.include({ code: TimErrorCode.MESSAGE_TOO_LONG });
    });

    it('refuses a conversation ID without a known prefix', async () => {
      for (const id of ['', 'bob', 'C2C', 'GROUP']) {
        const error = await rejectionOf(core.messages.sendText(id, 'hi'));
        expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
      }
    });

    it('refuses to resend a message it does not know', async () => {
      const error = await rejectionOf(core.messages.resend(peer, 'no-such-id'));
      expect(error).to.include({
        code: TimErrorCode.INVALID_ARGUMENT,
        operation: 'messages.resend',
      });
    });

    it('refuses a second login while logged in with 2025', async () => {
      const error = await rejectionOf(core.auth.login({ userID, userSig: 'whatever' }));
      expect(error).to.include({ code: TimErrorCode.REPEAT_LOGIN });
      expect(core.auth.$loginStatus.get()).to.equal('logged-in');
    });
  });
});

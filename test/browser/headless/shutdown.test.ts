import { expect } from '@open-wc/testing';
import { TimErrorCode, createTimCore, type ChatSDK, type TimCore } from '@tim-kit/headless';
import { userSig, uniqueUser } from '../support/emulator.js';
import { chatForTests, loginCore, rejectionOf } from '../support/core.js';

// core.shutdown() in a browser does what it does in Node: log out, destroy core and SDK. The
// timer cleanup that lets Node exit must not get in the way of signing in again on the page.
describe('headless shutdown', () => {
  const userID = uniqueUser('shutdown');
  let core: TimCore;
  let chat: ChatSDK;

  before(async () => {
    ({ core, chat } = await loginCore(userID));
  });

  it('logs out and rejects actions afterwards', async () => {
    await core.shutdown();
    expect(core.auth.$loginStatus.get()).to.equal('logged-out');
    const error = await rejectionOf(core.messages.sendText(`C2C${userID}`, 'hi'));
    expect(error).to.include({ code: TimErrorCode.CORE_DESTROYED });
  });

  it('destroys the SDK, so createChat makes a fresh one that can log in again', async () => {
    const fresh = await chatForTests();
    expect(fresh).to.not.equal(chat);
    const next = createTimCore({ chat: fresh });
    await next.auth.login({ userID, userSig: await userSig(userID) });
    expect(next.auth.$loginStatus.get()).to.equal('logged-in');
    await next.shutdown();
  });
});

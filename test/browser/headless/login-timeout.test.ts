import { expect } from '@open-wc/testing';
import { TimError, TimErrorCode, createChat, createTimCore } from '@tim-kit/headless';
import { testEnv, userSig } from '../support/emulator.js';
import { rejectionOf } from '../support/core.js';

describe('headless login without a server', () => {
  it('fails with a TimError after loginTimeoutMs and returns to logged-out', async () => {
    // Nothing listens on port 9 (discard) on loopback; create() is cached per SDKAppID, so a
    // different SDKAppID gives this test its own SDK instance pointed at the dead port.
    const chat = await createChat({
      SDKAppID: testEnv.sdkAppID + 1,
      proxyServer: 'ws://127.0.0.1:9',
      logLevel: 4,
    });
    const core = createTimCore({ chat, loginTimeoutMs: 1500 });
    const started = Date.now();
    const error = await rejectionOf(
      core.auth.login({ userID: 'nobody', userSig: await userSig('nobody') }),
    );
    const statusAfter = core.auth.$loginStatus.get();
    core.destroy();

    expect(error).to.be.instanceOf(TimError);
    expect((error as TimError).code).to.equal(TimErrorCode.LOGIN_TIMEOUT);
    expect((error as TimError).message).to.contain('could not reach the chat server within 1.5 s');
    expect(Date.now() - started).to.be.below(5000);
    expect(statusAfter).to.equal('logged-out');
  });
});

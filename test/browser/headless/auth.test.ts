import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { emulatorControl, uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';

describe('headless auth', () => {
  const userID = uniqueUser('auth');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  it('reports the user as logged in after login', () => {
    expect(core.auth.$loginStatus.get()).to.equal('logged-in');
    expect(core.auth.$user.get()).to.include({ userID });
  });

  it('reports the connection as connected once logged in', async () => {
    await until(() => core.auth.$connection.get() === 'connected', '$connection connected');
    expect(core.auth.$connection.get()).to.equal('connected');
  });

  it('reports reconnecting when the socket drops, then connected again', async () => {
    const seen: string[] = [];
    const stop = core.auth.$connection.listen((state) => seen.push(state));
    await emulatorControl.dropSockets(userID);
    await until(() => seen.includes('connected'), 'connected again', 20_000);
    stop();
    expect(seen[0]).to.be.oneOf(['reconnecting', 'disconnected']);
  });

  it('clears the user and the connection on logout', async () => {
    await core.auth.logout();
    expect(core.auth.$loginStatus.get()).to.equal('logged-out');
    expect(core.auth.$user.get()).to.equal(null);
    expect(core.auth.$connection.get()).to.equal('disconnected');
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@tim-kit/elements';
import type { TimConversationList, TimProvider } from '@tim-kit/elements';
import type { TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, testEnv, uniqueUser } from '../support/emulator.js';
import { waitFor } from './support.js';

/** The core a provider hands to its children, read the way the children read it. */
function coreOf(list: TimConversationList): TimCore | undefined {
  return list.timCore;
}

describe('<tim-provider>', () => {
  it('creates a core from its attributes, logs in and provides it', async () => {
    const me = uniqueUser('prov-me');
    const peer = uniqueUser('prov-peer');
    await importAccount(me);
    await importAccount(peer, 'Provider Peer');
    await sendTextAs(peer, me, 'through the provider');
    const provider = await fixture<TimProvider>(
      html`<tim-provider
        sdk-app-id=${testEnv.sdkAppID}
        proxy-server=${testEnv.wsUrl}
        user-id=${me}
        user-sig-url=${`${testEnv.url}/dev/usersig`}
        ><tim-conversation-list lang="en" style="height: 300px"></tim-conversation-list
      ></tim-provider>`,
    );
    const list = provider.querySelector('tim-conversation-list')!;
    const core = await waitFor(() => coreOf(list), 'the list gets a core');
    await waitFor(() => core.auth.$loginStatus.get() === 'logged-in', 'the user logs in');
    expect(core.auth.$user.get()?.userID).to.equal(me);
    await waitFor(
      () => list.shadowRoot?.querySelector(`[data-id="${CSS.escape(`C2C${peer}`)}"]`),
      'the conversation shows in the list',
    );

    // A new user-id logs the first user out and the new one in, on the same core.
    const next = uniqueUser('prov-next');
    await importAccount(next);
    provider.userId = next;
    await waitFor(() => core.auth.$user.get()?.userID === next, 'the new user logs in', 15_000);
    expect(core.auth.$loginStatus.get()).to.equal('logged-in');

    // Leaving the page logs out and destroys the core it created.
    provider.remove();
    await waitFor(() => core.auth.$loginStatus.get() === 'logged-out', 'it logs out');
  });

  it('emits tim-error when the UserSig endpoint fails', async () => {
    const provider = document.createElement('tim-provider');
    provider.setAttribute('sdk-app-id', String(testEnv.sdkAppID));
    provider.setAttribute('proxy-server', testEnv.wsUrl);
    provider.setAttribute('user-id', uniqueUser('nosig'));
    provider.setAttribute('user-sig-url', `${testEnv.url}/no-such-endpoint`);
    const failed = oneEvent(provider, 'tim-error');
    document.body.append(provider);
    try {
      const { detail } = await failed;
      expect(detail.operation).to.equal('provider.userSig');
      expect(detail.message).to.contain('no-such-endpoint');
      expect(provider.shadowRoot?.querySelector('slot')).to.not.equal(null);
    } finally {
      provider.remove();
    }
  });
});

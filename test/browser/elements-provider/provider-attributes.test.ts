// <tim-provider> configured from attributes alone: a literal user-sig, the theme handed down,
// and the message shown in place of the chat when the attributes are wrong.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@tim-kit/elements';
import type { TimConversationList, TimProvider } from '@tim-kit/elements';
import { importAccount, sendTextAs, testEnv, uniqueUser, userSig } from '../support/emulator.js';
import { waitFor } from '../elements/support.js';

/** Appends a provider with these attributes and waits for the tim-error it emits. */
async function failingProvider(attributes: Record<string, string>) {
  const provider = document.createElement('tim-provider');
  for (const [name, value] of Object.entries(attributes)) provider.setAttribute(name, value);
  provider.innerHTML = '<tim-conversation-list lang="en"></tim-conversation-list>';
  const failed = oneEvent(provider, 'tim-error');
  document.body.append(provider);
  const { detail } = await failed;
  await provider.updateComplete;
  const message = provider.shadowRoot!.querySelector<HTMLElement>('[part="message"]');
  return { provider, detail, message };
}

describe('<tim-provider> from attributes', () => {
  it('logs in with a literal user-sig and shows the conversations', async () => {
    const me = uniqueUser('attr-me');
    const peer = uniqueUser('attr-peer');
    await importAccount(me);
    await importAccount(peer);
    await sendTextAs(peer, me, 'hello through user-sig');
    const provider = await fixture<TimProvider>(
      html`<tim-provider
        sdk-app-id=${testEnv.sdkAppID}
        proxy-server=${testEnv.wsUrl}
        user-id=${me}
        user-sig=${await userSig(me)}
        ><tim-conversation-list lang="en" style="height: 300px"></tim-conversation-list
      ></tim-provider>`,
    );
    const list = provider.querySelector('tim-conversation-list')!;
    await waitFor(
      () => list.shadowRoot?.querySelector(`[data-id="${CSS.escape(`C2C${peer}`)}"]`),
      'the conversation shows in the list',
      20_000,
    );
    // The SDK may list conversations before login() has resolved (it resolves after the
    // profile read), so wait for the signed-in user rather than reading it at once.
    await waitFor(
      () => provider.activeCore?.auth.$user.get()?.userID === me,
      'the provider reports the signed-in user',
      20_000,
    );
    expect(provider.activeCore?.auth.$user.get()?.userID).to.equal(me);
    expect(provider.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    provider.remove();
  });

  it('hands its theme down; an element’s own theme wins', async () => {
    const provider = await fixture<TimProvider>(
      html`<tim-provider theme="dark"
        ><tim-conversation-list lang="en"></tim-conversation-list
        ><tim-conversation-list lang="en" theme="light"></tim-conversation-list
      ></tim-provider>`,
    );
    const [inherits, own] = provider.querySelectorAll<TimConversationList>('tim-conversation-list');
    await inherits!.updateComplete;
    await own!.updateComplete;
    const background = (el: Element) =>
      getComputedStyle(el).getPropertyValue('--tim-color-background').trim();
    expect(background(inherits!)).to.equal('#17191c');
    expect(background(own!)).to.equal('#ffffff');

    provider.theme = 'light';
    await provider.updateComplete;
    await inherits!.updateComplete;
    expect(background(inherits!)).to.equal('#ffffff');
  });

  it('shows a message in place of the chat for a non-numeric sdk-app-id', async () => {
    const { provider, detail, message } = await failingProvider({
      'sdk-app-id': 'my-app',
      'user-id': uniqueUser('bad-app'),
      'user-sig-url': `${testEnv.url}/dev/usersig`,
    });
    try {
      expect(detail.operation).to.equal('provider.attributes');
      expect(detail.code).to.equal(2);
      expect(message).to.not.equal(null);
      expect(message!.getAttribute('role')).to.equal('alert');
      expect(message!.textContent).to.contain('sdk-app-id="my-app"');
      expect(message!.textContent).to.contain('The chat is not set up correctly');
      // The chat is hidden while the message stands in for it.
      const slot = provider.shadowRoot!.querySelector('slot')!;
      expect(getComputedStyle(slot).display).to.equal('none');
      expect(
        provider.querySelector('tim-conversation-list')!.getBoundingClientRect().height,
      ).to.equal(0);
    } finally {
      provider.remove();
    }
  });

  it('shows a message when user-id comes without sdk-app-id', async () => {
    const user = uniqueUser('no-app');
    const { provider, detail, message } = await failingProvider({
      'user-id': user,
      'user-sig-url': `${testEnv.url}/dev/usersig`,
    });
    try {
      expect(detail.operation).to.equal('provider.attributes');
      expect(message!.textContent).to.contain('sdk-app-id is missing');
      // Taking the user away again leaves a provider that waits, without the message.
      provider.removeAttribute('user-id');
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      // The same mistake made again shows again.
      const again = oneEvent(provider, 'tim-error');
      provider.setAttribute('user-id', user);
      await again;
      await provider.updateComplete;
      expect(provider.shadowRoot!.querySelector('[part="message"]')).to.not.equal(null);
    } finally {
      provider.remove();
    }
  });

  it('shows a message when user-id has neither user-sig nor user-sig-url', async () => {
    const { provider, message } = await failingProvider({
      'sdk-app-id': String(testEnv.sdkAppID),
      'user-id': uniqueUser('no-sig'),
    });
    try {
      expect(message!.textContent).to.contain('needs a UserSig');
    } finally {
      provider.remove();
    }
  });

  it('shows the login failure in the provider language when the sig endpoint fails', async () => {
    const { provider, detail, message } = await failingProvider({
      'sdk-app-id': String(testEnv.sdkAppID),
      'proxy-server': testEnv.wsUrl,
      'user-id': uniqueUser('sig-404'),
      'user-sig-url': `${testEnv.url}/no-such-endpoint`,
      lang: 'zh-CN',
    });
    try {
      expect(detail.operation).to.equal('provider.userSig');
      expect(message!.textContent).to.contain('无法登录聊天');
      expect(message!.textContent).to.contain('HTTP 404');
    } finally {
      provider.remove();
    }
  });
});

// <tim-provider>'s own message speaks the provider's language, detail included, and keeps the
// error code visible so it can be looked up.
import { expect, oneEvent } from '@open-wc/testing';
import '@tim-kit/elements';
import { testEnv, uniqueUser } from '../support/emulator.js';

describe('<tim-provider> message language', () => {
  it('explains a missing sdk-app-id in Simplified Chinese for lang="zh-CN"', async () => {
    const user = uniqueUser('zh-no-app');
    const provider = document.createElement('tim-provider');
    provider.setAttribute('lang', 'zh-CN');
    provider.setAttribute('user-id', user);
    provider.setAttribute('user-sig-url', `${testEnv.url}/dev/usersig`);
    const failed = oneEvent(provider, 'tim-error');
    document.body.append(provider);
    try {
      await failed;
      await provider.updateComplete;
      const message = provider.shadowRoot!.querySelector<HTMLElement>('[part="message"]')!;
      expect(message.querySelector('.title')!.textContent).to.equal('聊天配置有误');
      expect(message.querySelector('.detail')!.textContent).to.equal(
        `已设置 user-id="${user}"，但缺少 sdk-app-id：请填写应用的 SDKAppID。`,
      );
      expect(message.querySelector('.code')!.textContent).to.equal('错误码 2');
    } finally {
      provider.remove();
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '@tim-kit/elements';
import { strings } from '@tim-kit/elements';
import { shadow } from './support.js';

describe('elements without a core', () => {
  for (const tag of ['tim-conversation-list', 'tim-chat'] as const) {
    it(`<${tag}> explains how to connect it`, async () => {
      const el = await fixture(`<${tag} lang="en"></${tag}>`);
      const state = shadow(el, '[role="status"]');
      expect(state?.textContent).to.contain(strings('en').noCoreTitle);
      expect(state?.textContent).to.contain('<tim-provider>');
      expect(state?.textContent).to.contain('.core');
      await expect(el).to.be.accessible();
    });
  }

  it('speaks the language of its lang attribute', async () => {
    const el = await fixture(html`<tim-chat lang="zh-CN"></tim-chat>`);
    expect(shadow(el, '[role="status"]')?.textContent).to.contain(strings('zh-CN').noCoreHint);
  });

  it('takes the language of a surrounding provider', async () => {
    const provider = await fixture(
      html`<tim-provider lang="zh-CN"><tim-chat></tim-chat></tim-provider>`,
    );
    const chat = provider.querySelector('tim-chat')!;
    await chat.updateComplete;
    expect(shadow(chat, '[role="status"]')?.textContent).to.contain(strings('zh-CN').noCoreTitle);
  });
});

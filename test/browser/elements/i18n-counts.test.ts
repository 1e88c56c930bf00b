// Counts inside sentences: English picks "member" or "members" by the count, and every language
// writes the digits its own way around its own words.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat } from '@tim-kit/elements';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, shadow, shadowAll, waitFor } from './support.js';

describe('counts in sentences', () => {
  let me: string;
  let core: TimCore;

  before(async () => {
    me = uniqueUser('count-me');
    core = await loginCore(me);
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  function renderChat(conversationID: string, lang: string): Promise<TimChat> {
    return fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${conversationID}
        lang=${lang}
        style="height: 480px"
      ></tim-chat>`,
    );
  }

  function rowWithText(el: TimChat, text: string): HTMLElement | undefined {
    return shadowAll(el, '[part="message"]').find(
      (m) => m.querySelector('[part="bubble"]')?.textContent === text,
    );
  }

  it('says "1 member" for a group of one and "2 members" once someone joins', async () => {
    const peer = uniqueUser('count-peer');
    await importAccount(peer);
    const group = await core.groups.createGroup({ type: 'Work', name: 'Counted' });
    const el = await renderChat(`GROUP${group.groupID}`, 'en');
    const subtitle = () => shadow(el, '[part="subtitle"]')?.textContent?.trim();
    await waitFor(() => subtitle() === '1 member', 'the header counts one member', 20_000);

    await core.groups.invite(group.groupID, [peer]);
    await waitFor(() => subtitle() === '2 members', 'the header counts two members', 20_000);
  });

  it('counts the picked messages in Japanese words in a Japanese chat', async () => {
    const peer = uniqueUser('count-ja');
    await importAccount(peer);
    for (const text of ['いち', 'に']) await sendTextAs(peer, me, text);
    await waitFor(
      () =>
        core.conversations.$conversations
          .get()
          .some((c) => c.conversationID === `C2C${peer}` && c.lastMessage?.preview === 'に'),
      'the conversation shows the last message',
      20_000,
    );
    const el = await renderChat(`C2C${peer}`, 'ja');
    const first = await waitFor(() => rowWithText(el, 'に') && rowWithText(el, 'いち'), 'rows');
    first.querySelector<HTMLButtonElement>('[part="actions-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const entry = await waitFor(
      () => shadow<HTMLButtonElement>(el, '[role="menu"] [data-action="select"]'),
      'the select entry',
    );
    entry.click();
    const second = await waitFor(
      () => rowWithText(el, 'に')?.querySelector<HTMLInputElement>('[part="select"]'),
      'a checkbox per message',
    );
    second.click();
    await el.updateComplete;
    const bar = await waitFor(() => shadow(el, '[part="selection-bar"]'), 'the selection bar');
    expect(bar.textContent).to.contain('2 件選択中');
  });

  it('groups the digits of large counts the way each language writes them', () => {
    expect(strings('en').members(12_345)).to.equal('12,345 members');
    expect(strings('zh-CN').members(12_345)).to.equal('12,345 位成员');
    expect(strings('ko').selectedCount(1_000)).to.equal('1,000개 선택됨');
  });
});

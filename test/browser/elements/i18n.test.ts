// The five languages through a provider's `lang`: the list and the chat speak it, error codes are
// put into its words, and any BCP 47 tag (navigator-style) lands on the right table.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { errorText, type TimChat, type TimConversationList, type TimLang } from '@tim-kit/elements';
import { importAccount, uniqueUser } from '../support/emulator.js';
import { loginCore, shadow, waitFor } from './support.js';

/** The words a reader of each language expects, written out so a wrong table cannot pass. */
const expected: Record<
  TimLang,
  { empty: string; search: string; composer: string; send: string; tooLong: string }
> = {
  en: {
    empty: 'No conversations yet',
    search: 'Search conversations',
    composer: 'Message',
    send: 'Send',
    tooLong: 'The message is too long to send (at most 12 KB).',
  },
  'zh-CN': {
    empty: '暂无会话',
    search: '搜索会话',
    composer: '消息',
    send: '发送',
    tooLong: '消息过长，无法发送（最多 12 KB）。',
  },
  'zh-TW': {
    empty: '尚無對話',
    search: '搜尋對話',
    composer: '訊息',
    send: '傳送',
    tooLong: '訊息過長，無法傳送（最多 12 KB）。',
  },
  ja: {
    empty: 'トークはまだありません',
    search: 'トークを検索',
    composer: 'メッセージ',
    send: '送信',
    tooLong: 'メッセージが長すぎるため送信できません（最大 12 KB）。',
  },
  ko: {
    empty: '아직 대화가 없습니다',
    search: '대화 검색',
    composer: '메시지',
    send: '전송',
    tooLong: '메시지가 너무 길어 보낼 수 없습니다(최대 12KB).',
  },
};

const LANGS = Object.keys(expected) as TimLang[];

describe('i18n', () => {
  let core: TimCore;
  let peer: string;

  before(async () => {
    core = await loginCore(uniqueUser('i18n-me'));
    peer = uniqueUser('i18n-peer');
    await importAccount(peer, 'I18n Peer');
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  async function renderInProvider(lang: string): Promise<{
    list: TimConversationList;
    chat: TimChat;
  }> {
    const provider = await fixture(
      html`<tim-provider .core=${core} lang=${lang}>
        <tim-conversation-list style="height: 200px"></tim-conversation-list>
        <tim-chat conversation-id=${`C2C${peer}`} style="height: 300px"></tim-chat>
      </tim-provider>`,
    );
    return {
      list: provider.querySelector('tim-conversation-list')!,
      chat: provider.querySelector('tim-chat')!,
    };
  }

  for (const lang of LANGS) {
    it(`speaks ${lang} in the list and the composer when the provider's lang is ${lang}`, async () => {
      const words = expected[lang];
      const { list, chat } = await renderInProvider(lang);
      // Re-queried: "Loading…" shows in its own node until the first list arrives.
      await waitFor(
        () => shadow(list, '.state[role="status"]')?.textContent?.trim() === words.empty,
        `the empty state in ${lang}`,
      );
      const search = shadow<HTMLInputElement>(list, 'input[part="search"]')!;
      expect(search.getAttribute('aria-label')).to.equal(words.search);
      expect(search.placeholder).to.equal(words.search);
      const input = await waitFor(
        () => shadow<HTMLTextAreaElement>(chat, 'textarea[part="input"]'),
        'the composer shows',
      );
      expect(input.getAttribute('aria-label')).to.equal(words.composer);
      expect(shadow(chat, '[part="send-button"]')?.textContent?.trim()).to.equal(words.send);
    });

    it(`puts error 8001 into ${lang} words when a text is too long`, async () => {
      const { chat } = await renderInProvider(lang);
      const input = await waitFor(
        () => shadow<HTMLTextAreaElement>(chat, 'textarea[part="input"]'),
        'the composer shows',
      );
      input.value = 'x'.repeat(12_289);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      input.focus();
      await sendKeys({ press: 'Enter' });
      const alert = await waitFor(
        () => shadow(chat, '[part="error"][role="alert"] span'),
        'the error shows',
      );
      expect(alert.textContent).to.equal(expected[lang].tooLong);
      expect(errorText(lang, 8001)).to.equal(expected[lang].tooLong);
    });
  }

  it('matches browser-style tags: zh-Hant, zh-TW and zh-HK read Traditional, ja-JP and ko-KR', async () => {
    const cases: [string, TimLang][] = [
      ['zh-Hant', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['zh-Hans-CN', 'zh-CN'],
      ['ja-JP', 'ja'],
      ['ko-KR', 'ko'],
      ['fr-FR', 'en'],
    ];
    for (const [tag, lang] of cases) {
      const { list } = await renderInProvider(tag);
      const search = await waitFor(
        () => shadow<HTMLInputElement>(list, 'input[part="search"]'),
        'the search box shows',
      );
      expect(search.placeholder, tag).to.equal(expected[lang].search);
    }
  });

  it("lets an element's own lang win over the provider's", async () => {
    const provider = await fixture(
      html`<tim-provider .core=${core} lang="ja">
        <tim-conversation-list lang="ko" style="height: 200px"></tim-conversation-list>
      </tim-provider>`,
    );
    const list = provider.querySelector<TimConversationList>('tim-conversation-list')!;
    const search = await waitFor(
      () => shadow<HTMLInputElement>(list, 'input[part="search"]'),
      'the search box shows',
    );
    expect(search.placeholder).to.equal(expected.ko.search);
  });

  it('leaves an unknown code in the chosen language with its number', () => {
    expect(errorText('ja', 99_999)).to.equal('エラーが発生しました (99999)');
    expect(errorText('zh-TW', 99_999, 'boom')).to.equal('發生錯誤 (99999): boom');
  });
});

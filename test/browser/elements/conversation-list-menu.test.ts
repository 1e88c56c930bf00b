import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimConversationList } from '@tim-kit/elements';
import { importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, shadowAll, waitFor } from './support.js';
import {
  conversationOption,
  mountConversationList,
  peerWritesTo,
} from './conversation-list-support.js';

const en = strings('en');

describe('<tim-conversation-list> menu, search and states', () => {
  const me = uniqueUser('menu-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const peerWrites = (nick: string, text: string) => peerWritesTo(me, nick, text);

  const renderList = (theme: 'light' | 'dark' = 'light'): Promise<TimConversationList> =>
    mountConversationList(core, { height: 480, theme });

  function ids(el: TimConversationList): string[] {
    return shadowAll(el, '[role="option"]')
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((o) => o.dataset.id ?? '');
  }

  async function openMenuWithKeyboard(el: TimConversationList, id: string): Promise<HTMLElement> {
    const item = await waitFor(() => conversationOption(el, id), 'the conversation appears');
    item.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'F10' });
    await sendKeys({ up: 'Shift' });
    return waitFor(() => shadow<HTMLElement>(el, '[role="menu"]'), 'the menu opens');
  }

  async function choose(el: TimConversationList, action: string): Promise<void> {
    const entry = await waitFor(
      () => shadow<HTMLButtonElement>(el, `[role="menuitem"][data-action="${action}"]`),
      `the ${action} entry`,
    );
    entry.focus();
    await sendKeys({ press: 'Enter' });
  }

  it('opens the menu from the keyboard with focus on its first entry; Escape closes it', async () => {
    const id = await peerWrites('Menu Mia', 'menu please');
    const el = await renderList();
    await openMenuWithKeyboard(el, id);
    expect(el.shadowRoot?.activeElement?.getAttribute('data-action')).to.equal('pin');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot?.activeElement?.getAttribute('data-action')).to.equal('mute');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => shadow(el, '[role="menu"]') === null, 'the menu closes');
    await waitFor(
      () => el.shadowRoot?.activeElement === conversationOption(el, id),
      'focus returns',
    );
  });

  it('pins a conversation from the menu, which moves it first with a marker', async () => {
    const a = await peerWrites('Pin Paul', 'pin me');
    const b = await peerWrites('Newer Nora', 'newer message');
    const el = await renderList();
    await waitFor(
      () => conversationOption(el, a) && conversationOption(el, b),
      'both conversations appear',
    );
    // Both arrive within a second, so pin whichever of the two is listed lower.
    const older = ids(el).indexOf(a) > ids(el).indexOf(b) ? a : b;
    expect(ids(el)[0]).not.to.equal(older);
    await openMenuWithKeyboard(el, older);
    await choose(el, 'pin');
    await waitFor(() => ids(el)[0] === older, 'the pinned conversation comes first');
    expect(conversationOption(el, older)?.querySelector('[part="pin"]')?.textContent).to.contain(
      en.pinned,
    );
    await openMenuWithKeyboard(el, older);
    expect(shadow(el, '[data-action="pin"]')?.textContent?.trim()).to.equal(en.unpin);
    await choose(el, 'pin');
    await waitFor(() => !conversationOption(el, older)?.querySelector('[part="pin"]'), 'unpinned');
  });

  it('mutes a conversation from the menu: a dot replaces the unread count', async () => {
    const id = await peerWrites('Mute Max', 'shh');
    const el = await renderList();
    await waitFor(
      () => conversationOption(el, id)?.querySelector('.badge'),
      'the unread badge shows',
    );
    await openMenuWithKeyboard(el, id);
    await choose(el, 'mute');
    const dot = await waitFor(
      () => conversationOption(el, id)?.querySelector('[part="badge"].dot'),
      'a dot',
    );
    expect(dot.textContent?.trim()).to.equal('');
    expect(conversationOption(el, id)?.textContent).to.contain(en.muted);
  });

  it('marks a conversation read from the menu', async () => {
    const id = await peerWrites('Read Rae', 'unread');
    const el = await renderList();
    await waitFor(
      () => conversationOption(el, id)?.querySelector('.badge'),
      'the unread badge shows',
    );
    await openMenuWithKeyboard(el, id);
    await choose(el, 'read');
    await waitFor(
      () => !conversationOption(el, id)?.querySelector('[part="badge"]'),
      'the badge goes',
    );
  });

  it('deletes a conversation only after the confirmation', async () => {
    const id = await peerWrites('Delete Dan', 'delete me');
    const el = await renderList();
    await openMenuWithKeyboard(el, id);
    await choose(el, 'delete');
    const dialog = await waitFor(() => shadow<HTMLDialogElement>(el, 'dialog[open]'), 'confirm');
    expect(dialog.textContent).to.contain(en.deleteConversationTitle('Delete Dan'));
    await sendKeys({ press: 'Escape' });
    await waitFor(() => shadow(el, 'dialog[open]') === null, 'cancelled');
    expect(conversationOption(el, id)).not.to.equal(null);
    conversationOption(el, id)?.focus();
    await sendKeys({ press: 'Delete' });
    const again = await waitFor(() => shadow<HTMLDialogElement>(el, 'dialog[open]'), 'confirm');
    again.querySelector<HTMLButtonElement>('[data-confirm]')?.click();
    await waitFor(() => conversationOption(el, id) === null, 'the conversation leaves the list');
    await waitFor(
      () => !core.conversations.$conversations.get().some((c) => c.conversationID === id),
      'the core dropped it',
    );
  });

  it('filters the list with the search box', async () => {
    const id = await peerWrites('Searchable Sam', 'find me');
    await peerWrites('Other Olga', 'not me');
    const el = await renderList();
    await waitFor(() => conversationOption(el, id), 'the conversation appears');
    const search = shadow<HTMLInputElement>(el, 'input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'searchable' });
    await waitFor(() => ids(el).length === 1, 'one match');
    expect(ids(el)).to.deep.equal([id]);
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(
      () => el.shadowRoot?.activeElement === conversationOption(el, id),
      'ArrowDown enters the list',
    );
    search.focus();
    await sendKeys({ type: 'zzz-nothing' });
    await waitFor(() => shadow(el, '[role="status"]')?.textContent?.includes(en.noMatches), 'none');
  });

  it('shows a saved draft as "[Draft] ..."', async () => {
    const id = await peerWrites('Draft Dora', 'hello');
    await core.conversations.setDraft(id, 'half a thought');
    const el = await renderList();
    const preview = await waitFor(
      () => conversationOption(el, id)?.querySelector('[part="preview"]'),
      'preview shows',
    );
    await waitFor(() => preview.textContent?.includes('half a thought'), 'the draft shows');
    expect(preview.querySelector('[part="draft"]')?.textContent).to.equal(en.draftPrefix);
    await core.conversations.setDraft(id, '');
  });

  it('previews an image as "[图片]" in Chinese', async () => {
    const peer = uniqueUser('pic');
    await importAccount(peer, 'Pic');
    const png = Uint8Array.from(
      atob(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      ),
      (c) => c.charCodeAt(0),
    );
    await core.messages.sendImage(`C2C${peer}`, new File([png], 'p.png', { type: 'image/png' }));
    const el = await renderList();
    el.lang = 'zh-CN';
    const preview = await waitFor(
      () => conversationOption(el, `C2C${peer}`)?.querySelector('[part="preview"]'),
      'the row shows',
    );
    await waitFor(() => preview.textContent === strings('zh-CN').preview.image, '[图片]');
  });

  it('previews a recalled message as "<name> recalled a message"', async () => {
    const peer = uniqueUser('regret');
    await nodePeer.login(peer);
    try {
      await importAccount(peer, 'Regretful Rita');
      await nodePeer.sendText(peer, me, 'oops');
      const el = await renderList();
      const id = `C2C${peer}`;
      await waitFor(() => conversationOption(el, id), 'the conversation appears');
      await nodePeer.revoke(peer, `C2C${me}`, 'oops');
      await waitFor(
        () =>
          conversationOption(el, id)?.querySelector('[part="preview"]')?.textContent ===
          en.recalledBy('Regretful Rita'),
        'the preview says who recalled it',
      );
    } finally {
      await nodePeer.logout(peer);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`is accessible in the ${theme} theme with pinned, muted and unread rows and the menu open`, async () => {
      const id = await peerWrites('Axe Ava', 'accessible');
      const el = await renderList(theme);
      await waitFor(() => conversationOption(el, id), 'the conversation appears');
      await expect(el).to.be.accessible();
      await openMenuWithKeyboard(el, id);
      await expect(el).to.be.accessible();
    });
  }
});

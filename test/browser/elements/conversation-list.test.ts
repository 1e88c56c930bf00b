import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimConversationList } from '@tim-kit/elements';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, shadow, waitFor } from './support.js';
import {
  conversationOption,
  mountConversationList,
  peerWritesTo,
} from './conversation-list-support.js';

describe('<tim-conversation-list>', () => {
  const me = uniqueUser('list-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const peerWrites = (nick: string, text: string) => peerWritesTo(me, nick, text);

  const renderList = (): Promise<TimConversationList> =>
    mountConversationList(core, { height: 400 });

  it('shows a conversation after a peer writes, with name, preview and unread badge', async () => {
    const id = await peerWrites('Alice Liu', 'hello from alice');
    const el = await renderList();
    const item = await waitFor(() => conversationOption(el, id), 'the conversation appears');
    await waitFor(() => item.querySelector('[part="badge"]'), 'the unread badge appears');
    expect(item.querySelector('[part="name"]')?.textContent?.trim()).to.equal('Alice Liu');
    expect(item.querySelector('[part="preview"]')?.textContent?.trim()).to.equal(
      'hello from alice',
    );
    expect(item.querySelector('[part="badge"]')?.textContent?.trim()).to.equal('1');
    expect(item.querySelector('[part="avatar"]')?.textContent?.trim()).to.equal('AL');
    expect(item.getAttribute('aria-selected')).to.equal('false');
  });

  it('selects a conversation on click and emits tim-conversation-select', async () => {
    const id = await peerWrites('Bob', 'click me');
    const el = await renderList();
    const item = await waitFor(() => conversationOption(el, id), 'the conversation appears');
    const selected = oneEvent(el, 'tim-conversation-select');
    item.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ conversationID: id });
    expect(core.conversations.$activeConversationID.get()).to.equal(id);
    await waitFor(
      () => conversationOption(el, id)?.getAttribute('aria-selected') === 'true',
      'it is selected',
    );
  });

  it('selects the focused conversation with Enter', async () => {
    const id = await peerWrites('Carol', 'press enter');
    const el = await renderList();
    const item = await waitFor(() => conversationOption(el, id), 'the conversation appears');
    item.focus();
    const selected = oneEvent(el, 'tim-conversation-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.conversationID).to.equal(id);
    expect(core.conversations.$activeConversationID.get()).to.equal(id);
  });

  it('moves the focus with ArrowDown and keeps one tab stop', async () => {
    await peerWrites('Dave', 'older one');
    await peerWrites('Erin', 'newer one');
    const el = await renderList();
    await waitFor(
      () => (el.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0) >= 2,
      'two rows',
    );
    const first = await waitFor(() => shadow(el, '[role="option"][data-index="0"]'), 'first row');
    (first as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    const second = await waitFor(
      () =>
        (el.shadowRoot?.activeElement as HTMLElement | null)?.dataset.index === '1' &&
        el.shadowRoot?.activeElement,
      'the second row gets the focus',
    );
    expect((second as HTMLElement).tabIndex).to.equal(0);
    expect((first as HTMLElement).tabIndex).to.equal(-1);
    expect(el.shadowRoot?.querySelectorAll('[role="option"][tabindex="0"]').length).to.equal(1);
  });

  it('caps the unread badge at 99+', async () => {
    const peer = uniqueUser('chatty');
    await importAccount(peer, 'Chatty');
    for (let i = 0; i < 100; i++) await sendTextAs(peer, me, `spam ${i}`);
    const el = await renderList();
    const badge = await waitFor(
      () =>
        conversationOption(el, `C2C${peer}`)
          ?.querySelector('[part="badge"]')
          ?.textContent?.trim() === '99+',
      'the badge reads 99+',
      20_000,
    );
    expect(badge).to.equal(true);
  });

  it('is accessible with real conversations on screen', async () => {
    const id = await peerWrites('Frank', 'a11y check');
    const el = await renderList();
    await waitFor(() => conversationOption(el, id), 'the conversation appears');
    await expect(el).to.be.accessible();
  });
});

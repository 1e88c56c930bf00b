import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { frames, loginCore, scrollAsReader, shadow, shadowAll, waitFor } from './support.js';

describe('<tim-chat> history and scrolling', () => {
  let me: string;
  let core: TimCore;
  let peer: string;

  before(async () => {
    me = uniqueUser('hist-me');
    core = await loginCore(me);
    peer = uniqueUser('talker');
    await importAccount(peer, 'Talker');
    for (let i = 1; i <= 100; i++) await sendTextAs(peer, me, `message ${i}`);
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  function list(el: TimChat): HTMLElement {
    const scroller = shadow(el, '[part="list"]');
    if (!scroller) throw new Error('no message list');
    return scroller;
  }

  function atBottom(el: TimChat): boolean {
    const s = list(el);
    return s.scrollHeight - s.scrollTop - s.clientHeight <= 4;
  }

  /** The rendered message rows with their offset from the top of the scroller. */
  function rows(el: TimChat): { text: string; top: number }[] {
    const top = list(el).getBoundingClientRect().top;
    return shadowAll(el, '[part="message"]').map((row) => ({
      text: row.querySelector('[part="bubble"]')?.textContent ?? '',
      top: row.getBoundingClientRect().top - top,
    }));
  }

  async function openChat(): Promise<TimChat> {
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`C2C${peer}`}
        lang="en"
        style="height: 360px"
      ></tim-chat>`,
    );
    await waitFor(() => rows(el).some((r) => r.text === 'message 100'), 'the newest page shows');
    await waitFor(() => atBottom(el), 'the list is at the bottom');
    return el;
  }

  it('opens at the newest message', async () => {
    const el = await openChat();
    await frames();
    expect(atBottom(el)).to.equal(true);
    const s = list(el);
    const newest = rows(el).find((r) => r.text === 'message 100');
    expect(newest).to.not.equal(undefined);
    expect(newest!.top).to.be.lessThan(s.clientHeight);
    expect(newest!.top).to.be.greaterThan(0);
  });

  it('loads older messages at the top without moving what is on screen', async () => {
    const el = await openChat();
    const thread = core.messages.thread(`C2C${peer}`);
    const before = thread.$messages.get().length;
    const s = list(el);
    scrollAsReader(s, 0);
    await frames(1);
    const anchor = rows(el)
      .filter((r) => r.top >= -1)
      .sort((a, b) => a.top - b.top)[0];
    expect(anchor).to.not.equal(undefined);
    await waitFor(() => thread.$messages.get().length > before, 'an older page loads');
    await waitFor(() => thread.$isLoading.get() === false, 'loading ends');
    await frames(6);
    const after = rows(el).find((r) => r.text === anchor!.text);
    expect(after, `${anchor!.text} is still rendered`).to.not.equal(undefined);
    expect(Math.abs(after!.top - anchor!.top)).to.be.lessThan(2);
    expect(s.scrollTop).to.be.greaterThan(0);
  });

  it('keeps the DOM small however long the loaded history is', async () => {
    const el = await openChat();
    const thread = core.messages.thread(`C2C${peer}`);
    while (!thread.$isComplete.get()) await el.loadOlder();
    await frames(6);
    expect(thread.$messages.get().length).to.be.at.least(100);
    expect(shadowAll(el, '[part="message"]').length).to.be.lessThan(60);
  });

  it('follows a new message while at the bottom', async () => {
    const el = await openChat();
    await sendTextAs(peer, me, 'a brand new one');
    await waitFor(
      () => rows(el).some((r) => r.text === 'a brand new one'),
      'the new message shows',
    );
    await waitFor(() => atBottom(el), 'still at the bottom');
    await frames();
    expect(atBottom(el)).to.equal(true);
  });

  it('stays put when a message arrives while reading older ones', async () => {
    const el = await openChat();
    const s = list(el);
    scrollAsReader(s, Math.max(60, s.scrollHeight / 2));
    await frames(2);
    const top = s.scrollTop;
    await sendTextAs(peer, me, 'do not yank me');
    await waitFor(
      () =>
        core.messages
          .thread(`C2C${peer}`)
          .$messages.get()
          .some((m) => m.text === 'do not yank me'),
      'the message arrives',
    );
    await frames(4);
    expect(Math.abs(s.scrollTop - top)).to.be.lessThan(2);
    expect(atBottom(el)).to.equal(false);
  });

  it('follows the active conversation when no conversation-id is set', async () => {
    core.conversations.setActive(`C2C${peer}`);
    const el = await fixture<TimChat>(
      html`<tim-chat .core=${core} lang="en" style="height: 360px"></tim-chat>`,
    );
    await waitFor(() => rows(el).length > 0, 'messages show');
    expect(el.conversationID).to.equal(`C2C${peer}`);
    await waitFor(
      () => shadow(el, '[part="header"] h2')?.textContent === 'Talker',
      'the header names the peer',
    );
  });
});

// <tim-conversation-list> with many conversations: rows are virtualized (only the visible few
// are in the DOM, yet the last one renders once scrolled to), and each row shows its time.
import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimConversationList } from '@tim-kit/elements';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { frames, loginCore, shadow, shadowAll, waitFor } from '../elements/support.js';

const CONVERSATIONS = 150;
const BATCH = 15;

describe('<tim-conversation-list> with many conversations', () => {
  let me: string;
  let core: TimCore;

  before(async function () {
    this.timeout(120_000);
    me = uniqueUser('many-me');
    core = await loginCore(me);
    // Seeded before the list renders, in parallel batches: 150 peers each write once.
    for (let start = 0; start < CONVERSATIONS; start += BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(BATCH, CONVERSATIONS - start) }, async (_, i) => {
          const peer = uniqueUser(`many${start + i}`);
          await importAccount(peer, `Peer ${start + i}`);
          await sendTextAs(peer, me, `hello ${start + i}`);
        }),
      );
    }
  });

  after(async () => {
    await core.auth.logout();
    core.destroy();
  });

  async function renderFullList(): Promise<TimConversationList> {
    const el = await fixture<TimConversationList>(
      html`<tim-conversation-list
        .core=${core}
        lang="en"
        style="height: 400px"
      ></tim-conversation-list>`,
    );
    await waitFor(
      () => shadow(el, '[role="option"]')?.getAttribute('aria-setsize') === String(CONVERSATIONS),
      'all conversations are known',
      30_000,
    );
    return el;
  }

  it('keeps far fewer row nodes than conversations and renders the last one when scrolled to the end', async () => {
    const el = await renderFullList();
    await frames();
    expect(shadowAll(el, '[role="option"]').length).to.be.below(60);
    const scroller = shadow(el, '[part="list"]')!;
    const last = `[role="option"][aria-posinset="${CONVERSATIONS}"]`;
    const row = await waitFor(
      () => {
        // The virtualizer grows its estimated height as rows render, so keep going to the end.
        scroller.scrollTop = scroller.scrollHeight;
        return shadow(el, last);
      },
      'the last conversation renders',
      20_000,
    );
    expect(row.querySelector('[part="name"]')?.textContent).to.match(/^Peer \d+$/);
    expect(shadowAll(el, '[role="option"]').length).to.be.below(60);
  });

  it("shows each row's time of today as hours and minutes", async () => {
    const el = await renderFullList();
    const time = await waitFor(
      () => shadow<HTMLTimeElement>(el, '[role="option"] [part="time"]'),
      'a row shows its time',
    );
    const sent = new Date(time.dateTime);
    expect(sent.toDateString()).to.equal(new Date().toDateString());
    const expected = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(
      sent,
    );
    expect(time.textContent).to.equal(expected);
    expect(time.textContent).to.match(/^\d{1,2}:\d{2}(\s?[AP]M)?$/);
  });
});

// <tim-conversation-list>: which name a row shows (remark > nick > user ID), a file's preview,
// and "Delete" with "Keep the message history" leaving the history in place.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { strings, type TimChat, type TimConversationList } from '@tim-kit/elements';
import { importAccount, rest, sendTextAs, uniqueUser } from '../support/emulator.js';
import { restAddFriend } from '../elements-relations/support.js';
import { loginCore, logoutCore, shadow, shadowAll, waitFor } from './support.js';
import { conversationOption, mountConversationList } from './conversation-list-support.js';

const en = strings('en');

describe('<tim-conversation-list> names, file previews and keeping history', () => {
  const me = uniqueUser('cle-me');
  let core: TimCore;

  before(async () => {
    core = await loginCore(me);
  });
  after(() => logoutCore(core));

  const renderList = (): Promise<TimConversationList> =>
    mountConversationList(core, { height: 480 });

  const nameOf = (el: TimConversationList, id: string) =>
    conversationOption(el, id)?.querySelector('[part="name"]')?.textContent?.trim() ?? '';

  it('names a row by remark, else nick, else user ID', async () => {
    const bare = uniqueUser('cle-bare');
    await rest('im_open_login_svc/account_import', { UserID: bare });
    const nicked = uniqueUser('cle-nick');
    await importAccount(nicked, 'Nick Nora');
    const friend = uniqueUser('cle-friend');
    await importAccount(friend, 'Nick Fred');
    expect(await restAddFriend(me, friend, { force: true })).to.equal(0);
    await waitFor(
      () => core.friends.$friends.get().some((f) => f.userID === friend),
      'the friend arrives',
    );
    await core.friends.update({ userID: friend, remark: 'Fred from work' });
    for (const from of [bare, nicked, friend]) await sendTextAs(from, me, 'hello');
    const el = await renderList();
    await waitFor(() => nameOf(el, `C2C${friend}`) === 'Fred from work', 'the remark');
    await waitFor(() => nameOf(el, `C2C${nicked}`) === 'Nick Nora', 'the nick');
    await waitFor(() => nameOf(el, `C2C${bare}`) === bare, 'the user ID');
  });

  it('previews a file as "[File] <name>"', async () => {
    const reader = uniqueUser('cle-file');
    await importAccount(reader, 'File Reader');
    const id = `C2C${reader}`;
    await core.messages.sendFile(id, new File(['quarterly numbers'], 'report.pdf'));
    const el = await renderList();
    await waitFor(
      () => conversationOption(el, id)?.querySelector('[part="preview"]')?.textContent?.trim(),
      'the row shows',
    );
    const preview = conversationOption(el, id)!
      .querySelector('[part="preview"]')!
      .textContent!.trim();
    expect(preview).to.equal(`${en.preview.file} report.pdf`);
    expect(preview).to.equal('[File] report.pdf');
  });

  it('keeps the history when deleting with "Keep the message history"', async () => {
    const pal = uniqueUser('cle-keep');
    await importAccount(pal, 'Keeper Kim');
    await sendTextAs(pal, me, 'remember this');
    await sendTextAs(pal, me, 'and this');
    const id = `C2C${pal}`;
    const el = await renderList();
    const row = await waitFor(() => conversationOption(el, id), 'the conversation appears');
    row.focus();
    await sendKeys({ press: 'Delete' });
    const dialog = await waitFor(() => shadow<HTMLDialogElement>(el, 'dialog[open]'), 'confirm');
    const keep = dialog.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(keep.closest('label')?.textContent?.trim()).to.equal(en.keepMessages);
    keep.click();
    dialog.querySelector<HTMLButtonElement>('[data-confirm]')!.click();
    await waitFor(() => conversationOption(el, id) === null, 'the conversation leaves the list');
    await waitFor(
      () => !core.conversations.$conversations.get().some((c) => c.conversationID === id),
      'the core dropped it',
    );
    const chat = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${id}
        lang="en"
        style="height: 420px"
      ></tim-chat>`,
    );
    const texts = () => shadowAll(chat, '[part="bubble"]').map((b) => b.textContent ?? '');
    await waitFor(() => texts().includes('and this'), 'the old messages show again');
    expect(texts()).to.deep.equal(['remember this', 'and this']);
  });
});

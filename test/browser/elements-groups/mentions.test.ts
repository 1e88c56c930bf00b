import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat, TimConversationList } from '@tim-kit/elements';
import { nodePeer, rest, uniqueUser } from '../support/emulator.js';
import { loginCore, newUser, shadow, shadowAll, typeInto, waitFor } from './support.js';

describe('group @-mentions in the elements', () => {
  const me = uniqueUser('gm-me');
  const peer = uniqueUser('gm-peer');
  let core: TimCore;
  let other: string;
  let third: string;
  /** The group the picker tests share: the peer (a real SDK) is in it. */
  let pickerGroup: string;

  before(async () => {
    core = await loginCore(me);
    await nodePeer.login(peer);
    other = await newUser('gm-other');
    third = await newUser('gm-third');
    ({ groupID: pickerGroup } = await core.groups.createGroup({
      type: 'Work',
      name: 'Picker',
      members: [peer, other],
    }));
  });

  after(async () => {
    await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  /** A new Work group owned by the browser user, with two members played over REST. */
  async function newGroup(name: string): Promise<string> {
    const { groupID } = await core.groups.createGroup({
      type: 'Work',
      name,
      members: [other, third],
    });
    return groupID;
  }

  async function restMention(groupID: string, from: string, text: string, atInfo: object[]) {
    await rest('group_open_http_svc/send_group_msg', {
      GroupId: groupID,
      From_Account: from,
      Random: Math.floor(Math.random() * 2 ** 31),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
      GroupAtInfo: atInfo,
    });
  }

  const renderList = () =>
    fixture<TimConversationList>(
      html`<tim-conversation-list
        .core=${core}
        lang="en"
        style="height: 400px"
      ></tim-conversation-list>`,
    );

  const renderChat = (groupID: string) =>
    fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`GROUP${groupID}`}
        lang="en"
        style="height: 420px"
      ></tim-chat>`,
    );

  function marker(el: TimConversationList, groupID: string): string | null {
    const item = shadow(el, `[role="option"][data-id="${CSS.escape(`GROUP${groupID}`)}"]`);
    return item?.querySelector('[part="mention"]')?.textContent?.trim() ?? null;
  }

  /** Focuses the chat's input and types like a user. */
  async function typeInChat(el: TimChat, text: string): Promise<HTMLTextAreaElement> {
    const input = shadow<HTMLTextAreaElement>(el, 'textarea');
    if (!input) throw new Error('no textarea');
    input.focus();
    await sendKeys({ type: text });
    return input;
  }

  /**
   * The member list loads with the chat; the picker lists members once it is in. The input
   * starts empty (an earlier test's text comes back as the draft).
   */
  async function membersLoaded(el: TimChat): Promise<void> {
    const input = shadow<HTMLTextAreaElement>(el, 'textarea');
    if (input) typeInto(input, '');
    const groupID = el.conversationId.slice('GROUP'.length);
    const members = core.groups.group(groupID).$members;
    await waitFor(() => members.get().some((m) => m.userID === peer) || null, 'the members');
  }

  /** Opens the picker by typing "@" and the start of the peer's ID; resolves with its listbox. */
  async function openPicker(el: TimChat): Promise<HTMLElement> {
    await membersLoaded(el);
    await typeInChat(el, `@${peer.slice(0, 8)}`);
    return waitFor(() => shadow<HTMLElement>(el, '[part="mention-picker"]'), 'the picker');
  }

  it('marks a conversation "[@me]" when a member mentions the user', async () => {
    const groupID = await newGroup('Marked');
    const el = await renderList();
    await restMention(groupID, other, 'hey you', [{ GroupAtAllFlag: 0, GroupAt_Account: me }]);
    expect(await waitFor(() => marker(el, groupID), 'the marker')).to.equal('[@me]');
  });

  it('marks a conversation "[@all]" for a mention of everyone', async () => {
    const groupID = await newGroup('Everyone');
    const el = await renderList();
    await restMention(groupID, other, 'all hands', [{ GroupAtAllFlag: 1 }]);
    expect(await waitFor(() => marker(el, groupID), 'the marker')).to.equal('[@all]');
  });

  it('drops the marker once the conversation is read', async () => {
    const groupID = await newGroup('Read');
    const el = await renderList();
    await restMention(groupID, third, 'read me', [{ GroupAtAllFlag: 0, GroupAt_Account: me }]);
    await waitFor(() => marker(el, groupID), 'the marker');
    await core.messages.markRead(`GROUP${groupID}`);
    await waitFor(() => marker(el, groupID) === null || null, 'the marker to go');
  });

  it('highlights a message that mentions the user', async () => {
    const groupID = await newGroup('Highlight');
    const el = await renderChat(groupID);
    await restMention(groupID, other, 'see this', [{ GroupAtAllFlag: 0, GroupAt_Account: me }]);
    const row = await waitFor(
      () => shadowAll(el, '[part~="mentioned"]').find((r) => r.textContent?.includes('see this')),
      'the highlighted message',
    );
    expect(row.textContent).to.contain('Mentions you');
  });

  it('typing "@" in a group lists the members', async () => {
    const el = await renderChat(pickerGroup);
    const list = await openPicker(el);
    const options = [...list.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.getAttribute('data-user-id'))).to.deep.equal([peer]);
  });

  it('offers "@All" to the group owner', async () => {
    const el = await renderChat(pickerGroup);
    await membersLoaded(el);
    await typeInChat(el, '@');
    const list = await waitFor(() => shadow(el, '[part="mention-picker"]'), 'the picker');
    expect(list.querySelector('[role="option"]')?.getAttribute('data-user-id')).to.equal('@all');
  });

  it('Enter picks the member and the sent text mentions them', async () => {
    const el = await renderChat(pickerGroup);
    await openPicker(el);
    await sendKeys({ press: 'Enter' });
    const input = await typeInChat(el, 'lunch?');
    const text = `@${el.memberName(peer)} lunch?`;
    expect(input.value).to.equal(text);
    await sendKeys({ press: 'Enter' });
    const got = await nodePeer.waitForMessage(peer, 'TIMTextElem', text);
    expect(got.atUserList).to.deep.equal([peer]);
  });

  it('Escape closes the picker and keeps the text', async () => {
    const el = await renderChat(pickerGroup);
    await openPicker(el);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => shadow(el, '[part="mention-picker"]') === null || null, 'it closes');
    expect(shadow<HTMLTextAreaElement>(el, 'textarea')?.value).to.equal(`@${peer.slice(0, 8)}`);
  });

  it('is accessible with the picker open', async () => {
    const el = await renderChat(pickerGroup);
    await openPicker(el);
    await expect(el).to.be.accessible();
  });

  const pickerShown = (el: TimChat) => shadow<HTMLElement>(el, '[part="mention-picker"]');
  const pickerGone = (el: TimChat) =>
    waitFor(() => pickerShown(el) === null || null, 'the picker to close');

  it('moving the caret back into "@partial" opens the picker, and out of it closes it', async () => {
    const el = await renderChat(pickerGroup);
    await openPicker(el);
    await typeInChat(el, ' hi');
    await pickerGone(el);
    for (let i = 0; i < ' hi'.length; i++) await sendKeys({ press: 'ArrowLeft' });
    const list = await waitFor(() => pickerShown(el), 'the picker again');
    expect(list.querySelector('[role="option"]')?.getAttribute('data-user-id')).to.equal(peer);
    await sendKeys({ press: 'End' });
    await pickerGone(el);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    // Right after the "@": every member (and "@All") again.
    await waitFor(() => pickerShown(el), 'the picker after Home, ArrowRight');
  });

  it('clicking into "@partial" opens the picker', async () => {
    const el = await renderChat(pickerGroup);
    await openPicker(el);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    const input = await typeInChat(el, 'second line');
    await pickerGone(el);
    // Clicking past the end of the first line puts the caret right after "@partial".
    const box = input.getBoundingClientRect();
    const style = getComputedStyle(input);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
    await sendMouse({
      type: 'click',
      position: [
        Math.round(box.right - parseFloat(style.paddingRight) - 4),
        Math.round(box.top + parseFloat(style.paddingTop) + lineHeight / 2),
      ],
    });
    await waitFor(() => pickerShown(el), 'the picker after the click');
    expect(input.selectionStart).to.equal(1 + peer.slice(0, 8).length);
  });

  it('finds a member beyond the first loaded page of a big group', async () => {
    const fillers = Array.from({ length: 120 }, (_, i) => `gm-fill-${i}-${me.slice(-6)}`);
    for (let i = 0; i < fillers.length; i += 100)
      await rest('im_open_login_svc/multiaccount_import', { Accounts: fillers.slice(i, i + 100) });
    const needle = await newUser('gm-needle');
    const { GroupId: bigGroup } = await rest<{ GroupId: string }>(
      'group_open_http_svc/create_group',
      {
        Type: 'Private',
        Name: 'Big',
        Owner_Account: me,
        MemberList: fillers.map((id) => ({ Member_Account: id })),
      },
    );
    // Joins last, so it is on the second page of members.
    await rest('group_open_http_svc/add_group_member', {
      GroupId: bigGroup,
      MemberList: [{ Member_Account: needle }],
    });
    const el = await renderChat(bigGroup);
    const members = core.groups.group(bigGroup).$members;
    await waitFor(() => members.get().length > 0 || null, 'the first page of members');
    expect(members.get().some((m) => m.userID === needle)).to.equal(false);
    await typeInChat(el, '@gm-needle');
    const option = await waitFor(
      () => shadow(el, `[part="mention-option"][data-user-id="${CSS.escape(needle)}"]`),
      'the member from a later page',
      20_000,
    );
    expect(option.textContent).to.contain(needle);
  });
});

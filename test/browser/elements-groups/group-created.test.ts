import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat, TimConversationList } from '@tim-kit/elements';
import { uniqueUser } from '../support/emulator.js';
import { loginCore, logoutCore, newUser, shadow, shadowAll, waitFor } from './support.js';

// createGroup makes the SDK send a custom message ({"businessID":"group_create",...}) into the
// new group. Tencent's UIKits show it as a tip; it must not read as a "[Custom]" bubble.
describe('the group-created message', () => {
  const me = uniqueUser('gc-me');
  let core: TimCore;
  let groupID: string;

  before(async () => {
    core = await loginCore(me);
    ({ groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Fresh',
      members: [await newUser('gc-other')],
    }));
    // The SDK sends its group_create message after createGroup resolves, and its own sends raise
    // no event: wait until the server has it (the conversation shows it) before opening the chat.
    await waitFor(
      () =>
        core.conversations.$conversations
          .get()
          .find((c) => c.conversationID === `GROUP${groupID}` && c.lastMessage),
      'the group conversation with its last message',
    );
  });
  after(() => logoutCore(core));

  it('shows as a tip line in <tim-chat>, not as a custom bubble', async () => {
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`GROUP${groupID}`}
        lang="en"
        style="height: 400px"
      ></tim-chat>`,
    );
    const tip = await waitFor(
      () => shadowAll(el, '[part="message"].tip').find((m) => m.textContent?.includes('created')),
      'the created tip',
    );
    expect(tip.textContent?.trim()).to.equal(`${me} created the group`);
    expect(shadowAll(el, '[part="bubble"]').map((b) => b.textContent?.trim())).to.not.include(
      '[Custom]',
    );
  });

  it('is the conversation preview until someone writes', async () => {
    const conversation = await waitFor(
      () =>
        core.conversations.$conversations
          .get()
          .find((c) => c.conversationID === `GROUP${groupID}` && c.lastMessage),
      'the group conversation with its last message',
    );
    expect(conversation.lastMessage?.preview).to.equal(`${me} created the group`);
  });

  it('speaks the element language: the created line and an invite tip in Chinese', async () => {
    const invitee = await newUser('gc-new');
    await core.groups.invite(groupID, [invitee]);
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${`GROUP${groupID}`}
        lang="zh-CN"
        style="height: 400px"
      ></tim-chat>`,
    );
    const tips = () => shadowAll(el, '[part="message"].tip').map((m) => m.textContent?.trim());
    await waitFor(() => tips().some((t) => t?.includes(invitee)), 'the invite tip');
    expect(tips()).to.include(`${me} 创建了群组`);
    expect(tips()).to.include(`${me} 邀请 ${invitee} 加入群组`);
  });
  it('the conversation list writes a tip preview in its language', async () => {
    const invitee = await newUser('gc-late');
    await core.groups.invite(groupID, [invitee]);
    await waitFor(
      () =>
        core.conversations.$conversations
          .get()
          .find(
            (c) =>
              c.conversationID === `GROUP${groupID}` && c.lastMessage?.preview.includes(invitee),
          ),
      'the invite tip as the last message',
    );
    const list = await fixture<TimConversationList>(
      html`<tim-conversation-list .core=${core} lang="zh-CN"></tim-conversation-list>`,
    );
    const preview = await waitFor(
      () => shadow(list, `[part="item"][data-id="GROUP${groupID}"] [part="preview"]`),
      'the group row',
    );
    expect(preview.textContent?.trim()).to.equal(`${me} 邀请 ${invitee} 加入群组`);
  });
});

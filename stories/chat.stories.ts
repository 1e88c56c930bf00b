import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import type { TimCustomRenderer } from '@tim-kit/elements';
import { KINDS_PEER, TEAM_GROUP, chatStoryLoader } from './support/chat-seed.js';
import { PEERS, renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { mentionStoryLoader } from './support/mention-seed.js';
import {
  UPLOAD_CONVERSATION,
  releaseUploadsOnLeave,
  startHeldUpload,
  uploadStoryLoader,
} from './support/upload-story.js';

interface Args {
  conversationId: string;
  lang: string;
  theme: '' | 'light' | 'dark';
}

const frame = (theme: string) =>
  `height: 560px; max-width: 720px; border: 1px solid #ccc; background: ${theme === 'dark' ? '#111' : '#fff'}`;

const meta: Meta<Args> = {
  title: 'Elements/Chat',
  component: 'tim-chat',
  loaders: [chatStoryLoader],
  args: { conversationId: `C2C${PEERS.mei.id}`, lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN', 'zh-TW', 'ja', 'ko'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style=${frame(args.theme)}>
      <tim-chat
        .core=${tim.core}
        conversation-id=${args.conversationId}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-message-send=${(e: Event) => console.info('tim-message-send', (e as CustomEvent).detail)}
        @tim-error=${(e: Event) => console.warn('tim-error', (e as CustomEvent).detail)}
      ></tim-chat>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * A real conversation: type and press Enter to send through the emulator. Try the emoji grid,
 * attach or paste an image, drop a file, record a voice message, send a location, and the ⋯
 * menu of a message (reply, recall within 2 minutes, delete, select several).
 */
export const Conversation: Story = {};

/**
 * Every message kind: text with a link and emoji, a text that looks like HTML (shown as text),
 * image (click for the large view), voice, video, file, location, sticker and custom.
 */
export const EveryKind: Story = { args: { conversationId: `C2C${KINDS_PEER.id}` } };

export const EveryKindDark: Story = {
  args: { conversationId: `C2C${KINDS_PEER.id}`, theme: 'dark' },
};

export const EveryKindChinese: Story = {
  args: { conversationId: `C2C${KINDS_PEER.id}`, lang: 'zh-CN' },
};

/** A group: member count in the header, senders' names, and group tips as centred notes. */
export const Group: Story = { args: { conversationId: `GROUP${TEAM_GROUP}` } };

/**
 * `group-read-receipts`: every text sent here asks the members for a read receipt; own messages
 * show "N read" / "All read", and activating it lists who read and who has not.
 */
export const GroupReadReceipts: Story = {
  args: { conversationId: `GROUP${TEAM_GROUP}` },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style=${frame(args.theme)}>
      <tim-chat
        .core=${tim.core}
        conversation-id=${args.conversationId}
        lang=${args.lang}
        group-read-receipts
      ></tim-chat>
    </div>`;
  },
};

/**
 * @-mentions in a group: the message that mentions the viewer is marked, and typing "@" in the
 * input opens the member picker (ArrowUp/ArrowDown, Enter or Tab inserts, Escape closes; the
 * viewer owns the group, so "@All" is offered too).
 */
export const GroupMentions: Story = {
  args: { conversationId: `GROUP${TEAM_GROUP}` },
  loaders: [mentionStoryLoader],
};

/**
 * Forwarding: a message's ⋯ menu has Forward, and while selecting several the bar has Forward
 * next to Delete. Both open the "Forward to" dialog: filter and tick conversations, and for
 * several messages choose "one by one" or "merged into one" (a "chat history" message whose
 * bubble opens the messages inside). `tim-message-forward` is logged to the console.
 */
export const Forwarding: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style=${frame(args.theme)}>
      <tim-chat
        .core=${tim.core}
        conversation-id=${args.conversationId}
        lang=${args.lang}
        @tim-message-forward=${(e: Event) =>
          console.info('tim-message-forward', (e as CustomEvent).detail)}
      ></tim-chat>
    </div>`;
  },
};

/** A custom message drawn by the app through the `renderCustom` hook. */
export const CustomRenderer: Story = {
  args: { conversationId: `C2C${KINDS_PEER.id}` },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    const renderCustom: TimCustomRenderer = (_m, c) =>
      html`<span style="display: inline-flex; gap: 8px; align-items: center"
        ><span aria-hidden="true">🧾</span><strong>${c.description}</strong></span
      >`;
    return html`<div style=${frame(args.theme)}>
      <tim-chat
        .core=${tim.core}
        .renderCustom=${renderCustom}
        conversation-id=${args.conversationId}
        lang=${args.lang}
      ></tim-chat>
    </div>`;
  },
};

/**
 * A file upload in progress: the story asks the emulator to hold uploads (`POST
 * /dev/uploads/hold`, only with `--dev`) and sends an 8 MB file from its core, so the bubble
 * shows the progress bar and a Cancel button ("Cancel upload"). Click Cancel to stop it: the
 * message leaves the thread and nothing reaches the peer. Leaving the story cancels what is still uploading and
 * releases the hold (it is global: other stories' uploads wait while this one is open); Remount
 * starts another upload.
 */
export const UploadInProgress: Story = {
  args: { conversationId: UPLOAD_CONVERSATION },
  loaders: [uploadStoryLoader],
  beforeEach: releaseUploadsOnLeave,
  play: async ({ canvasElement, loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (tim.core) await startHeldUpload(canvasElement, tim.core);
  },
};

/** 60 messages: opens at the newest, scroll up to load older pages without a jump. */
export const LongHistory: Story = { args: { conversationId: `C2C${PEERS.history.id}` } };

/** 120 unread messages: scroll up to see the jump-to-latest button. */
export const ManyMessages: Story = { args: { conversationId: 'C2Csb-many-07' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

export const TraditionalChinese: Story = { args: { lang: 'zh-TW' } };

export const Japanese: Story = { args: { lang: 'ja' } };

export const Korean: Story = { args: { lang: 'ko' } };

/** The list and the chat together: selecting a conversation opens it (no conversation-id). */
export const WithConversationList: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style="display: flex; ${frame(args.theme)}; max-width: 980px">
      <div style="width: 320px; border-right: 1px solid #ccc">
        <tim-conversation-list
          .core=${tim.core}
          lang=${args.lang}
          theme=${args.theme || 'light'}
        ></tim-conversation-list>
      </div>
      <div style="flex: 1; min-width: 0">
        <tim-chat .core=${tim.core} lang=${args.lang} theme=${args.theme || 'light'}>
          <button slot="actions" type="button">Call</button>
        </tim-chat>
      </div>
    </div>`;
  },
};

/** With a core but no conversation selected. */
export const NothingSelected: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    tim.core.conversations.setActive(null);
    return html`<div style=${frame(args.theme)}>
      <tim-chat .core=${tim.core} lang=${args.lang} theme=${args.theme || 'light'}></tim-chat>
    </div>`;
  },
};

/** Without `.core` and outside `<tim-provider>`, the element says how to connect it. */
export const WithoutCore: Story = {
  loaders: [],
  render: (args) =>
    html`<div style="height: 240px; max-width: 720px; border: 1px solid #ccc">
      <tim-chat lang=${args.lang}></tim-chat>
    </div>`,
};

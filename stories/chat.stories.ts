import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { PEERS, renderUnreachable, timLoader, type StoryConnection } from './support/tim-story.js';

interface Args {
  conversationId: string;
  lang: string;
  theme: '' | 'light' | 'dark';
}

const frame = (theme: string) =>
  `height: 520px; max-width: 720px; border: 1px solid #ccc; background: ${theme === 'dark' ? '#111' : '#fff'}`;

const meta: Meta<Args> = {
  title: 'Elements/Chat',
  component: 'tim-chat',
  loaders: [timLoader],
  args: { conversationId: `C2C${PEERS.mei.id}`, lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
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

/** A real conversation: type and press Enter to send through the emulator. */
export const Conversation: Story = {};

/** 60 messages: opens at the newest, scroll up to load older pages without a jump. */
export const LongHistory: Story = { args: { conversationId: `C2C${PEERS.history.id}` } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

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
        <tim-chat .core=${tim.core} lang=${args.lang} theme=${args.theme || 'light'}></tim-chat>
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

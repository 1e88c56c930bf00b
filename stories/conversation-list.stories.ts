import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createTimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import { chatStoryLoader } from './support/chat-seed.js';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { mentionStoryLoader } from './support/mention-seed.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
  height: number;
}

const frame = (args: Args) =>
  `width: 340px; height: ${args.height}px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}`;

const meta: Meta<Args> = {
  title: 'Elements/Conversation list',
  component: 'tim-conversation-list',
  loaders: [chatStoryLoader],
  args: { lang: 'en', theme: '', height: 480 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN', 'zh-TW', 'ja', 'ko'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style=${frame(args)}>
      <tim-conversation-list
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-conversation-select=${(e: CustomEvent<{ conversationID: string }>) =>
          console.info('tim-conversation-select', e.detail)}
        @tim-error=${(e: Event) => console.warn('tim-error', (e as CustomEvent).detail)}
      ></tim-conversation-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The viewer's real conversations from the emulator: a pinned one first, unread badges (one
 * capped at 99+), a muted row with a dot, a draft, previews of every kind and a very long name.
 * Right-click a row, or focus it and press Shift+F10, for its menu; type in the box to filter.
 */
export const Default: Story = {};

/** Thirty-odd conversations in a short frame: the list scrolls and stays virtualized. */
export const ManyItems: Story = { args: { height: 320 } };

export const Dark: Story = { args: { theme: 'dark' } };

/** A team member mentioned the viewer: the group shows "[@me]" before its preview until read. */
export const Mentioned: Story = { loaders: [mentionStoryLoader] };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

export const TraditionalChinese: Story = { args: { lang: 'zh-TW' } };

export const Japanese: Story = { args: { lang: 'ja' } };

export const Korean: Story = { args: { lang: 'ko' } };

export const ChineseDark: Story = { args: { lang: 'zh-CN', theme: 'dark' } };

/** A narrow frame: long names and previews are cut with an ellipsis. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div style="${frame(args)}; width: 240px">
      <tim-conversation-list .core=${tim.core} lang=${args.lang}></tim-conversation-list>
    </div>`;
  },
};

/**
 * A core on the same SDK that is not logged in: the error state (signed out). The same words
 * show after a kick-out or an expired UserSig.
 */
export const SignedOut: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    // Destroyed at once: it never listens to the SDK, so it stays signed out with no rows.
    const signedOut = createTimCore({ chat: tim.core.chat });
    signedOut.destroy();
    return html`<div style="${frame(args)}; height: 240px">
      <tim-conversation-list .core=${signedOut} lang=${args.lang}></tim-conversation-list>
    </div>`;
  },
};

/** Without `.core` and outside `<tim-provider>`, the element says how to connect it. */
export const WithoutCore: Story = {
  loaders: [],
  render: (args) =>
    html`<div style="width: 340px; height: 240px; border: 1px solid #ccc">
      <tim-conversation-list lang=${args.lang}></tim-conversation-list>
    </div>`,
};

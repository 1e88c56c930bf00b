import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, timLoader, type StoryConnection } from './support/tim-story.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
  height: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Conversation list',
  component: 'tim-conversation-list',
  loaders: [timLoader],
  args: { lang: 'en', theme: '', height: 420 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="width: 340px; height: ${args.height}px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-conversation-list
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-conversation-select=${(e: CustomEvent<{ conversationID: string }>) =>
          console.info('tim-conversation-select', e.detail)}
      ></tim-conversation-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's real conversations from the emulator: unread badges, previews, times. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** Without `.core` and outside `<tim-provider>`, the element says how to connect it. */
export const WithoutCore: Story = {
  loaders: [],
  render: (args) =>
    html`<div style="width: 340px; height: 240px; border: 1px solid #ccc">
      <tim-conversation-list lang=${args.lang}></tim-conversation-list>
    </div>`,
};

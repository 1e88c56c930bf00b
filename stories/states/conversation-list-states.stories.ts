// The conversation list's loading and error states, on cores of their own (see
// support/state-cores.ts). The list's other stories live in ../conversation-list.stories.ts.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from '../support/tim-story.js';
import { pendingLoader, rejectedLoader } from '../support/state-cores.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'States/Conversation list',
  component: 'tim-conversation-list',
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded['tim'] as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    const reason = loaded['reason'] as string | undefined;
    return html`<div
        style="width: 340px; height: 320px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
      >
        <tim-conversation-list
          .core=${tim.core}
          lang=${args.lang}
          theme=${args.theme || 'light'}
        ></tim-conversation-list>
      </div>
      ${reason ? html`<p style="font: 12px system-ui; color: #666">Login refused: ${reason}</p>` : ''}`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Signing in is still going (the server does not answer): the list says it is loading. */
export const Loading: Story = { loaders: [pendingLoader] };

/** The server refused the login (a malformed UserSig): the list says it could not load. */
export const ErrorState: Story = { name: 'Error', loaders: [rejectedLoader] };

export const ErrorChinese: Story = {
  name: 'Error (zh-CN, dark)',
  loaders: [rejectedLoader],
  args: { lang: 'zh-CN', theme: 'dark' },
};

// The chat's states that ../chat.stories.ts does not show: an empty conversation, a long name
// in the header, and a chat on a core that is still signing in or was refused.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { chatStoryLoader } from '../support/chat-seed.js';
import { PEERS, renderUnreachable, rest, type StoryConnection } from '../support/tim-story.js';
import { pendingLoader, rejectedLoader } from '../support/state-cores.js';

interface Args {
  conversationId: string;
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'States/Chat',
  component: 'tim-chat',
  loaders: [chatStoryLoader],
  args: { conversationId: `C2C${PEERS.mei.id}`, lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded['tim'] as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="height: 420px; max-width: 560px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-chat
        .core=${tim.core}
        conversation-id=${args.conversationId}
        lang=${args.lang}
        theme=${args.theme || 'light'}
      ></tim-chat>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

const QUIET = { id: 'sb-quiet', nick: 'Quinn Quiet' };

/** A conversation with a user the viewer never wrote to: no messages yet. */
export const Empty: Story = {
  args: { conversationId: `C2C${QUIET.id}` },
  loaders: [
    async () => {
      const { tim } = await chatStoryLoader();
      if (tim.core)
        await rest('im_open_login_svc/account_import', { UserID: QUIET.id, Nick: QUIET.nick });
      return { tim };
    },
  ],
};

/** The seeded peer with an 80-character name: the header cuts it with an ellipsis. */
export const LongNames: Story = { args: { conversationId: 'C2Csb-many-01' } };

/** A core still signing in (its server does not answer): the chat says it is loading. */
export const Loading: Story = { loaders: [pendingLoader] };

/** A core whose login the server refused (a malformed UserSig). */
export const ErrorState: Story = { name: 'Error', loaders: [rejectedLoader] };

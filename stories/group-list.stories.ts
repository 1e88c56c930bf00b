import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { groupsLoader } from './support/group-story.js';
import { press, typeInto } from './support/play.js';
import { emptyCore } from './support/relations-story.js';
import { pendingLoader } from './support/state-cores.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Group list',
  component: 'tim-group-list',
  loaders: [groupsLoader],
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="width: 360px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-group-list
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-conversation-select=${(e: CustomEvent) =>
          console.info('tim-conversation-select', e.detail)}
        @tim-group-apply=${(e: CustomEvent) => console.info('tim-group-apply', e.detail)}
      ></tim-group-list>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's real groups. Find "sb-member-public" or any group ID to apply to join. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** Without `.core` and outside `<tim-provider>`, the element says how to connect it. */
export const WithoutCore: Story = {
  loaders: [],
  render: (args) => html`<tim-group-list lang=${args.lang}></tim-group-list>`,
};

/** Signing in is still going (its server never answers): the list says it is loading. */
export const Loading: Story = { loaders: [pendingLoader] };

/** A core with no logged-in user: the list says it could not load. */
export const SignedOut: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

/** A narrow frame: the seeded 30-byte group name is cut with an ellipsis. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="width: 240px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-group-list
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
      ></tim-group-list>
    </div>`;
  },
};

/** Looking up a group ID nobody has: the emulator answers that there is no such group. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-group-list', '#find-id', 'sb-no-such-group');
    await press(canvasElement, 'tim-group-list', '[part~="find-button"]');
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { VIEWER, renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { press, typeInto } from './support/play.js';
import { emptyCore, frame, relationsLoader } from './support/relations-story.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Friend requests',
  component: 'tim-friend-requests',
  loaders: [relationsLoader],
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      560,
      html`<tim-friend-requests
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-friend-requests>`,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Seeded requests: three received (one in Chinese), one sent, with wording, source and time; the add-friend form below. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A core with no logged-in user: nothing to list yet, so the empty state shows. */
export const Empty: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

/** A narrow frame: a request from a 72-character name with a 256-byte message wraps, cut nowhere. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      360,
      html`<tim-friend-requests
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
      ></tim-friend-requests>`,
    );
  },
};

/** Sending a request to yourself: the emulator refuses it, and the element says why in words. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-friend-requests', '[part~="user-id-input"]', VIEWER);
    await press(canvasElement, 'tim-friend-requests', '[part~="add-button"]');
  },
};

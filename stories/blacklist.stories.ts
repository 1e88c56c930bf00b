import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { VIEWER, renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { emptyCore, frame, relationsLoader } from './support/relations-story.js';
import { press, typeInto } from './support/play.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Blacklist',
  component: 'tim-blacklist',
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
      480,
      html`<tim-blacklist
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-blacklist>`,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Two seeded blocked users, with their nicknames. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A core with no logged-in user: nothing to list yet, so the empty state shows. */
export const Empty: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

/** A narrow frame: the seeded blocked user with a 74-character name is cut, the ID stays. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      320,
      html`<tim-blacklist
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
      ></tim-blacklist>`,
    );
  },
};

/** Blocking yourself: the emulator refuses it, and the element says why in words. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-blacklist', '[part~="user-id-input"]', VIEWER);
    await press(canvasElement, 'tim-blacklist', '[part~="block-button"]');
    await press(canvasElement, 'tim-blacklist', '[part~="confirm-button"]');
  },
};

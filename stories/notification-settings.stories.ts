import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { emptyCore, frame, relationsLoader } from './support/relations-story.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Notification settings',
  component: 'tim-notification-settings',
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
      420,
      html`<tim-notification-settings
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-notification-settings>`,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's notification settings; changes are saved in localStorage for the viewer. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A core with no logged-in user: the switches show the defaults. */
export const Empty: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

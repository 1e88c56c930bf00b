import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { PEERS, renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { ASKERS, emptyCore, frame, relationsLoader } from './support/relations-story.js';
import { LONG_ASKER } from './support/long-names-seed.js';
import { pendingLoader } from './support/state-cores.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Profile',
  component: 'tim-profile',
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
      640,
      html`<tim-profile
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-profile>`,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's own profile as a form, checked as you type. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A core with no logged-in user: the form waits for a profile. */
export const Empty: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

/** Another user's card: a friend, with Message and Block. */
export const FriendCard: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      420,
      html`<tim-profile
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        user-id=${PEERS.mei.id}
      ></tim-profile>`,
    );
  },
};

/** A user who is not a friend yet: Add friend reports the outcome in words. */
export const StrangerCard: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      420,
      html`<tim-profile
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        user-id=${ASKERS[0]!.id}
      ></tim-profile>`,
    );
  },
};

/** A core whose login has not finished yet (its server does not answer): the form waits. */
export const Loading: Story = { loaders: [pendingLoader] };

/** A user ID nobody has: the card says the user was not found. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      420,
      html`<tim-profile
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        user-id="sb-nobody-has-this-id"
      ></tim-profile>`,
    );
  },
};

/** The card of a user with a 72-character name, in a narrow frame. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      320,
      html`<tim-profile
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        user-id=${LONG_ASKER.id}
      ></tim-profile>`,
    );
  },
};

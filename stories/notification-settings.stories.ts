import type { Meta } from '@storybook/web-components-vite';
import '@tim-kit/elements';
import {
  chineseStory,
  darkStory,
  elementMeta,
  loadingStory,
  signedOutStory,
  type ElementArgs,
  type ElementStory as Story,
} from './support/element-story.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/Notification settings',
  component: 'tim-notification-settings',
  ...elementMeta('tim-notification-settings', { width: 420 }),
};
export default meta;

/** The viewer's notification settings; changes are saved in localStorage for the viewer. */
export const Default: Story = {};

export const Dark: Story = { ...darkStory };

export const Chinese: Story = { ...chineseStory };

/** Signing in is still going: the settings belong to a user, so they wait for the login. */
export const Loading: Story = { ...loadingStory };

/** A core with no logged-in user: there are no settings to show. */
export const SignedOut: Story = { ...signedOutStory };

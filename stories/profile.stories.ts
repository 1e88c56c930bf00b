import type { Meta } from '@storybook/web-components-vite';
import '@tim-kit/elements';
import { PEERS } from './support/tim-story.js';
import { ASKERS } from './support/relations-story.js';
import { LONG_ASKER } from './support/long-names-seed.js';
import {
  chineseStory,
  darkStory,
  elementMeta,
  loadingStory,
  renderElement,
  signedOutStory,
  type ElementArgs,
  type ElementStory as Story,
} from './support/element-story.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/Profile',
  component: 'tim-profile',
  ...elementMeta('tim-profile', { width: 640 }),
};
export default meta;

/** The viewer's own profile as a form, checked as you type. */
export const Default: Story = {};

export const Dark: Story = { ...darkStory };

export const Chinese: Story = { ...chineseStory };

/** A core with no logged-in user: there is no profile to show. */
export const SignedOut: Story = { ...signedOutStory };

/** Another user's card: a friend, with Message and Block. */
export const FriendCard: Story = {
  render: renderElement('tim-profile', { width: 420, userId: PEERS.mei.id }),
};

/** A user who is not a friend yet: Add friend reports the outcome in words. */
export const StrangerCard: Story = {
  render: renderElement('tim-profile', { width: 420, userId: ASKERS[0]!.id }),
};

/** A core whose login has not finished yet (its server does not answer): the form waits. */
export const Loading: Story = { ...loadingStory };

/** A user ID nobody has: the card says the user was not found. */
export const ErrorState: Story = {
  name: 'Error',
  render: renderElement('tim-profile', { width: 420, userId: 'sb-nobody-has-this-id' }),
};

/** The card of a user with a 72-character name, in a narrow frame. */
export const LongNames: Story = {
  render: renderElement('tim-profile', { width: 320, userId: LONG_ASKER.id }),
};

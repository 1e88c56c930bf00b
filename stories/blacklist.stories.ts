import type { Meta } from '@storybook/web-components-vite';
import '@tim-kit/elements';
import { VIEWER } from './support/tim-story.js';
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
import { press, typeInto } from './support/play.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/Blacklist',
  component: 'tim-blacklist',
  ...elementMeta('tim-blacklist', { width: 480 }),
};
export default meta;

/** Two seeded blocked users, with their nicknames. */
export const Default: Story = {};

export const Dark: Story = { ...darkStory };

export const Chinese: Story = { ...chineseStory };

/** Signing in is still going (its server never answers): the blocklist says it is loading. */
export const Loading: Story = { ...loadingStory };

/** A core with no logged-in user: the blocklist says it could not load. */
export const SignedOut: Story = { ...signedOutStory };

/** A narrow frame: the seeded blocked user with a 74-character name is cut, the ID stays. */
export const LongNames: Story = { render: renderElement('tim-blacklist', { width: 320 }) };

/** Blocking yourself: the emulator refuses it, and the element says why in words. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-blacklist', '[part~="user-id-input"]', VIEWER);
    await press(canvasElement, 'tim-blacklist', '[part~="block-button"]');
    await press(canvasElement, 'tim-blacklist', '[part~="confirm-button"]');
  },
};

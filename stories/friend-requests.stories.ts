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
  title: 'Elements/Friend requests',
  component: 'tim-friend-requests',
  ...elementMeta('tim-friend-requests', { width: 560 }),
};
export default meta;

/** Seeded requests: three received (one in Chinese), one sent, with wording, source and time; the add-friend form below. */
export const Default: Story = {};

export const Dark: Story = { ...darkStory };

export const Chinese: Story = { ...chineseStory };

/** Signing in is still going (its server never answers): the requests say they are loading. */
export const Loading: Story = { ...loadingStory };

/** A core with no logged-in user: the requests say they could not load. */
export const SignedOut: Story = { ...signedOutStory };

/** A narrow frame: a request from a 72-character name with a 256-byte message wraps, cut nowhere. */
export const LongNames: Story = { render: renderElement('tim-friend-requests', { width: 360 }) };

/** Sending a request to yourself: the emulator refuses it, and the element says why in words. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-friend-requests', '[part~="user-id-input"]', VIEWER);
    await press(canvasElement, 'tim-friend-requests', '[part~="add-button"]');
  },
};

import type { Meta } from '@storybook/web-components-vite';
import '@tim-kit/elements';
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
import { LONG_FRIEND } from './support/long-names-seed.js';
import { part, press, typeInto, waitFor } from './support/play.js';

const meta: Meta<ElementArgs> = {
  title: 'Elements/Contacts',
  component: 'tim-contacts',
  ...elementMeta('tim-contacts', { width: 720, style: 'height: 560px' }),
};
export default meta;

/** The viewer's 42 seeded friends in the groups Work and Family and ungrouped; pick one for the details panel. */
export const Default: Story = {};

export const Dark: Story = { ...darkStory };

export const Chinese: Story = { ...chineseStory };

/** Signing in is still going (its server never answers): the list says it is loading. */
export const Loading: Story = { ...loadingStory };

/** A core with no logged-in user: the list says it could not load. */
export const SignedOut: Story = { ...signedOutStory };

/** A friend with a 68-character name, opened in a narrow frame: the row cuts it, the panel wraps it. */
export const LongNames: Story = {
  render: renderElement('tim-contacts', { width: 520, style: 'height: 560px' }),
  play: async ({ canvasElement }) => {
    // The list is virtualized: scroll it until the friend's row exists, then open it.
    const list = await part(canvasElement, 'tim-contacts', '[part~="list"]');
    const row = await waitFor(() => {
      const found = list.querySelector<HTMLElement>(`[data-user-id="${LONG_FRIEND.id}"]`);
      if (!found) list.scrollTop += 200;
      return found;
    }, LONG_FRIEND.id);
    row.scrollIntoView({ block: 'center' });
    row.click();
  },
};

/** A friend group that already exists: the emulator refuses a second "Work", in words. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-contacts', '[part~="new-group-form"] input', 'Work');
    await press(canvasElement, 'tim-contacts', '[part~="create-group-button"]');
  },
};

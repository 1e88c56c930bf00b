import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { emptyCore, frame, relationsLoader } from './support/relations-story.js';
import { LONG_FRIEND } from './support/long-names-seed.js';
import { part, press, typeInto, waitFor } from './support/play.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Contacts',
  component: 'tim-contacts',
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
      720,
      html`<tim-contacts
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        style="height: 560px"
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-contacts>`,
    );
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's 42 seeded friends in the groups Work and Family and ungrouped; pick one for the details panel. */
export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A core with no logged-in user: nothing to list yet, so the empty state shows. */
export const Empty: Story = {
  loaders: [async () => ({ tim: await emptyCore() })],
};

/** A friend with a 68-character name, opened in a narrow frame: the row cuts it, the panel wraps it. */
export const LongNames: Story = {
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return frame(
      args.theme,
      520,
      html`<tim-contacts
        .core=${tim.core}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        style="height: 560px"
      ></tim-contacts>`,
    );
  },
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

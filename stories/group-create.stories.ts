import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { GROUPS, groupsLoader } from './support/group-story.js';
import { press, typeInto } from './support/play.js';

interface Args {
  groupType: 'Work' | 'Public' | 'Meeting' | 'AVChatRoom' | 'Community';
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Group create',
  component: 'tim-group-create',
  loaders: [groupsLoader],
  args: { groupType: 'Work', lang: 'en', theme: '' },
  argTypes: {
    groupType: {
      control: 'inline-radio',
      options: ['Work', 'Public', 'Meeting', 'AVChatRoom', 'Community'],
    },
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="width: 480px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-group-create
        .core=${tim.core}
        group-type=${args.groupType}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-group-create=${(e: CustomEvent) => console.info('tim-group-create', e.detail)}
      ></tim-group-create>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Creates a real group on the emulator, with the viewer's friends to pick as members. */
export const Default: Story = {};

/** A Public group: people apply, so the join option can be chosen. */
export const PublicGroup: Story = { args: { groupType: 'Public' } };

/** A live broadcast group starts without members. */
export const LiveBroadcast: Story = { args: { groupType: 'AVChatRoom' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/** A group ID that is taken: the emulator refuses to create it, and the form says so. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'tim-group-create', '#name', 'Second guild');
    await typeInto(canvasElement, 'tim-group-create', '#custom-id', GROUPS.owned);
    await press(canvasElement, 'tim-group-create', '[part~="create-button"]');
  },
};

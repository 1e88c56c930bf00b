import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import { renderUnreachable, type StoryConnection } from './support/tim-story.js';
import { GROUPS, groupsLoader } from './support/group-story.js';
import { LONG_GROUP } from './support/long-names-seed.js';
import { pendingLoader } from './support/state-cores.js';

interface Args {
  groupId: string;
  lang: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/Group settings',
  component: 'tim-group-settings',
  loaders: [groupsLoader],
  args: { groupId: GROUPS.owned, lang: 'en', theme: '' },
  argTypes: {
    groupId: { control: 'select', options: Object.values(GROUPS) },
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args, { loaded }) => {
    const tim = loaded.tim as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<div
      style="width: 480px; border: 1px solid #ccc; background: ${args.theme === 'dark' ? '#111' : '#fff'}"
    >
      <tim-group-settings
        .core=${tim.core}
        group-id=${args.groupId}
        lang=${args.lang}
        theme=${args.theme || 'light'}
        @tim-error=${(e: CustomEvent) => console.warn('tim-error', e.detail)}
      ></tim-group-settings>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The owner of a Public group with 120 members: an admin, a member muted for a week, every control. */
export const OwnerManyMembers: Story = {};

/** An ordinary member of a Public group: the profile is read-only and each off control says why. */
export const MemberView: Story = { args: { groupId: GROUPS.member } };

/** The owner of a Work group: no admins, no muting, no dismiss; members may invite. */
export const WorkGroup: Story = { args: { groupId: GROUPS.work } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Chinese: Story = { args: { lang: 'zh-CN', groupId: GROUPS.member } };

/** A group the viewer is not in. */
export const NotAMember: Story = { args: { groupId: 'sb-no-such-group' } };

/** Signing in is still going (its server never answers): the settings say they are loading. */
export const Loading: Story = { loaders: [pendingLoader] };

/** Without `.core` and outside `<tim-provider>`, the element says how to connect it. */
export const WithoutCore: Story = {
  loaders: [],
  render: (args) =>
    html`<tim-group-settings group-id=${args.groupId} lang=${args.lang}></tim-group-settings>`,
};

/** A 30-byte group name, a long introduction and members with long names and a 32-byte ID. */
export const LongNames: Story = { args: { groupId: LONG_GROUP.id } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@tim-kit/elements';
import {
  EMULATOR_URL,
  renderUnreachable,
  timLoader,
  userSig,
  type StoryConnection,
} from './support/tim-story.js';

interface Args {
  lang: string;
  theme: '' | 'light' | 'dark';
}

/**
 * SDKAppIDs of the provider's own cores. The SDK keeps one instance per SDKAppID, so a provider
 * that builds its core never logs the viewer's shared SDK out.
 */
const CONNECTING_APP_ID = 1_400_000_201;
const REFUSED_APP_ID = 1_400_000_202;

const box = (theme: string) =>
  `display: flex; height: 420px; max-width: 900px; border: 1px solid #ccc; background: ${theme === 'dark' ? '#111' : '#fff'}`;

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'tim-provider',
  loaders: [timLoader],
  args: { lang: 'en', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  /** The provider hands its core and language to the list and the chat inside it. */
  render: (args, { loaded }) => {
    const tim = loaded['tim'] as StoryConnection;
    if (!tim.core) return renderUnreachable(tim.error);
    return html`<tim-provider .core=${tim.core} lang=${args.lang} theme=${args.theme || 'light'}>
      <div style=${box(args.theme)}>
        <tim-conversation-list style="width: 300px"></tim-conversation-list>
        <tim-chat style="flex: 1; min-width: 0"></tim-chat>
      </div>
    </tim-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The viewer's core handed to the provider: the elements inside need no `.core` of their own. */
export const Default: Story = {};

export const Chinese: Story = { args: { lang: 'zh-CN' } };

/**
 * A provider that builds its own core from attributes while its server does not answer (the
 * proxy is a closed port): the list inside shows that it is loading, until the 15 s login
 * timeout turns it into the provider's message.
 */
export const Loading: Story = {
  loaders: [async () => ({ sig: await userSig('sb-provider-waiting').catch(() => null) })],
  render: (args, { loaded }) => {
    const sig = loaded['sig'] as { userSig: string } | null;
    if (!sig) return renderUnreachable(`no UserSig from ${EMULATOR_URL}`);
    return html`<tim-provider
      sdk-app-id=${CONNECTING_APP_ID}
      proxy-server="ws://127.0.0.1:9"
      user-id="sb-provider-waiting"
      user-sig=${sig.userSig}
      lang=${args.lang}
      theme=${args.theme || 'light'}
    >
      <div style=${box(args.theme)}>
        <tim-conversation-list style="width: 300px"></tim-conversation-list>
      </div>
    </tim-provider>`;
  },
};

/** A UserSig the emulator refuses: the provider shows why in place of the chat. */
export const ErrorState: Story = {
  name: 'Error',
  loaders: [],
  render: (args) =>
    html`<tim-provider
      sdk-app-id=${REFUSED_APP_ID}
      proxy-server=${EMULATOR_URL.replace(/^http/, 'ws')}
      user-id="sb-provider-refused"
      user-sig="not-a-usersig"
      lang=${args.lang}
      theme=${args.theme || 'light'}
    >
      <div style=${box(args.theme)}>
        <tim-conversation-list style="width: 300px"></tim-conversation-list>
      </div>
    </tim-provider>`,
};

/** Attributes that cannot work (`sdk-app-id` is not a number): the provider says which. */
export const WrongAttributes: Story = {
  loaders: [],
  render: (args) =>
    html`<tim-provider
      sdk-app-id="my-app"
      user-id="alice"
      user-sig-url="/usersig"
      lang=${args.lang}
      theme=${args.theme || 'light'}
    >
      <tim-conversation-list></tim-conversation-list>
    </tim-provider>`,
};

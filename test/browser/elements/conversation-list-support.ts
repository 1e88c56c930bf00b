// Shared setup of the <tim-conversation-list> suites: a peer who writes to the user, the list
// mounted in English, and one conversation's row.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimConversationList } from '@tim-kit/elements';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { shadow } from './support.js';

/** A new user called `nick` sends `text` to `me`; returns the conversation's ID. */
export async function peerWritesTo(me: string, nick: string, text: string): Promise<string> {
  const peer = uniqueUser(nick.toLowerCase().replace(/\W/g, ''));
  await importAccount(peer, nick);
  await sendTextAs(peer, me, text);
  return `C2C${peer}`;
}

/** `<tim-conversation-list>` in English, `height` pixels tall. */
export async function mountConversationList(
  core: TimCore,
  { height, theme }: { height: number; theme?: string },
): Promise<TimConversationList> {
  return fixture<TimConversationList>(
    html`<tim-conversation-list
      .core=${core}
      lang="en"
      theme=${ifDefined(theme)}
      style="height: ${height}px"
    ></tim-conversation-list>`,
  );
}

/** The row (role option) of a conversation. */
export function conversationOption(el: TimConversationList, id: string): HTMLElement | null {
  return shadow(el, `[role="option"][data-id="${CSS.escape(id)}"]`);
}

// The demo page uses the tags exactly as any site would: one provider around every element of
// the kit, in four sections. It asks the emulator's dev-only endpoint for a UserSig; a real site
// asks its own backend.
import '@tim-kit/elements';
import type { TimCore } from '@tim-kit/headless';
import { renderSections, showSection, wireTabs } from './layout.js';

const params = new URLSearchParams(location.search);
const userID = params.get('user');
const app = document.querySelector<HTMLElement>('#app');
const form = document.querySelector<HTMLFormElement>('#new-chat');

async function start(user: string): Promise<void> {
  if (!app || !form) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.textContent === user) link.setAttribute('aria-current', 'page');
  }
  const response = await fetch(`/dev/usersig?userID=${encodeURIComponent(user)}`);
  if (!response.ok)
    throw new Error(`The emulator refused a UserSig for "${user}" (HTTP ${response.status}).`);
  const { sdkAppID } = (await response.json()) as { sdkAppID: number };
  document.title = `${user} · tim-kit demo`;

  const provider = document.createElement('tim-provider');
  provider.setAttribute('sdk-app-id', String(sdkAppID));
  provider.setAttribute('proxy-server', `ws://${location.host}`);
  provider.setAttribute('user-sig-url', '/dev/usersig');
  provider.setAttribute('user-id', user);
  provider.innerHTML = renderSections();
  wireTabs(provider);
  provider.addEventListener('tim-error', (event) => {
    const { code, message } = (event as CustomEvent<{ code: number; message: string }>).detail;
    console.error(`tim-kit error ${code}: ${message}`);
  });
  app.replaceChildren(provider);
  void coreOf(provider).then((core) => followActiveConversation(provider, core));

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const peer = new FormData(form).get('peer');
    if (typeof peer !== 'string' || peer.trim() === '') return;
    provider.activeCore?.conversations.setActive(`C2C${peer.trim()}`);
    form.reset();
  });
}

/** The provider builds its core once the SDK is loaded; the page needs it to follow the chat. */
async function coreOf(provider: HTMLElement & { activeCore?: TimCore }): Promise<TimCore> {
  while (!provider.activeCore) await new Promise((resolve) => setTimeout(resolve, 50));
  return provider.activeCore;
}

/**
 * Opening a chat anywhere (a contact, a group, a profile card) shows the Chats section; a group
 * conversation offers its settings beside the chat.
 */
function followActiveConversation(root: HTMLElement, core: TimCore): void {
  const toggle = root.querySelector<HTMLButtonElement>('.settings-toggle');
  const side = root.querySelector<HTMLElement>('.group-side');
  const settings = root.querySelector('tim-group-settings');
  if (!toggle || !side || !settings) return;
  toggle.addEventListener('click', () => {
    side.hidden = !side.hidden;
    toggle.setAttribute('aria-expanded', String(!side.hidden));
  });
  core.conversations.$activeConversationID.subscribe((id) => {
    const groupID = id?.startsWith('GROUP') ? id.slice('GROUP'.length) : '';
    toggle.hidden = groupID === '';
    if (groupID) settings.setAttribute('group-id', groupID);
    else side.hidden = true;
    toggle.setAttribute('aria-expanded', String(!side.hidden));
    if (id) showSection(root, 'chats');
  });
}

if (userID) {
  start(userID).catch((error: unknown) => {
    if (app) {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = error instanceof Error ? error.message : String(error);
      app.replaceChildren(p);
    }
  });
}

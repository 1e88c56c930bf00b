// The demo page uses the tags exactly as any site would: one provider, a list and a chat.
// It asks the emulator's dev-only endpoint for a UserSig; a real site asks its own backend.
import '@tim-kit/elements';

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
  provider.innerHTML =
    '<div class="layout"><tim-conversation-list></tim-conversation-list><tim-chat></tim-chat></div>';
  provider.addEventListener('tim-error', (event) => {
    const { code, message } = (event as CustomEvent<{ code: number; message: string }>).detail;
    console.error(`tim-kit error ${code}: ${message}`);
  });
  app.replaceChildren(provider);

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const peer = new FormData(form).get('peer');
    if (typeof peer !== 'string' || peer.trim() === '') return;
    provider.activeCore?.conversations.setActive(`C2C${peer.trim()}`);
    form.reset();
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

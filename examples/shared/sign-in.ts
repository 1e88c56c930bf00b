// Signs a user in against the emulator that serves this page (`--serve`, `--dev`): the page's
// own origin answers /dev/usersig and its WebSocket is the SDK's proxyServer. A real app asks
// its own backend for the UserSig and leaves proxyServer out to reach Tencent Cloud.
import { createChat, createTimCore, type TimCore } from '@tim-kit/headless';

export async function signIn(userID: string): Promise<TimCore> {
  const response = await fetch(`/dev/usersig?userID=${encodeURIComponent(userID)}`);
  if (!response.ok) throw new Error(`no UserSig for "${userID}" (HTTP ${response.status})`);
  const { sdkAppID, userSig } = (await response.json()) as { sdkAppID: number; userSig: string };
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const chat = await createChat({
    SDKAppID: sdkAppID,
    proxyServer: `${scheme}://${location.host}`,
  });
  const core = createTimCore({ chat });
  await core.auth.login({ userID, userSig });
  return core;
}

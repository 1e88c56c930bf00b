// Cores for the loading and error stories. Each runs on an SDK instance of its own (the SDK keeps
// one instance per SDKAppID), so neither touches the viewer's logged-in SDK that every other
// story shares.
import { createChat, createTimCore, type TimCore } from '@tim-kit/headless';
import { EMULATOR_URL, userSig, type StoryConnection } from './tim-story.js';

/** SDKAppIDs the emulator does not use; the SDK is only asked for distinct instances. */
const PENDING_APP_ID = 1_400_000_101;
const REJECTED_APP_ID = 1_400_000_102;

/** Port 9 (discard) has no listener on loopback: the socket never opens, so login never ends. */
const UNREACHABLE_PROXY = 'ws://127.0.0.1:9';

/** A day: long enough that the story stays in its loading state while anyone looks at it. */
const PENDING_LOGIN_MS = 24 * 3600_000;

let pending: Promise<StoryConnection> | undefined;

/** A core whose login is still going: its SDK is pointed at a proxy that never answers. */
export function pendingCore(): Promise<StoryConnection> {
  pending ??= (async (): Promise<StoryConnection> => {
    const sig = await userSig('sb-pending');
    const chat = await createChat({ SDKAppID: PENDING_APP_ID, proxyServer: UNREACHABLE_PROXY });
    const core = createTimCore({ chat, loginTimeoutMs: PENDING_LOGIN_MS });
    // Not awaited: the story shows the core while the login is in flight.
    core.auth.login({ userID: 'sb-pending', userSig: sig.userSig }).catch(() => undefined);
    return { core };
  })().catch((error: unknown) => {
    pending = undefined;
    return { error: error instanceof Error ? error.message : String(error) };
  });
  return pending;
}

export interface RejectedConnection {
  core: TimCore;
  /** How the emulator refused the login, e.g. "70003 ... UserSig malformed". */
  reason: string;
}

let rejected: Promise<RejectedConnection | { core?: undefined; error: string }> | undefined;

/** A core whose login the emulator refused: the UserSig is not a UserSig. */
export function rejectedCore(): Promise<RejectedConnection | { core?: undefined; error: string }> {
  rejected ??= (async () => {
    const chat = await createChat({
      SDKAppID: REJECTED_APP_ID,
      proxyServer: EMULATOR_URL.replace(/^http/, 'ws'),
    });
    const core = createTimCore({ chat, loginTimeoutMs: 15_000 });
    try {
      await core.auth.login({ userID: 'sb-bad-sig', userSig: 'not-a-usersig' });
    } catch (error) {
      const e = error as { code?: number; message?: string };
      return { core, reason: `${e.code ?? ''} ${e.message ?? String(error)}`.trim() };
    }
    return { error: 'the emulator accepted a malformed UserSig' };
  })().catch((error: unknown) => {
    rejected = undefined;
    return { error: error instanceof Error ? error.message : String(error) };
  });
  return rejected;
}

/** Storybook loaders: `context.loaded.tim` is the state core. */
export const pendingLoader = async (): Promise<{ tim: StoryConnection }> => ({
  tim: await pendingCore(),
});

export const rejectedLoader = async (): Promise<{
  tim: StoryConnection;
  reason: string;
}> => {
  const r = await rejectedCore();
  return r.core ? { tim: { core: r.core }, reason: r.reason } : { tim: r, reason: '' };
};

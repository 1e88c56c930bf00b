// Logs one browser user in through the real SDK and the headless core. create() caches one SDK
// per SDKAppID per page, so a test file calls loginCore once and plays other users over REST or
// with nodePeer.
import {
  createChat,
  createTimCore,
  type ChatSDK,
  type TimCore,
  type TimCoreOptions,
} from '@tim-kit/headless';
import { importAccount, nodePeer, testEnv, userSig } from './emulator.js';

export async function chatForTests(): Promise<ChatSDK> {
  return createChat({ SDKAppID: testEnv.sdkAppID, proxyServer: testEnv.wsUrl, logLevel: 3 });
}

export async function loginCore(
  userID: string,
  options: Omit<TimCoreOptions, 'chat'> = {},
): Promise<{ core: TimCore; chat: ChatSDK }> {
  const chat = await chatForTests();
  await importAccount(userID);
  const core = createTimCore({ chat, ...options });
  await core.auth.login({ userID, userSig: await userSig(userID) });
  return { core, chat };
}

/** Resolves when `read()` returns something truthy, or fails with `what` after `timeoutMs`. */
export async function until<T>(
  read: () => T,
  what: string,
  timeoutMs = 8000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/** The `after` of a suite that logged the page's user in and `peer` in through nodePeer. */
export async function endCoreAndPeer(core: TimCore | undefined, peer: string): Promise<void> {
  core?.destroy();
  await nodePeer.logout(peer);
}

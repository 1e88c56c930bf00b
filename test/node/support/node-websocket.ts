// What a headless core needs to run in Node 20 tests (and nodeCore, which builds one): the ws package's WebSocket (the emulator's
// copy), handed to createChat, which installs it as the global with a guard against ws's "closed
// before the connection was established" error on teardown.
import { createRequire } from 'node:module';
import { createChat, createTimCore, type TimCore } from '@tim-kit/headless';

const requireFromEmulator = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);

export const { WebSocket } = requireFromEmulator('ws') as {
  WebSocket: new (url: string) => unknown;
};

/**
 * SDK 3.6.6 leaks its 1 s "not logged in" interval around a kick-out (ChannelModule.reset()
 * starts a new one without clearing the last; destroy() after a kick rejects with 2024). Until
 * the returned function runs, intervals made in this process do not hold it open.
 */
export function unrefIntervals(): () => void {
  const real = globalThis.setInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) =>
    real(...args).unref()) as typeof setInterval;
  return () => {
    globalThis.setInterval = real;
  };
}

/** A headless core over createChat against `emu`, quiet (SDK log level 4), not logged in yet. */
export async function nodeCore(emu: { sdkAppID: number; wsUrl: string }): Promise<TimCore> {
  const chat = await createChat({
    WebSocket,
    SDKAppID: emu.sdkAppID,
    proxyServer: emu.wsUrl,
    logLevel: 4,
  });
  return createTimCore({ chat, loginTimeoutMs: 10_000 });
}

// An echo bot over @tim-kit/headless in plain Node: it logs in, answers every one-to-one text
// with "echo: <text>", and on SIGINT/SIGTERM logs out and shuts the SDK down. It never calls
// process.exit: once core.shutdown() is done nothing is left running, so Node exits by itself.
//
//   npm start            # the emulator with --dev, in another terminal
//   npm run bot          # then write to "echo-bot" from http://127.0.0.1:5174/?user=alice
import { createRequire } from 'node:module';
import {
  createChat,
  createTimCore,
  isSdkBackgroundRejection,
  type TimCore,
  type TimMessage,
  type WebSocketConstructor,
} from '@tim-kit/headless';
import { ConfigError, USAGE, readConfig } from './config.js';

const log = (line: string): void => console.log(`[echo-bot] ${line}`);

/**
 * Node 20 has no global WebSocket. In your own project: `npm install ws` and
 * `import { WebSocket } from 'ws'`. Inside this repository the emulator's ws 8 is used (the
 * repository root only resolves an older ws that some tooling pulls in).
 */
function nodeWebSocket(): WebSocketConstructor | undefined {
  if (typeof globalThis.WebSocket === 'function') return undefined;
  const fromEmulator = createRequire(
    new URL('../../packages/emulator/package.json', import.meta.url),
  );
  return (fromEmulator('ws') as { WebSocket: WebSocketConstructor }).WebSocket;
}

/** Replies to C2C texts from others; everything else (own sends, groups, media) is ignored. */
function answerTexts(core: TimCore, isStopping: () => boolean): () => void {
  const answer = async (message: TimMessage): Promise<void> => {
    try {
      await core.messages.sendText(message.conversationID, `echo: ${message.text}`);
      log(`answered ${message.from}`);
    } catch (error) {
      if (!isStopping()) log(`could not answer ${message.from}: ${describe(error)}`);
    }
  };
  return core.messages.onReceived((batch) => {
    for (const message of batch) {
      const isC2C = message.conversationID.startsWith('C2C');
      if (isC2C && message.kind === 'text' && !message.fromSelf) void answer(message);
    }
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return code === undefined ? error.message : `${error.message} (${String(code)})`;
  }
  return String(error);
}

async function main(): Promise<void> {
  const config = await readConfig(process.argv.slice(2), process.env);
  if (!config) {
    console.log(USAGE);
    return;
  }
  const chat = await createChat({
    SDKAppID: config.sdkAppID,
    proxyServer: config.wsUrl,
    logLevel: 4,
    WebSocket: nodeWebSocket(),
  });
  const core = createTimCore({ chat, onError: (error) => log(`warning: ${describe(error)}`) });

  let stopping = false;
  let stopAnswering = (): void => undefined;
  const stop = async (reason: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${reason}: logging out`);
    stopAnswering();
    await core.shutdown();
    log('stopped');
  };
  // The SDK's own background requests (e.g. a group profile fetch after an invite) can reject
  // with nobody awaiting them; Node would end the bot for it. Log those, crash on anything else.
  process.on('unhandledRejection', (reason) => {
    if (!isSdkBackgroundRejection(reason)) throw reason;
    log(`warning: SDK background request failed with code ${reason.code}`);
  });
  // `once`: a second Ctrl+C while shutting down falls back to Node's default and ends at once.
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    await core.auth.login({ userID: config.userID, userSig: config.userSig });
  } catch (error) {
    if (stopping) return; // a signal arrived while logging in; stop() is already tidying up
    log(`login failed: ${describe(error)}`);
    process.exitCode = 1;
    await stop('login failed');
    return;
  }
  stopAnswering = answerTexts(core, () => stopping);
  log(`online as ${config.userID} on ${config.wsUrl}; press Ctrl+C to stop`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) log(error.message);
  else log(`failed: ${describe(error)}`);
  process.exitCode = 1;
});

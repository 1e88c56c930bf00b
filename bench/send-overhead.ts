// Benchmark: what the headless core adds on top of the raw SDK when sending text.
// Both paths run side by side in one process against one in-process emulator, in alternating
// rounds, and the result is reported as a ratio (core time / raw SDK time), not as absolute
// times: this machine is shared and noisy.
//
//   npm run bench            (N=100 messages per batch, 5 rounds)
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { startEmulator } from '@tim-kit/emulator';
import { createChat, createTimCore } from '@tim-kit/headless';
import { createSdkClient } from '../test/node/support/sdk-client.js';

const requireFromEmulator = createRequire(
  new URL('../packages/emulator/package.json', import.meta.url),
);
(globalThis as { WebSocket?: unknown }).WebSocket ??= (
  requireFromEmulator('ws') as { WebSocket: unknown }
).WebSocket;

const perBatch = Number(process.env.BENCH_N ?? 100);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);

const emulator = await startEmulator({ port: 0, data: ':memory:', log: false });
const peer = await createSdkClient(emulator, 'bench-bob');
await peer.login();
const chat = await createChat({
  SDKAppID: emulator.sdkAppID,
  proxyServer: emulator.wsUrl,
  logLevel: 4,
});
const core = createTimCore({ chat, isPageVisible: () => false, onError: () => undefined });
await core.auth.login({ userID: 'bench-alice', userSig: emulator.genUserSig('bench-alice') });

const conversationID = 'C2Cbench-bob';
const raw = chat as unknown as {
  createTextMessage(o: unknown): unknown;
  sendMessage(m: unknown): Promise<unknown>;
};

async function rawBatch(round: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < perBatch; i++) {
    const message = raw.createTextMessage({
      to: 'bench-bob',
      conversationType: 'C2C',
      payload: { text: `raw ${round}/${i}` },
    });
    await raw.sendMessage(message);
  }
  return performance.now() - start;
}

async function coreBatch(round: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < perBatch; i++)
    await core.messages.sendText(conversationID, `core ${round}/${i}`);
  return performance.now() - start;
}

const ratios: number[] = [];
await rawBatch(-1); // warm-up, not counted
for (let round = 0; round < rounds; round++) {
  // Alternate the order so neither path always runs on a warmer process.
  let rawMs: number;
  let coreMs: number;
  if (round % 2 === 0) {
    rawMs = await rawBatch(round);
    coreMs = await coreBatch(round);
  } else {
    coreMs = await coreBatch(round);
    rawMs = await rawBatch(round);
  }
  ratios.push(coreMs / rawMs);
}
ratios.sort((a, b) => a - b);
const median = ratios[Math.floor(ratios.length / 2)] ?? NaN;
console.log(
  `send overhead: headless sendText / raw SDK sendMessage = ${median.toFixed(2)} ` +
    `(median of ${rounds} rounds, ${perBatch} messages each; all ratios ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
);

await core.auth.logout().catch(() => undefined);
core.destroy();
await peer.destroy();
await emulator.close();
process.exit(0);

// createChat's logLevel covers every line the SDK prints, including the group and relationship
// modules' own loggers (which setLogLevel cannot reach) and the lines create() prints before it.
// A fresh process per case: the SDK files keep the console they were first evaluated with.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const probe = (logLevel: number) => `
import { createRequire } from 'node:module';
const { WebSocket } = createRequire(${JSON.stringify(`${root}packages/emulator/package.json`)})('ws');
const { startEmulator } = await import('@tim-kit/emulator');
const { createChat, createTimCore } = await import('@tim-kit/headless');
const emulator = await startEmulator({ port: 0, data: ':memory:', dev: true, log: false });
console.log('--- start');
const chat = await createChat({
  SDKAppID: emulator.sdkAppID, proxyServer: emulator.wsUrl, logLevel: ${logLevel}, WebSocket,
});
const core = createTimCore({ chat });
await core.auth.login({ userID: 'quiet-alice', userSig: emulator.genUserSig('quiet-alice') });
await core.auth.logout();
console.log('--- end');
await core.shutdown();
await emulator.close();
`;

/** Everything the process printed between the markers (stdout and stderr). */
async function printedDuringLogin(logLevel: number): Promise<string[]> {
  const run = promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', probe(logLevel)],
    { cwd: root },
  );
  const { stdout, stderr } = await run;
  const lines = stdout.split('\n');
  const between = lines.slice(lines.indexOf('--- start') + 1, lines.indexOf('--- end'));
  return [...between, ...stderr.split('\n')].filter((line) => line.trim() !== '');
}

test("logLevel 4 ('none') prints nothing while the SDK is created, logs in and out", async () => {
  assert.deepEqual(await printedDuringLogin(4), []);
});

test('logLevel 0 (verbose) still prints the group and relationship modules’ lines', async () => {
  const printed = await printedDuringLogin(0);
  assert.ok(
    printed.some((line) => line.includes('CommonGroupHandler')),
    printed.join('\n'),
  );
  assert.ok(
    printed.some((line) => line.includes('FriendHandler')),
    printed.join('\n'),
  );
});

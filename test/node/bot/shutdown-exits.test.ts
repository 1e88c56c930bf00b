// core.shutdown() in plain Node: after it, the process has nothing left to run and ends by itself
// (the SDK alone would keep a 1 s timer alive forever, see packages/headless/src/sdk/leaked-timers.ts).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { useEmulator } from '../support/emulator-fixture.js';
import { runTs, type NodeChild } from './child.js';

const fx = useEmulator();
const children: NodeChild[] = [];
after(() => children.forEach((child) => child.kill()));

test('a program that logs in and calls core.shutdown() exits by itself with code 0', async () => {
  const emu = await fx.start();
  const program = runTs('test/node/bot/fixtures/login-then-shutdown.ts', [], {
    TIM_SDK_APP_ID: String(emu.sdkAppID),
    TIM_WS_URL: emu.wsUrl,
    TIM_USER_ID: 'shutdown-user',
    TIM_USER_SIG: emu.genUserSig('shutdown-user'),
  });
  children.push(program);
  await program.waitForLine(/logged in as shutdown-user/);
  // A guard, not a speed check: without the timer cleanup the process would never end.
  const exit = await program.exited(20_000);
  assert.deepEqual(exit, { code: 0, signal: null }, program.output.slice(-10).join('\n'));
  assert.ok(program.output.includes('shut down: logged-out'), 'the core reports logged-out');
});

test('a program using the seed facade exits by itself after shutdown()', async () => {
  const emu = await fx.start();
  const program = runTs('test/node/bot/fixtures/compat-login-then-shutdown.ts', [], {
    TIM_SDK_APP_ID: String(emu.sdkAppID),
    TIM_WS_URL: emu.wsUrl,
    TIM_USER_ID: 'compat-shutdown-user',
    TIM_USER_SIG: emu.genUserSig('compat-shutdown-user'),
  });
  children.push(program);
  await program.waitForLine(/logged in as compat-shutdown-user/);
  const exit = await program.exited(20_000);
  assert.deepEqual(exit, { code: 0, signal: null }, program.output.slice(-10).join('\n'));
  assert.ok(program.output.includes('shut down: core released'));
});

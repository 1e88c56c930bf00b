// `npm run storybook`: make sure an emulator answers (start one in-process on :5174 with demo
// users if nothing does), then run Storybook with STORYBOOK_TIM_EMULATOR pointing at it.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';

const root = new URL('..', import.meta.url).pathname;
const url = process.env.STORYBOOK_TIM_EMULATOR ?? 'http://127.0.0.1:5174';

async function answers(base) {
  try {
    const response = await fetch(`${base}/dev/usersig?userID=alice`);
    return response.ok;
  } catch {
    return false;
  }
}

let emulator;
if (!(await answers(url))) {
  register();
  const { startEmulator } = await import('../packages/emulator/src/index.ts');
  emulator = await startEmulator({
    port: Number(new URL(url).port),
    data: ':memory:',
    dev: true,
    seedUsers: ['alice', 'bob', 'carol'],
  });
  console.log(`Storybook emulator on ${emulator.url}`);
}

// The docs pages read the elements' manifest: bring it in line with the sources first.
const analyzed = spawnSync(
  join(root, 'node_modules/.bin/cem'),
  ['analyze', '--config', 'custom-elements-manifest.config.mjs'],
  { cwd: root, stdio: 'inherit' },
);
if (analyzed.status !== 0) console.warn('cem analyze failed: the docs pages may be out of date');

const child = spawn(
  join(root, 'node_modules/.bin/storybook'),
  ['dev', '-p', '6006', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_TIM_EMULATOR: url, STORYBOOK_DISABLE_TELEMETRY: '1' },
  },
);
const stop = async (code) => {
  await emulator?.close();
  process.exit(code ?? 0);
};
child.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

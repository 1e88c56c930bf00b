// `npm start`: bundle the demo page, then run the emulator with a persistent data file under
// .data/ (git-ignored), the users alice, bob and carol, the dev UserSig endpoint and the demo.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo } from './build-demo.mjs';

const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '5174';
mkdirSync(join(root, '.data'), { recursive: true });

await buildDemo();

const emulator = spawn(
  process.execPath,
  [
    join(root, 'packages/emulator/bin/tim-emulator.mjs'),
    '--port',
    port,
    '--data',
    join(root, '.data/demo.sqlite'),
    '--seed',
    'alice,bob,carol',
    '--dev',
    '--serve',
    join(root, 'demo'),
  ],
  { cwd: root, stdio: 'inherit' },
);

console.log(
  `\nDemo: open http://127.0.0.1:${port}/?user=alice and http://127.0.0.1:${port}/?user=bob side by side.\n`,
);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => emulator.kill(signal));
emulator.on('exit', (code) => process.exit(code ?? 0));

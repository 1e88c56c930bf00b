// Checks that every servcmd packages/emulator/README.md marks implemented reached an emulator
// during the test run: the node and browser suites append `<servcmd> <code>` lines to the file
// named by TIM_SERVCMD_LOG (test/support/servcmd-recorder.ts). Usage: servcmd-coverage.mjs <file>
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const readme = readFileSync(new URL('packages/emulator/README.md', root), 'utf8');
const table = readme.slice(
  readme.indexOf('<!-- servcmds:start -->'),
  readme.indexOf('<!-- servcmds:end -->'),
);
const implemented = [...table.matchAll(/^\|\s*`([^`]+)`\s*\|\s*implemented\s*\|/gm)].map(
  (m) => m[1],
);

const seen = new Map(); // servcmd -> { sent, succeeded }
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  const [servcmd, code] = line.split(' ');
  if (!servcmd) continue;
  const entry = seen.get(servcmd) ?? { sent: 0, succeeded: 0 };
  entry.sent += 1;
  if (code === '0') entry.succeeded += 1;
  seen.set(servcmd, entry);
}

const never = implemented.filter((s) => !seen.has(s));
const neverOk = implemented.filter((s) => seen.has(s) && seen.get(s).succeeded === 0);
console.log(
  `${implemented.length} servcmds implemented; ${implemented.length - never.length} sent by the ` +
    `real SDK during the tests (${neverOk.length} of them only ever refused)`,
);
for (const s of neverOk) console.log(`  only refused: ${s}`);
for (const s of never) console.log(`  never sent: ${s}`);
process.exit(never.length > 0 ? 1 : 0);

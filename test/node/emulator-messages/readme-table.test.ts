// The servcmd table in packages/emulator/README.md must tell the truth: its
// "implemented" rows are exactly the handler table, and it lists every servcmd
// of the SDK (packages/emulator/servcmds.txt, checked by `npm run sdk:servcmds`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { handlers } from '../../../packages/emulator/src/handlers/index.js';

const root = new URL('../../../packages/emulator/', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const table = readme.slice(
  readme.indexOf('<!-- servcmds:start -->'),
  readme.indexOf('<!-- servcmds:end -->'),
);
const rows = [...table.matchAll(/^\|\s*`([^`]+)`\s*\|([^|]+)\|/gm)].map((m) => ({
  servcmd: m[1] as string,
  status: (m[2] as string).trim(),
}));

test('the README marks exactly the handled servcmds as implemented', () => {
  const implemented = rows.filter((r) => r.status === 'implemented').map((r) => r.servcmd);
  assert.deepEqual(implemented.sort(), Object.keys(handlers).sort());
});

test('the README lists every servcmd of the SDK once', () => {
  const sdk = readFileSync(new URL('servcmds.txt', root), 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(rows.map((r) => r.servcmd).sort(), [...sdk].sort());
});

test('every servcmd not implemented says why it is refused or not needed', () => {
  for (const r of rows.filter((x) => x.status !== 'implemented'))
    assert.match(r.status, /^(refused \d+|not needed)$/, r.servcmd);
});

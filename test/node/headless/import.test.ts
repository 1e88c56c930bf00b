// The headless core must import under SSR and in plain Node: no window, no document, no
// WebSocket, and importing it must not define any global. A fresh process proves that, because
// this one may already have globals installed by other tests.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const probe = `
const before = new Set(Object.getOwnPropertyNames(globalThis));
const headless = await import('@tim-kit/headless');
const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
console.log(JSON.stringify({
  hasWindow: typeof window !== 'undefined',
  hasDocument: typeof document !== 'undefined',
  exports: Object.keys(headless).sort(),
  added,
}));
`;

test('@tim-kit/headless imports in Node with no DOM and defines no globals of its own', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', probe],
    { cwd: root },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    hasWindow: boolean;
    hasDocument: boolean;
    exports: string[];
    added: string[];
  };
  assert.equal(result.hasWindow, false);
  assert.equal(result.hasDocument, false);
  // nanostores keeps one shared registry on globalThis so two copies of it cooperate; that is the
  // only global an import may add.
  assert.deepEqual(
    result.added.filter((name) => name !== 'nanostoresGlobal'),
    [],
  );
  for (const name of ['createChat', 'createTimCore', 'TimError', 'TimErrorCode'])
    assert.ok(result.exports.includes(name), name);
});

// The seed-compatible facade is a second entry point; it must be just as inert on import. Node 21+
// defines `navigator` itself, so the probe compares before and after rather than checking absence.
const compatProbe = `
const before = new Set(Object.getOwnPropertyNames(globalThis));
const navigatorBefore = typeof navigator;
await import('@tim-kit/headless');
const compat = await import('@tim-kit/headless/compat');
console.log(JSON.stringify({
  hasWindow: typeof window !== 'undefined',
  hasDocument: typeof document !== 'undefined',
  navigatorChanged: typeof navigator !== navigatorBefore,
  exportCount: Object.keys(compat).length,
  added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)),
}));
`;

test('@tim-kit/headless/compat imports in Node with no window, document or navigator of its own', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', compatProbe],
    { cwd: root },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    hasWindow: boolean;
    hasDocument: boolean;
    navigatorChanged: boolean;
    exportCount: number;
    added: string[];
  };
  assert.equal(result.hasWindow, false);
  assert.equal(result.hasDocument, false);
  assert.equal(result.navigatorChanged, false);
  assert.ok(result.exportCount > 0, 'the compat entry exports something');
  assert.deepEqual(
    result.added.filter((name) => name !== 'nanostoresGlobal'),
    [],
  );
});

// The Storybook catalogue covers every element: builds it the way `npm run build-storybook`
// does (manifest first, then `storybook build`) into a temp dir and reads the built index.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  exportName?: string;
  importPath: string;
  tags?: string[];
}

interface ManifestElement {
  tagName: string;
  summary?: string;
}

let out = '';
let entries: IndexEntry[] = [];
let elements: ManifestElement[] = [];
/** The tag each stories file documents (its default export's `component`). */
const componentOf = new Map<string, string>();

before(
  async () => {
    out = await mkdtemp(join(tmpdir(), 'tim-storybook-'));
    await run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
      cwd: root,
    });
    await run(bin('storybook'), ['build', '--quiet', '-o', out], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    entries = Object.values(index.entries);
    const manifest = JSON.parse(
      await readFile(join(root, 'packages/elements/custom-elements.json'), 'utf8'),
    ) as { modules: { declarations?: Array<Partial<ManifestElement>> }[] };
    elements = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d): d is ManifestElement => typeof d.tagName === 'string');
    for (const path of new Set(entries.map((e) => e.importPath))) {
      const source = await readFile(join(root, path), 'utf8');
      const component = /\bcomponent:\s*'([a-z][a-z0-9-]*)'/.exec(source)?.[1];
      if (component) componentOf.set(path, component);
    }
  },
  { timeout: 300_000 },
);

after(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

test('the manifest lists the elements the catalogue is checked against', () => {
  const tags = elements.map((e) => e.tagName);
  assert.ok(tags.includes('tim-chat') && tags.includes('tim-provider'), tags.join(', '));
});

test('every element in custom-elements.json has at least one story', () => {
  const storied = new Set(
    entries.filter((e) => e.type === 'story').map((e) => componentOf.get(e.importPath)),
  );
  const missing = elements.map((e) => e.tagName).filter((tag) => !storied.has(tag));
  assert.deepEqual(missing, [], `elements without a story: ${missing.join(', ')}`);
});

test('every element has a generated docs page', () => {
  const documented = new Set(
    entries
      .filter((e) => e.type === 'docs' && e.tags?.includes('autodocs'))
      .map((e) => componentOf.get(e.importPath)),
  );
  const missing = elements.map((e) => e.tagName).filter((tag) => !documented.has(tag));
  assert.deepEqual(missing, [], `elements without a docs page: ${missing.join(', ')}`);
});

test("the docs pages are built from the elements' manifest", async () => {
  const assets = join(out, 'assets');
  const bundle = (
    await Promise.all(
      (await readdir(assets))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFile(join(assets, f), 'utf8')),
    )
  ).join('\n');
  // Each element's @summary reaches the docs only through the manifest. The bundle may escape
  // quotes and line breaks, so look for the summary's longest run of plain words.
  const plainWords = (text: string) =>
    (text.match(/[A-Za-z0-9 ,]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  const absent = elements
    .filter((e) => e.summary && !bundle.includes(plainWords(e.summary)))
    .map((e) => e.tagName);
  assert.deepEqual(absent, [], `summaries missing from the built docs: ${absent.join(', ')}`);
});

test('each element with a core has loading, error or empty states beyond its default', () => {
  const states = /^(Loading|ErrorState|Empty|SignedOut|NotAMember)$/;
  const lacking = elements
    .map((e) => e.tagName)
    .filter(
      (tag) =>
        !entries.some(
          (e) =>
            e.type === 'story' &&
            componentOf.get(e.importPath) === tag &&
            states.test(e.exportName ?? ''),
        ),
    );
  assert.deepEqual(lacking, [], `elements with no state story: ${lacking.join(', ')}`);
});

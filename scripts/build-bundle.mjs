// `npm run build:bundle`: the single-file ESM bundle packages/elements/dist/tim-kit.js. It holds
// every tag (src/all.ts), lit, nanostores, the SDK core with its group and relationship modules
// and tim-upload-plugin, so a page needs nothing but `<script type="module" src="tim-kit.js">`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
export const bundlePath = join(root, 'packages/elements/dist/tim-kit.js');

/** Builds the bundle and answers its size in bytes, raw and gzipped. */
export async function buildBundle() {
  await build({
    entryPoints: [join(root, 'packages/elements/src/all.ts')],
    outfile: bundlePath,
    bundle: true,
    // No code splitting: the SDK's lazily imported modules are inlined into the one file.
    splitting: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'eof',
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    // A plain page has no `process`: fold the checks lit and the SDK make at build time.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const bytes = readFileSync(bundlePath);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip } = await buildBundle();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`packages/elements/dist/tim-kit.js: ${kb(raw)} raw, ${kb(gzip)} gzip`);
}

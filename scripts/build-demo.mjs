// Bundles demo/main.ts (the drop-in tags on a plain page) into demo/dist with esbuild.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

export async function buildDemo() {
  await build({
    entryPoints: [join(root, 'demo/main.ts')],
    outdir: join(root, 'demo/dist'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    sourcemap: true,
    conditions: ['source', 'browser'],
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDemo();

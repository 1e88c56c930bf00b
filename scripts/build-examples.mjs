// `npm run build:examples`: bundles examples/react and examples/vue into examples/*/dist with
// esbuild (React through esbuild's JSX transform; Vue through its runtime-compiler build).
import { build } from 'esbuild';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  conditions: ['source', 'browser'],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
};

export async function buildExamples() {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'examples/react/src/main.tsx')],
      outdir: join(root, 'examples/react/dist'),
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
    }),
    build({
      ...common,
      entryPoints: [join(root, 'examples/vue/src/main.ts')],
      outdir: join(root, 'examples/vue/dist'),
      alias: { vue: 'vue/dist/vue.esm-bundler.js' },
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    }),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildExamples();

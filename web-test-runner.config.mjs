// Browser suites run in real Chromium against an emulator that this config starts in-process.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { register } from 'tsx/esm/api';
import { chromeFlags, resolveChromePath } from './scripts/chrome.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';

register();
const { startEmulator } = await import('./packages/emulator/src/index.ts');
const { timTestCommands } = await import('./test/support/wtr-commands.ts');
const { quietRecordingLog } = await import('./test/support/servcmd-recorder.ts');

// A test may move the server clock (e.g. past the 2-minute revoke window) and must move it back.
const clock = { offsetSeconds: 0 };
const emulator = await startEmulator({
  port: 0,
  data: ':memory:',
  dev: true,
  ...quietRecordingLog(),
  now: () => Math.floor(Date.now() / 1000) + clock.offsetSeconds,
});
const executablePath = await resolveChromePath();

const testInfo = JSON.stringify({
  url: emulator.url,
  wsUrl: emulator.wsUrl,
  sdkAppID: emulator.sdkAppID,
});

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 60_000 } },
  browsers: [
    chromeLauncher({ launchOptions: { executablePath, args: chromeFlags, headless: true } }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      target: 'es2022',
    }),
    timTestCommands(emulator, clock),
    {
      name: 'tim-emulator-shutdown',
      async serverStop() {
        await emulator.close();
      },
    },
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <script>
      window.process = { env: { NODE_ENV: 'development' } };
      window.__TIM_TEST__ = ${testInfo};
      // lit-virtualizer's observers trip this benign browser notice; mocha would count it as a failure.
      window.addEventListener('error', (e) => {
        if (String(e.message).includes('ResizeObserver loop')) e.stopImmediatePropagation();
      }, true);
    </script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.TIM_RESULTS_FILE),
  ],
};

// `npm test`: static checks, the node:test suites and the browser suites, then one closing
// line `N passed, N failed` that sums every suite that ran. Exits non-zero if anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args, env = {}, timeoutMs = 25 * 60_000) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', ...env },
    });
    // A watchdog: a hung suite fails the run instead of eating CI's time limit.
    const timer = setTimeout(() => {
      console.log(`### ${cmd} still running after ${timeoutMs / 60_000} min: stopping it`);
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function findTests(dir, suffix) {
  const out = [];
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findTests(full, suffix));
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out.sort();
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** A static check counts as one test: it passes or it fails. */
async function check(name, cmd, args) {
  console.log(`\n### ${name}`);
  const code = await run(cmd, args);
  if (code === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    console.log(`### ${name} failed (exit ${code})`);
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);
// With both suites, record the servcmds the real SDK sent, then check them against the README.
const coverageFile = join(tmp, 'servcmds-seen.txt');
const checkCoverage = wants('node') && wants('browser');
rmSync(coverageFile, { force: true });
const coverageEnv = checkCoverage ? { TIM_SERVCMD_LOG: coverageFile } : {};

if (wants('static')) {
  await check('eslint', bin('eslint'), ['.']);
  await check('prettier', bin('prettier'), ['--check', '.']);
  await check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  await check('lit-analyzer', bin('lit-analyzer'), ['packages/elements/src/**/*.ts', '--strict']);
  await check('custom-elements manifest', bin('cem'), [
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
  ]);
}

if (wants('node')) {
  const files = findTests(join(root, 'test', 'node'), '.test.ts');
  console.log(`\n### node:test (${files.length} files)`);
  const resultFile = join(tmp, 'node-results.json');
  rmSync(resultFile, { force: true });
  const code = await run(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      // The SDK leaks timers in Node (its 1 s interval survives destroy()): end each file's
      // process once its tests are done, and fail a single test that hangs instead of the run.
      '--test-force-exit',
      '--test-timeout=120000',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      `--test-reporter=${join(root, 'scripts', 'node-count-reporter.mjs')}`,
      '--test-reporter-destination=/dev/null',
      ...files,
    ],
    { TIM_NODE_RESULTS: resultFile, ...coverageEnv },
  );
  const counts = readCounts(resultFile);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (code !== 0 && counts.failed === 0) totals.failed += 1;
  } else totals.failed += 1;
}

if (wants('browser')) {
  console.log('\n### web-test-runner (Chromium)');
  const resultFile = join(tmp, 'wtr-results.json');
  rmSync(resultFile, { force: true });
  const code = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
    TIM_RESULTS_FILE: resultFile,
    ...coverageEnv,
  });
  const counts = readCounts(resultFile);
  if (counts) {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (code !== 0 && counts.failed === 0) totals.failed += 1;
  } else totals.failed += 1;
}

if (checkCoverage) {
  await check('servcmd coverage (README "implemented" rows the tests sent)', process.execPath, [
    join(root, 'scripts', 'servcmd-coverage.mjs'),
    coverageFile,
  ]);
}

console.log('');
console.log(
  `${totals.passed} passed, ${totals.failed} failed` +
    (totals.skipped ? `, ${totals.skipped} skipped` : ''),
);
process.exit(totals.failed > 0 ? 1 : 0);

// Records which servcmds the tests made the real SDK send, so `npm test` can check that every
// servcmd the emulator README marks implemented was exercised (scripts/servcmd-coverage.mjs).
// Active only when TIM_SERVCMD_LOG names a file; each emulator a test starts appends
// `<servcmd> <code>` lines to it. Other log lines stay silent, as with `log: false`.
import { appendFileSync } from 'node:fs';
import type { EmulatorOptions } from '@tim-kit/emulator';

const DEBUG_LINE = /^tim-emulator: debug (\S+) seq=\S* caller=\S* code=(-?\d+)/;

/** Options to spread into startEmulator(): quiet logging, plus the servcmd record when asked. */
export function quietRecordingLog(file = process.env.TIM_SERVCMD_LOG): EmulatorOptions {
  if (!file) return { log: false };
  return {
    logLevel: 'debug',
    log: (line) => {
      const m = DEBUG_LINE.exec(line);
      if (m) appendFileSync(file, `${m[1]} ${m[2]}\n`);
    },
  };
}

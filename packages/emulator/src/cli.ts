// tim-emulator CLI: parses flags, starts the emulator, prints one line, and
// closes gracefully on SIGINT/SIGTERM. Bad flags print usage and exit 2.
import { parseArgs } from 'node:util';
import { startEmulator, DEFAULT_SDK_APP_ID } from './emulator.js';

const USAGE = `usage: tim-emulator [options]
  --port <n>            port (default 5174; 0 = a free one)
  --host <addr>         address to listen on (default 127.0.0.1)
  --data <file|:memory:> SQLite state (default .data/emulator.sqlite)
  --sdkappid <n>        SDKAppID (default ${DEFAULT_SDK_APP_ID})
  --secret <key>        UserSig key (default: generated once, kept in <data>.secret)
  --admin <id>          REST admin identifier (default administrator)
  --dev                 enable GET /dev/usersig and POST /dev/uploads/hold|release
                        for loopback callers
  --serve <dir>         serve static files from <dir>
  --seed a,b,c          create these accounts (nick = capitalised ID)
  --quiet               no log lines except the listening line
  --debug               also one log line per request (servcmd, caller, result)
  --help                this text`;

function fail(message: string): never {
  console.error(`tim-emulator: ${message}\n${USAGE}`);
  process.exit(2);
}

function intFlag(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`--${name} must be an integer in ${min}..${max}`);
  return n;
}

async function main(): Promise<void> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        sdkappid: { type: 'string' },
        secret: { type: 'string' },
        admin: { type: 'string' },
        dev: { type: 'boolean' },
        serve: { type: 'string' },
        seed: { type: 'string' },
        quiet: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const str = (k: string): string | undefined => values[k] as string | undefined;
  const seed = str('seed')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const emu = await startEmulator({
    port: intFlag('port', str('port'), 5174, 0, 65535),
    host: str('host') ?? '127.0.0.1',
    data: str('data') ?? '.data/emulator.sqlite',
    sdkAppID: intFlag('sdkappid', str('sdkappid'), DEFAULT_SDK_APP_ID, 1, 0xffffffff),
    secret: str('secret'),
    admin: str('admin') ?? 'administrator',
    dev: values.dev === true,
    serve: str('serve'),
    seedUsers: seed,
    log: values.quiet ? false : (line) => console.error(line),
    logLevel: values.debug ? 'debug' : 'info',
  });
  console.log(`tim-emulator listening on ${emu.url} (sdkappid ${emu.sdkAppID})`);
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    emu.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(`tim-emulator: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

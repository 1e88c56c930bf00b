// The SDK's split ESM build (index.es.js, modules/group-module.js, modules/relationship-module.js)
// bundles one private logger per file. Each starts at level 0 (log everything), and
// chat.setLogLevel() only reaches the core's: the group and relationship loggers have no setter
// anyone can call, so they print ~20 "Chat ..." lines per login whatever the app asked for. The
// core's own logger also prints its create() lines before setLogLevel can run. Every one of those
// loggers takes `console` once, when its file is evaluated, and calls `captured[method](...)`
// later. So the files are evaluated while `globalThis.console` is a filter that drops SDK lines
// below the level createChat was given (the level is shared and read at call time), and the real
// console is put back right after. Lines that are not the SDK's pass through untouched.

/** SDK severities, as its loggers use them: debug -1, log 0, info 1, warn 2, error 3; 4 is none. */
const severityOf: Record<string, number> = { debug: -1, log: 0, info: 1, warn: 2, error: 3 };

const sdkLogLevel = { current: 1 };

/** Sets the level the filtered console applies to the SDK's lines (0 verbose ... 4 none). */
export function setSdkConsoleLevel(level: number): void {
  sdkLogLevel.current = level;
}

/** The loggers' prefix ("%c Chat %c" with styles, or "Chat" where styles are not supported) and the upload plugin's banner. */
function isSdkLine(first: unknown): boolean {
  if (typeof first !== 'string') return false;
  return /^(%c )?Chat( %c)?( |$)/.test(first) || first.startsWith('TIMUploadPlugin.');
}

function filteredConsole(real: Console): Console {
  const filtered: Record<string | symbol, unknown> = {};
  const keys = new Set([...Object.keys(real), ...Object.keys(severityOf)]) as Set<keyof Console>;
  for (const key of keys) {
    const original = real[key];
    if (typeof original !== 'function') {
      filtered[key] = original;
      continue;
    }
    filtered[key] = (...args: unknown[]) => {
      const severity = severityOf[key];
      if (severity !== undefined && severity < sdkLogLevel.current && isSdkLine(args[0])) return;
      // Looked up per call, so tools that patch console methods later still see SDK lines.
      (real[key] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return filtered as unknown as Console;
}

let installed: { real: Console; users: number } | null = null;

function install(): boolean {
  if (installed) {
    installed.users++;
    return true;
  }
  const real = globalThis.console;
  const quiet = filteredConsole(real);
  try {
    globalThis.console = quiet;
  } catch {
    return false; // a read-only console: the SDK logs as it likes
  }
  if (globalThis.console !== quiet) return false;
  installed = { real, users: 1 };
  return true;
}

function uninstall(): void {
  if (!installed) return;
  installed.users--;
  if (installed.users > 0) return;
  globalThis.console = installed.real;
  installed = null;
}

/** Runs `load` (which evaluates SDK files) with the filtered console in place. */
export async function withQuietSdkConsole<T>(load: () => Promise<T>): Promise<T> {
  const ok = install();
  try {
    return await load();
  } finally {
    if (ok) uninstall();
  }
}

/** The same around synchronous SDK code that prints through the global console at call time. */
export function withQuietSdkConsoleSync<T>(run: () => T): T {
  const ok = install();
  try {
    return run();
  } finally {
    if (ok) uninstall();
  }
}

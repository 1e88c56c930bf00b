// Runs a TypeScript entry point in its own Node process, the way a user runs the bot, and watches
// its output line by line. Every wait has a generous guard so a child that hangs fails the test
// (and is killed afterwards) instead of hanging the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface NodeChild {
  process: ChildProcess;
  /** stdout and stderr so far, one entry per line. */
  output: string[];
  /** Resolves with the first line (seen or to come) that matches. */
  waitForLine(pattern: RegExp, guardMs?: number): Promise<string>;
  /** Resolves once the process ended on its own; rejects if it is still running after guardMs. */
  exited(guardMs?: number): Promise<Exit>;
  /** SIGKILL if still running (for after() hooks). */
  kill(): void;
}

export function runTs(entry: string, args: string[] = [], env: NodeJS.ProcessEnv = {}): NodeChild {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', entry, ...args],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const lineWaiters = new Set<{ pattern: RegExp; resolve: (line: string) => void }>();
  let exit: Exit | null = null;
  const exitWaiters = new Set<(exit: Exit) => void>();

  const onData = (buffered: { text: string }) => (chunk: Buffer) => {
    buffered.text += chunk.toString('utf8');
    const lines = buffered.text.split('\n');
    buffered.text = lines.pop() ?? '';
    for (const line of lines) {
      output.push(line);
      for (const waiter of [...lineWaiters]) {
        if (!waiter.pattern.test(line)) continue;
        lineWaiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  };
  child.stdout?.on('data', onData({ text: '' }));
  child.stderr?.on('data', onData({ text: '' }));
  child.on('exit', (code, signal) => {
    exit = { code, signal };
    for (const resolve of exitWaiters) resolve(exit);
  });

  const guard = <T>(what: string, guardMs: number, wait: Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const tail = output.slice(-15).join('\n');
        reject(new Error(`${entry}: ${what} within ${guardMs / 1000} s. Output so far:\n${tail}`));
      }, guardMs);
      wait.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });

  return {
    process: child,
    output,
    waitForLine(pattern, guardMs = 20_000) {
      const seen = output.find((line) => pattern.test(line));
      if (seen !== undefined) return Promise.resolve(seen);
      const wait = new Promise<string>((resolve) => lineWaiters.add({ pattern, resolve }));
      return guard(`no line matching ${String(pattern)}`, guardMs, wait);
    },
    exited(guardMs = 20_000) {
      if (exit) return Promise.resolve(exit);
      const wait = new Promise<Exit>((resolve) => exitWaiters.add(resolve));
      return guard('did not exit', guardMs, wait);
    },
    kill() {
      if (exit === null) child.kill('SIGKILL');
    },
  };
}

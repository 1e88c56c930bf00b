// The tim-emulator command as a developer runs it: bad flags, the listening line, --debug's one line
// per request, and SIGTERM closing cleanly with every acknowledged message kept for the next start.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '@tencentcloud/chat';
import { genUserSig, type EmulatorHandle } from '@tim-kit/emulator';
import { createSdkClient, type SdkClient } from '../support/sdk-client.js';
import { importAccount, sendTextAs } from '../examples/support.js';

const bin = new URL('../../../packages/emulator/bin/tim-emulator.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tim-cli-'));
const secret = 'cli-test-secret';
const running = new Set<ChildProcess>();
const clients: SdkClient[] = [];
after(async () => {
  for (const c of clients) await c.destroy();
  for (const p of running) p.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Cli {
  process: ChildProcess;
  url: string;
  stderr: string[];
  exited: Promise<number | null>;
}

function runCli(args: string[]): Cli {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const cli: Cli = {
    process: child,
    url: '',
    stderr: [],
    exited: new Promise((resolve) =>
      child.on('exit', (code) => {
        running.delete(child);
        resolve(code);
      }),
    ),
  };
  child.stderr?.setEncoding('utf8').on('data', (d: string) => cli.stderr.push(d));
  return cli;
}

/** Starts the CLI on a free port and resolves once it printed its listening line. */
async function startCli(args: string[]): Promise<Cli> {
  const cli = runCli(['--port', '0', '--secret', secret, ...args]);
  cli.url = await new Promise<string>((resolve, reject) => {
    let out = '';
    cli.process.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
    void cli.exited.then((code) => reject(new Error(`exited ${code}: ${cli.stderr.join('')}`)));
  });
  return cli;
}

/** What the node support helpers need of a running emulator, for one started by the CLI. */
function handleFor(cli: Cli): EmulatorHandle {
  const sdkAppID = 1400000001;
  return {
    url: cli.url,
    wsUrl: cli.url.replace(/^http/, 'ws'),
    sdkAppID,
    admin: 'administrator',
    genUserSig: (userID: string) => genUserSig({ sdkAppID, secret, userID }),
  } as unknown as EmulatorHandle;
}

test('a bad flag prints the usage and exits with code 2', async () => {
  const cli = runCli(['--port', 'eighty']);
  assert.equal(await cli.exited, 2);
  assert.match(cli.stderr.join(''), /--port must be an integer[\s\S]*usage: tim-emulator/);
});

test('--debug logs one line per request with its servcmd, caller and result code', async () => {
  const cli = await startCli(['--data', ':memory:', '--debug', '--seed', 'dora']);
  const dora = await createSdkClient(handleFor(cli), 'dora');
  clients.push(dora);
  await dora.login();
  // The line is written after the reply, and reaches us through a pipe: wait for it.
  const line = /tim-emulator: debug im_open_status\.wslogin seq=\d+ caller=dora code=0 \d+ms/;
  for (let i = 0; i < 100 && !line.test(cli.stderr.join('')); i++)
    await new Promise((r) => setTimeout(r, 100));
  assert.match(cli.stderr.join(''), line);
  cli.process.kill('SIGTERM');
  assert.equal(await cli.exited, 0);
});

test('SIGTERM closes cleanly (exit 0) and a restart on the same file keeps the messages', async () => {
  const data = join(dir, 'state.sqlite');
  const first = await startCli(['--data', data, '--quiet']);
  const emu = handleFor(first);
  await importAccount(emu, 'ann');
  await importAccount(emu, 'ben');
  await sendTextAs(emu, 'ann', 'ben', 'still here after the restart');
  first.process.kill('SIGTERM');
  assert.equal(await first.exited, 0);

  const second = await startCli(['--data', data, '--quiet']);
  const ben = await createSdkClient(handleFor(second), 'ben');
  clients.push(ben);
  await ben.login();
  const { data: page } = await ben.chat.getMessageList({ conversationID: 'C2Cann' });
  const texts = (page.messageList as Message[]).map((m) => (m.payload as { text?: string }).text);
  assert.deepEqual(texts, ['still here after the restart']);
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type WebSocketType from 'ws';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';

// The emulator's own ws 8 (the repo root resolves an older one).
const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

let emu: EmulatorHandle;
const logs: string[] = [];
before(async () => {
  emu = await startEmulator({ log: (l) => logs.push(l) });
});
after(() => emu.close());

type Reply = { head: { servcmd: string; seq: number }; body: Record<string, unknown> };

async function rawSocket(): Promise<{
  send(x: string | Buffer): void;
  reply(seq: number): Promise<Reply>;
  close(): void;
}> {
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=raw`);
  const replies: Reply[] = [];
  const waiting = new Map<number, (r: Reply) => void>();
  ws.on('message', (d: Buffer) => {
    const r = JSON.parse(d.toString('utf8')) as Reply;
    replies.push(r);
    waiting.get(r.head.seq)?.(r);
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return {
    send: (x) => ws.send(x),
    reply: (seq) =>
      new Promise<Reply>((resolve, reject) => {
        const found = replies.find((r) => r.head.seq === seq);
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error(`no reply to seq ${seq}`)), 3000);
        waiting.set(seq, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
      }),
    close: () => ws.close(),
  };
}

test('an unknown servcmd gets a non-zero ErrorCode and one log line', async () => {
  const s = await rawSocket();
  s.send(Buffer.from(JSON.stringify({ head: { servcmd: 'nosuch.command', seq: 7 }, body: {} })));
  const r = await s.reply(7);
  assert.equal(r.head.servcmd, 'nosuch.command');
  assert.equal(r.body.ErrorCode, 60010);
  assert.equal(r.body.ActionStatus, 'FAIL');
  assert.ok(logs.includes('tim-emulator: unsupported servcmd nosuch.command'));
  s.close();
});

test('garbage frames are survived; a frame with a seq but no servcmd is answered 60002', async () => {
  const s = await rawSocket();
  s.send('this is not json');
  s.send(Buffer.from([0xff, 0xfe, 0x00, 0x43]));
  s.send(Buffer.from('COMPnot-zlib'));
  s.send(JSON.stringify([1, 2, 3]));
  s.send(JSON.stringify({ head: { seq: 8 }, body: {} }));
  assert.equal((await s.reply(8)).body.ErrorCode, 60002);
  s.send(JSON.stringify({ head: { servcmd: 'heartbeat.alive', seq: 9 }, body: {} }));
  assert.equal((await s.reply(9)).body.ErrorCode, 0);
  s.close();
});

test('a request with an unknown a2 ticket is refused, not served', async () => {
  const s = await rawSocket();
  s.send(
    JSON.stringify({
      head: { servcmd: 'openim.getmsg', seq: 10, a2: 'deadbeef', tinyid: '1' },
      body: {},
    }),
  );
  assert.equal((await s.reply(10)).body.ErrorCode, 70001);
  s.close();
});

// createChat in Node 20, which has no global WebSocket: a clear TimError that says what to do,
// before the SDK is even loaded. A fresh process, because test helpers install a WebSocket here.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const probe = `
delete globalThis.WebSocket;
const { createChat, TimErrorCode } = await import('@tim-kit/headless');
try {
  await createChat({ SDKAppID: 1400000001, proxyServer: 'ws://127.0.0.1:9' });
  console.log(JSON.stringify({ created: true }));
} catch (error) {
  console.log(JSON.stringify({
    code: error.code,
    expected: TimErrorCode.WEBSOCKET_UNAVAILABLE,
    operation: error.operation,
    message: error.message,
  }));
}
`;

test('createChat without a WebSocket rejects with WEBSOCKET_UNAVAILABLE and names ws', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', probe],
    { cwd: root },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    created?: boolean;
    code?: number;
    expected?: number;
    operation?: string;
    message?: string;
  };
  assert.equal(result.created, undefined, 'createChat must not create an SDK without WebSocket');
  assert.equal(result.code, result.expected);
  assert.equal(result.operation, 'createChat');
  assert.match(result.message ?? '', /\bws\b/);
  assert.match(result.message ?? '', /WebSocket/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { genUserSig, verifyUserSig } from '@tim-kit/emulator';

const require = createRequire(import.meta.url);
const { Api } = require('tls-sig-api-v2') as {
  Api: new (
    sdkAppID: number,
    key: string,
  ) => { genUserSig(userID: string, expire: number): string };
};

const sdkAppID = 1400000001;
const secret = 'a-test-key-0123456789';

test('sigs from Tencent tls-sig-api-v2 verify, and ours have the same document', () => {
  const theirs = new Api(sdkAppID, secret).genUserSig('alice', 3600);
  const r = verifyUserSig({ sdkAppID, secret, userSig: theirs, userID: 'alice' });
  assert.deepEqual(r.ok, true);
  const ours = genUserSig({ sdkAppID, secret, userID: 'alice', expireSeconds: 3600 });
  // Same algorithm: decoding both gives the same fields (time may differ by a second).
  const { inflateSync } = require('node:zlib') as typeof import('node:zlib');
  const decode = (s: string) =>
    JSON.parse(
      inflateSync(
        Buffer.from(s.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '='), 'base64'),
      ).toString(),
    ) as Record<string, unknown>;
  const a = decode(theirs);
  const b = decode(ours);
  assert.deepEqual(Object.keys(b).sort(), Object.keys(a).sort());
  if (a['TLS.time'] === b['TLS.time']) assert.equal(b['TLS.sig'], a['TLS.sig']);
});

test('refusal codes: 70003 malformed, 70009 wrong key, 70013 other user, 70014 other app, 70001 expired', () => {
  const sig = genUserSig({ sdkAppID, secret, userID: 'alice' });
  assert.equal(
    codeOf(verifyUserSig({ sdkAppID, secret, userSig: 'garbage', userID: 'alice' })),
    70003,
  );
  assert.equal(
    codeOf(verifyUserSig({ sdkAppID, secret: 'other', userSig: sig, userID: 'alice' })),
    70009,
  );
  assert.equal(codeOf(verifyUserSig({ sdkAppID, secret, userSig: sig, userID: 'bob' })), 70013);
  assert.equal(
    codeOf(verifyUserSig({ sdkAppID: 1400000002, secret, userSig: sig, userID: 'alice' })),
    70014,
  );
  const old = genUserSig({ sdkAppID, secret, userID: 'alice', expireSeconds: -10 });
  assert.equal(codeOf(verifyUserSig({ sdkAppID, secret, userSig: old, userID: 'alice' })), 70001);
});

function codeOf(r: ReturnType<typeof verifyUserSig>): number {
  return r.ok ? 0 : r.code;
}

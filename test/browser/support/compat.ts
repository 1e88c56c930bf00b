// Drives the seed-compatible facade in browser tests: promisified calls, and one logged-in facade
// user per test file (the SDK keeps one instance per page).
import { expect } from '@open-wc/testing';
import {
  createTencentIm,
  type TencentIm,
  type SeedErr,
  type SeedRet,
} from '@tim-kit/headless/compat';
import type { TencentImOptions } from '@tim-kit/headless/compat';
import { importAccount, testEnv, userSig } from './emulator.js';

export interface Answer {
  ret: SeedRet;
  err: SeedErr | undefined;
}

/** Calls one seed operation and resolves with its first callback. */
export function call(im: TencentIm, name: string, params?: unknown): Promise<Answer> {
  const op = (im as unknown as Record<string, (p: unknown, cb: unknown) => void>)[name];
  if (typeof op !== 'function') throw new Error(`the facade has no operation ${name}`);
  return new Promise((resolve) =>
    op(params, (ret: SeedRet, err?: SeedErr) => resolve({ ret, err })),
  );
}

/** Calls an operation that must succeed and returns its ret. */
export async function ok(im: TencentIm, name: string, params?: unknown): Promise<SeedRet> {
  const { ret, err } = await call(im, name, params);
  if (err) throw new Error(`${name} failed: ${err.code} ${err.msg}`);
  expect(ret.status, `${name} status`).to.equal(true);
  return ret;
}

export async function initFacade(options: TencentImOptions = {}): Promise<TencentIm> {
  const im = createTencentIm({ proxyServer: testEnv.wsUrl, ...options });
  await ok(im, 'init', { appid: testEnv.sdkAppID, logLevel: 6 });
  return im;
}

export async function loginFacade(
  userID: string,
  options: TencentImOptions = {},
): Promise<TencentIm> {
  const im = await initFacade(options);
  await importAccount(userID);
  await ok(im, 'login', { identifier: userID, userSig: await userSig(userID) });
  return im;
}

/** Collects every callback of a listener. */
export function record(im: TencentIm, name: string, params: unknown = {}): SeedRet[] {
  const seen: SeedRet[] = [];
  const op = (im as unknown as Record<string, (p: unknown, cb: (ret: SeedRet) => void) => void>)[
    name
  ];
  op?.(params, (ret) => seen.push(ret));
  return seen;
}

/** One row of an operation table: valid params and what the ret must hold; one bad param. */
export interface OpCase {
  name: string;
  params?: () => unknown | Promise<unknown>;
  check?: (ret: SeedRet) => unknown;
  /** Params with exactly one bad value (`lazy`: a function building them), and the code expected. */
  bad?: { params: unknown; code: number; names?: string; lazy?: boolean };
}

/** Registers a test for the valid call and one for the bad param of every case. */
export function describeOps(getIm: () => TencentIm, cases: OpCase[]): void {
  for (const c of cases) {
    it(`${c.name}: valid params answer status true and the seed's fields`, async () => {
      const params = c.params ? await c.params() : {};
      const ret = await ok(getIm(), c.name, params);
      await c.check?.(ret);
    });
    const bad = c.bad;
    if (bad) {
      it(`${c.name}: a bad param fails with err.code ${bad.code}`, async () => {
        const params = bad.lazy ? (bad.params as () => unknown)() : bad.params;
        const { ret, err } = await call(getIm(), c.name, params);
        expect(ret.status).to.equal(false);
        expect(err?.code).to.equal(bad.code);
        if (bad.names) expect(err?.msg).to.contain(bad.names);
      });
    }
  }
}

export const PARAM = 6017;
export const SNS_PARAM = 30001;

/** Checks that `value` has every key, with the given typeof. */
export function expectShape(value: unknown, shape: Record<string, string>): void {
  expect(value, 'an object').to.be.an('object');
  for (const [key, type] of Object.entries(shape)) {
    const actual = (value as Record<string, unknown>)[key];
    const kind = Array.isArray(actual) ? 'array' : actual === null ? 'null' : typeof actual;
    expect(kind, `${key}`).to.equal(type);
  }
}

export const MESSAGE_SHAPE = {
  peer: 'string',
  type: 'number',
  msgId: 'string',
  uniqueId: 'number',
  sender: 'string',
  messageStatus: 'number',
  timestamp: 'number',
  seq: 'number',
  isRead: 'boolean',
  elems: 'array',
  groupName: 'string',
};

export const PROFILE_SHAPE = {
  identifier: 'string',
  nickName: 'string',
  faceUrl: 'string',
  signature: 'string',
  allowType: 'string',
  gender: 'number',
  birthday: 'number',
  language: 'number',
  location: 'string',
  level: 'number',
  role: 'number',
};

/** Like until(), for an async condition. */
export async function eventually(
  read: () => Promise<unknown>,
  what: string,
  timeoutMs = 8000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await read()) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

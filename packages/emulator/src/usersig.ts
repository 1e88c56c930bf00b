// TLS-sig-v2 UserSig: the same algorithm as Tencent's tls-sig-api-v2, so sigs
// made by an app's real backend code verify here when it uses the emulator's key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { ErrorCode } from './protocol/errors.js';

export interface GenUserSigArgs {
  sdkAppID: number;
  secret: string;
  userID: string;
  /** Seconds; Tencent's default is 180 days. */
  expireSeconds?: number;
  /** Override "now" (seconds since epoch); tests use it to make expired sigs. */
  now?: number;
}

export const DEFAULT_SIG_EXPIRE = 180 * 24 * 3600;

function hmac(
  secret: string,
  identifier: string,
  sdkAppID: number,
  time: number,
  expire: number,
  userBuf?: string,
): string {
  let content =
    `TLS.identifier:${identifier}\n` +
    `TLS.sdkappid:${sdkAppID}\n` +
    `TLS.time:${time}\n` +
    `TLS.expire:${expire}\n`;
  if (userBuf !== undefined) content += `TLS.userbuf:${userBuf}\n`;
  return createHmac('sha256', secret).update(content).digest('base64');
}

// base64 with the substitutions TLS-sig uses so the sig survives URLs.
const toSafe = (b64: string): string =>
  b64.replace(/\+/g, '*').replace(/\//g, '-').replace(/=/g, '_');
const fromSafe = (s: string): string => s.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');

export function genUserSig(args: GenUserSigArgs): string {
  const time = args.now ?? Math.floor(Date.now() / 1000);
  const expire = args.expireSeconds ?? DEFAULT_SIG_EXPIRE;
  const doc = {
    'TLS.ver': '2.0',
    'TLS.identifier': String(args.userID),
    'TLS.sdkappid': Number(args.sdkAppID),
    'TLS.expire': expire,
    'TLS.time': time,
    'TLS.sig': hmac(args.secret, args.userID, args.sdkAppID, time, expire),
  };
  return toSafe(deflateSync(Buffer.from(JSON.stringify(doc))).toString('base64'));
}

export type VerifyResult =
  | { ok: true; identifier: string; sdkAppID: number; expiresAt: number }
  | { ok: false; code: number; message: string };

export interface VerifyArgs {
  sdkAppID: number;
  secret: string;
  userSig: string;
  /** When given, the sig must be for this identifier (70013 otherwise). */
  userID?: string;
  now?: number;
}

/**
 * Order of checks decides the code: malformed (70003) before signature (70009)
 * before identity (70013 / 70014) before expiry (70001), so a forged sig never
 * reports "expired" and an expired sig for the right user says so.
 */
export function verifyUserSig(args: VerifyArgs): VerifyResult {
  const bad = (code: number, message: string): VerifyResult => ({ ok: false, code, message });
  let doc: Record<string, unknown>;
  try {
    if (typeof args.userSig !== 'string' || args.userSig.length === 0) throw new Error('empty');
    const raw = inflateSync(Buffer.from(fromSafe(args.userSig), 'base64'));
    const parsed: unknown = JSON.parse(raw.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
    doc = parsed as Record<string, unknown>;
  } catch {
    return bad(ErrorCode.USERSIG_MALFORMED, 'UserSig malformed: cannot decode');
  }
  const identifier = doc['TLS.identifier'];
  const sdkAppID = Number(doc['TLS.sdkappid']);
  const time = Number(doc['TLS.time']);
  const expire = Number(doc['TLS.expire']);
  const sig = doc['TLS.sig'];
  const userBuf = doc['TLS.userbuf'];
  if (
    typeof identifier !== 'string' ||
    typeof sig !== 'string' ||
    !Number.isFinite(sdkAppID) ||
    !Number.isFinite(time) ||
    !Number.isFinite(expire) ||
    (userBuf !== undefined && typeof userBuf !== 'string')
  ) {
    return bad(ErrorCode.USERSIG_MALFORMED, 'UserSig malformed: missing TLS fields');
  }
  const expected = Buffer.from(
    hmac(args.secret, identifier, sdkAppID, time, expire, userBuf as string | undefined),
  );
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return bad(
      ErrorCode.USERSIG_BAD_SIGNATURE,
      'UserSig invalid: signature does not match the key',
    );
  }
  if (args.userID !== undefined && identifier !== args.userID) {
    return bad(
      ErrorCode.USERSIG_ID_MISMATCH,
      `UserSig identifier "${identifier}" does not match userID "${args.userID}"`,
    );
  }
  if (sdkAppID !== args.sdkAppID) {
    return bad(
      ErrorCode.USERSIG_SDKAPPID_MISMATCH,
      `UserSig SDKAppID ${sdkAppID} does not match ${args.sdkAppID}`,
    );
  }
  const now = args.now ?? Math.floor(Date.now() / 1000);
  if (time + expire < now) {
    return bad(ErrorCode.USERSIG_EXPIRED, 'UserSig expired');
  }
  return { ok: true, identifier, sdkAppID, expiresAt: time + expire };
}

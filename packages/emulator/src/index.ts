// Public entry of @tim-kit/emulator.
import { genUserSig as genSig, verifyUserSig } from './usersig.js';
export { startEmulator, DEFAULT_SDK_APP_ID } from './emulator.js';
export type { EmulatorOptions, EmulatorHandle } from './emulator.js';
export { verifyUserSig };
export type { VerifyArgs, VerifyResult } from './usersig.js';
export { ErrorCode } from './protocol/errors.js';

/** A TLS-sig-v2 UserSig, as Tencent's tls-sig-api-v2 makes it. */
export function genUserSig(args: {
  sdkAppID: number;
  secret: string;
  userID: string;
  expireSeconds?: number;
}): string {
  return genSig(args);
}

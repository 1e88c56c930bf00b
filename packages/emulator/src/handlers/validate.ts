// Small readers for request bodies: they throw EmulatorError with a message that
// names the field, so a client bug shows up as a clear refusal, not a crash.
import { EmulatorError, ErrorCode } from '../protocol/errors.js';

export const MAX_USER_ID_BYTES = 32;

export function optString(
  body: Record<string, unknown>,
  key: string,
  code: number = ErrorCode.BAD_REQUEST,
): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new EmulatorError(code, `${key} must be a string`);
  return v;
}

export function optInt(
  body: Record<string, unknown>,
  key: string,
  code: number = ErrorCode.BAD_REQUEST,
): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new EmulatorError(code, `${key} must be an integer`);
  return v;
}

export function optArray(
  body: Record<string, unknown>,
  key: string,
  code: number = ErrorCode.BAD_REQUEST,
): unknown[] | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new EmulatorError(code, `${key} must be an array`);
  return v;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Why a user ID is unusable, or undefined when it is fine. */
export function userIDProblem(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length === 0) return 'must be a non-empty string';
  if (Buffer.byteLength(v) > MAX_USER_ID_BYTES) return `must be at most ${MAX_USER_ID_BYTES} bytes`;
  return undefined;
}

/** Wire list of strings (e.g. To_Account: ["bob"]); silently skips non-strings. */
export function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

// Readers for relationship request bodies: a missing or mistyped list is a
// 30001 refusal before anything changes.
import { EmulatorError } from '../../protocol/errors.js';
import { RelationCode } from './codes.js';

export function listField(body: Record<string, unknown>, key: string): unknown[] {
  const v = body[key];
  if (!Array.isArray(v) || v.length === 0)
    throw new EmulatorError(RelationCode.PARAM_INVALID, `${key} must be a non-empty array`);
  return v;
}

export function optListField(body: Record<string, unknown>, key: string): unknown[] {
  const v = body[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new EmulatorError(RelationCode.PARAM_INVALID, `${key} must be an array`);
  return v;
}

export function intField(body: Record<string, unknown>, key: string, fallback: number): number {
  const v = body[key];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new EmulatorError(RelationCode.PARAM_INVALID, `${key} must be a non-negative integer`);
  return v;
}

export function enumField<T extends string>(
  body: Record<string, unknown>,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = body[key];
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw new EmulatorError(
      RelationCode.PARAM_INVALID,
      `${key} must be one of ${allowed.join(', ')}`,
    );
  return v as T;
}

/** Failed IDs, as Tencent lists them in Fail_Account next to ResultItem. */
export const failedAccounts = (items: { To_Account: string; ResultCode: number }[]): string[] =>
  items.filter((i) => i.ResultCode !== 0).map((i) => i.To_Account);

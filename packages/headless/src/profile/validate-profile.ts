// updateSelf() checks every field against Tencent's documented profile limits before any network
// call, and refuses with the SDK's own UPDATE_PROFILE codes (2721 invalid, 2722 nothing to change).
import { TimError, TimErrorCode } from '../errors.js';
import { utf8Length } from '../messages/validate.js';
import { sdkAllowType, sdkGender } from './map-profile.js';
import type { TimProfileUpdate } from './types.js';

/** Tencent's byte limits for the standard profile string fields. */
export const PROFILE_LIMITS = { nick: 500, avatar: 500, signature: 500, location: 16 } as const;
const UINT32_MAX = 0xffffffff;

/** Our field name -> the SDK's updateMyProfile option name. */
const sdkKey: Record<keyof TimProfileUpdate, string> = {
  nick: 'nick',
  avatar: 'avatar',
  signature: 'selfSignature',
  gender: 'gender',
  birthday: 'birthday',
  location: 'location',
  language: 'language',
  level: 'level',
  role: 'role',
  allowType: 'allowType',
};

function invalid(operation: string, why: string): TimError {
  return new TimError(TimErrorCode.PROFILE_INVALID, why, operation);
}

function checkField(key: keyof TimProfileUpdate, value: unknown, operation: string): unknown {
  switch (key) {
    case 'nick':
    case 'avatar':
    case 'signature':
    case 'location': {
      if (typeof value !== 'string') throw invalid(operation, `${key} must be a string`);
      const bytes = utf8Length(value);
      if (bytes > PROFILE_LIMITS[key]) {
        throw invalid(operation, `${key} is ${bytes} bytes; at most ${PROFILE_LIMITS[key]}`);
      }
      return value;
    }
    case 'gender': {
      const mapped = typeof value === 'string' ? sdkGender[value as keyof typeof sdkGender] : '';
      if (!mapped) throw invalid(operation, `gender must be 'unknown', 'female' or 'male'`);
      return mapped;
    }
    case 'allowType': {
      const mapped =
        typeof value === 'string' ? sdkAllowType[value as keyof typeof sdkAllowType] : '';
      if (!mapped) {
        throw invalid(operation, `allowType must be 'allow-any', 'need-confirm' or 'deny-any'`);
      }
      return mapped;
    }
    case 'birthday':
    case 'language':
    case 'level':
    case 'role':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > UINT32_MAX)
        throw invalid(operation, `${key} must be an integer from 0 to ${UINT32_MAX}`);
      return value;
  }
}

/** The SDK's updateMyProfile options for a valid update; throws a TimError otherwise. */
export function toSdkProfileUpdate(changes: unknown, operation: string): Record<string, unknown> {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw invalid(operation, 'changes must be an object of profile fields');
  }
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(sdkKey, key)) {
      throw invalid(operation, `unknown profile field "${key}"`);
    }
    const field = key as keyof TimProfileUpdate;
    options[sdkKey[field]] = checkField(field, value, operation);
  }
  if (Object.keys(options).length === 0) {
    throw new TimError(
      TimErrorCode.PROFILE_NO_CHANGES,
      'changes names no profile field',
      operation,
    );
  }
  return options;
}

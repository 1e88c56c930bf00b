// Friend arguments checked before any network call, against Tencent's documented limits.
import { invalidArgument } from '../errors.js';
import { utf8Length } from '../messages/validate.js';

export const FRIEND_LIMITS = {
  remarkBytes: 96,
  wordingBytes: 256,
  /** 'AddSource_Type_' + a keyword of at most 8 bytes */
  sourceKeywordBytes: 8,
  /** Users per remove / check / delete-requests call (the SDK's own cap). */
  usersPerCall: 1000,
} as const;

const SOURCE_PREFIX = 'AddSource_Type_';

export function validateBytes(
  value: unknown,
  field: string,
  maxBytes: number,
  operation: string,
): string {
  if (typeof value !== 'string') throw invalidArgument(operation, `${field} must be a string`);
  const bytes = utf8Length(value);
  if (bytes > maxBytes) {
    throw invalidArgument(operation, `${field} is ${bytes} bytes; at most ${maxBytes}`);
  }
  return value;
}

/** 'Web' or 'AddSource_Type_Web' -> 'AddSource_Type_Web'. */
export function toSdkSource(source: unknown, operation: string): string {
  if (source === undefined) return `${SOURCE_PREFIX}Web`;
  if (typeof source !== 'string') throw invalidArgument(operation, 'source must be a string');
  const keyword = source.startsWith(SOURCE_PREFIX) ? source.slice(SOURCE_PREFIX.length) : source;
  if (!/^[A-Za-z]{1,8}$/.test(keyword)) {
    throw invalidArgument(
      operation,
      `source must be 1-${FRIEND_LIMITS.sourceKeywordBytes} ASCII letters (sent as ${SOURCE_PREFIX}<source>)`,
    );
  }
  return SOURCE_PREFIX + keyword;
}

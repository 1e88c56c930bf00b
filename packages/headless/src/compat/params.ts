// Parameter reading for the seed's operations. Every operation reads and checks all of its
// params before it calls anything, so a bad one fails at once with an error naming it. The seed's
// own spellings come first in each list of names (`remake`, then the correct `remark`).
import { SYSTEM_CONVERSATION_ID } from '../internal/conversation-id.js';
import { ConversationType, type SeedConversationType } from './enums.js';

/** Tencent IM's ERR_INVALID_PARAMETERS, used by the native SDKs the seed wraps. */
export const INVALID_PARAMS_CODE = 6017;
/** Tencent IM's ERR_SDK_NOT_INITIALIZED: an operation before init. */
export const NOT_INITIALIZED_CODE = 6013;
/** The relationship chain's "request parameter error", as the seed's friend sections list it. */
export const SNS_INVALID_PARAMS_CODE = 30001;

export type Params = Record<string, unknown>;

/** A bad parameter: `param` is the seed's name for it. */
export class ParamError extends Error {
  readonly param: string;
  constructor(param: string, why: string) {
    super(`${param} ${why}`);
    this.name = 'ParamError';
    this.param = param;
  }
}

export function readParams(raw: unknown): Params {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ParamError('params', 'must be an object');
  }
  return raw as Params;
}

type Names = string | readonly string[];

/** The first of `names` present in params (seed spelling first), and the name it was found under. */
function pick(params: Params, names: Names): { name: string; value: unknown } {
  const list = typeof names === 'string' ? [names] : names;
  for (const name of list) {
    if (params[name] !== undefined && params[name] !== null) return { name, value: params[name] };
  }
  return { name: list[0] ?? 'params', value: undefined };
}

export function str(params: Params, names: Names, options: { empty?: boolean } = {}): string {
  const value = optStr(params, names, options);
  if (value === undefined) throw new ParamError(pick(params, names).name, 'is required');
  return value;
}

export function optStr(
  params: Params,
  names: Names,
  options: { empty?: boolean } = {},
): string | undefined {
  const { name, value } = pick(params, names);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new ParamError(name, 'must be a string');
  if (!options.empty && value.trim() === '') throw new ParamError(name, 'must not be empty');
  return value;
}

interface NumberOptions {
  integer?: boolean;
  min?: number;
  max?: number;
  oneOf?: readonly number[];
}

export function num(params: Params, names: Names, options: NumberOptions = {}): number {
  const value = optNum(params, names, options);
  if (value === undefined) throw new ParamError(pick(params, names).name, 'is required');
  return value;
}

export function optNum(
  params: Params,
  names: Names,
  options: NumberOptions = {},
): number | undefined {
  const { name, value } = pick(params, names);
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ParamError(name, 'must be a number');
  }
  if (options.oneOf && !options.oneOf.includes(value)) {
    throw new ParamError(name, `must be one of ${options.oneOf.join(', ')}`);
  }
  if (options.integer && !Number.isInteger(value)) throw new ParamError(name, 'must be an integer');
  if (options.min !== undefined && value < options.min) {
    throw new ParamError(name, `must be at least ${options.min}`);
  }
  if (options.max !== undefined && value > options.max) {
    throw new ParamError(name, `must be at most ${options.max}`);
  }
  return value;
}

export function optBool(params: Params, names: Names): boolean | undefined {
  const { name, value } = pick(params, names);
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new ParamError(name, 'must be true or false');
  return value;
}

export function strArray(
  params: Params,
  names: Names,
  options: { empty?: boolean } = {},
): string[] {
  const value = optStrArray(params, names);
  const { name } = pick(params, names);
  if (value === undefined) throw new ParamError(name, 'is required');
  if (!options.empty && value.length === 0) throw new ParamError(name, 'must not be empty');
  return value;
}

export function optStrArray(params: Params, names: Names): string[] | undefined {
  const { name, value } = pick(params, names);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new ParamError(name, 'must be an array of strings');
  for (const item of value) {
    if (typeof item !== 'string' || item.trim() === '') {
      throw new ParamError(name, 'must contain only non-empty strings');
    }
  }
  return [...(value as string[])];
}

export function optObject(params: Params, names: Names): Params | undefined {
  const { name, value } = pick(params, names);
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || Array.isArray(value))
    throw new ParamError(name, 'must be an object');
  return value as Params;
}

export interface SeedTarget {
  conversationID: string;
  peer: string;
  type: SeedConversationType;
}

/** `peer` + `type` (1 C2C by default, 2 group, 3 system) -> the SDK conversation ID. */
export function target(params: Params): SeedTarget {
  const type = (optNum(params, 'type', { oneOf: [1, 2, 3] }) ?? 1) as SeedConversationType;
  if (type === ConversationType.SYSTEM) {
    return {
      conversationID: SYSTEM_CONVERSATION_ID,
      peer: optStr(params, 'peer', { empty: true }) ?? '',
      type,
    };
  }
  const peer = str(params, 'peer');
  const prefix = type === ConversationType.C2C ? 'C2C' : 'GROUP';
  return { conversationID: `${prefix}${peer}`, peer, type };
}

/** A path param: a File or Blob, or a URL string (fetched when the operation runs). */
export function media(params: Params, names: Names): Blob | string {
  const { name, value } = pick(params, names);
  if (value === undefined) throw new ParamError(name, 'is required');
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    if (value.size === 0) throw new ParamError(name, 'is an empty file');
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    try {
      new URL(value, globalThis.location?.href);
    } catch {
      throw new ParamError(name, 'must be a File, a Blob or a URL');
    }
    return value;
  }
  throw new ParamError(name, 'must be a File, a Blob or a URL');
}

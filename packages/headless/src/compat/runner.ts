// How one seed operation runs: read and check params (synchronously, before anything else),
// require init, run against the core, and answer `callback(ret, err)` in the seed's shapes.
import { TimError, TimErrorCode } from '../errors.js';
import type { TimCore } from '../core.js';
import {
  INVALID_PARAMS_CODE,
  NOT_INITIALIZED_CODE,
  ParamError,
  readParams,
  type Params,
} from './params.js';

/** The seed's `ret`: always `status`, plus the operation's documented fields. */
export type SeedRet = { status: boolean } & Record<string, unknown>;
/** The seed's `err`. */
export interface SeedErr {
  code: number;
  msg: string;
}
export type SeedCallback = (ret: SeedRet, err?: SeedErr) => void;

/** What an operation can reach once init has run. */
export interface OpEnv {
  readonly core: TimCore;
  /**
   * Turns a path param (File, Blob or URL) into a Blob, named `fileName` when given; `param` names
   * the seed parameter in errors.
   */
  loadFile(source: Blob | string, param: string, fileName?: string): Promise<Blob>;
  /** Per-facade memory of the seed's stateful operations. */
  readonly state: { groupPendencyReportedAt: number };
}

/** An operation checks its params and returns the work to do (so bad params never reach it). */
export type OpDef = (params: Params) => (env: OpEnv) => Promise<Record<string, unknown>>;

/**
 * A listener checks its params and returns a subscription that calls `emit` on every event;
 * calling the seed's set* operation again replaces the previous subscription.
 */
export type ListenerDef = (
  params: Params,
) => (env: OpEnv, emit: (ret: Record<string, unknown>) => void) => () => void;

export interface Runner {
  env(): OpEnv | null;
  log(level: number, tag: string, msg: string): void;
}

export function toSeedErr(error: unknown, paramCode: number): SeedErr {
  if (error instanceof ParamError) return { code: paramCode, msg: error.message };
  if (error instanceof TimError) {
    // The core's own argument checks read as the seed's parameter error.
    const code = error.code === TimErrorCode.INVALID_ARGUMENT ? paramCode : error.code;
    return { code, msg: error.message };
  }
  const source = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  return {
    code: typeof source.code === 'number' ? source.code : TimErrorCode.UNKNOWN,
    msg: typeof source.message === 'string' ? source.message : String(error),
  };
}

/** Splits the seed's call forms: op(params, callback) and op(callback) (getAPNS, getLoginUser). */
function callArgs(args: unknown[]): { raw: unknown; callback: SeedCallback } {
  const [first, second] = args;
  if (typeof first === 'function') return { raw: undefined, callback: first as SeedCallback };
  const callback = typeof second === 'function' ? (second as SeedCallback) : () => undefined;
  return { raw: first, callback };
}

export type SeedOperation = (params?: unknown, callback?: SeedCallback) => void;

export function operation(
  runner: Runner,
  name: string,
  def: OpDef,
  paramCode = INVALID_PARAMS_CODE,
): SeedOperation {
  return (...args: unknown[]) => {
    const { raw, callback } = callArgs(args);
    const fail = (error: unknown) => {
      const err = toSeedErr(error, paramCode);
      runner.log(6, name, `${name} failed: ${err.code} ${err.msg}`);
      callback({ status: false }, err);
    };
    let work: ReturnType<OpDef>;
    try {
      work = def(readParams(raw));
    } catch (error) {
      fail(error);
      return;
    }
    const env = runner.env();
    if (!env) {
      fail({ code: NOT_INITIALIZED_CODE, message: `${name}: call init first` });
      return;
    }
    work(env).then((fields) => {
      runner.log(3, name, `${name} succeeded`);
      callback({ status: true, ...fields });
    }, fail);
  };
}

export function listener(runner: Runner, name: string, def: ListenerDef): SeedOperation {
  let stop: (() => void) | null = null;
  return (...args: unknown[]) => {
    const { raw, callback } = callArgs(args);
    let subscribe: ReturnType<ListenerDef>;
    try {
      subscribe = def(readParams(raw));
    } catch (error) {
      callback({ status: false }, toSeedErr(error, INVALID_PARAMS_CODE));
      return;
    }
    const env = runner.env();
    if (!env) {
      callback({ status: false }, { code: NOT_INITIALIZED_CODE, msg: `${name}: call init first` });
      return;
    }
    stop?.();
    stop = subscribe(env, (fields) => callback({ status: true, ...fields }));
  };
}

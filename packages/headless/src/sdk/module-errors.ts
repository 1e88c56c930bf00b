// The ESM core build and modules/group-module.js each define their own error class. When the
// server refuses a group request, the core rejects with its class, and the group module, which
// only passes on errors that are `instanceof` its own class, replaces it with 2903 (UNCAUGHT_ERROR):
// every group error code would be lost. The UMD bundle has a single class and does not do this.
// Teaching the module's class to recognise the core's errors restores the UMD behaviour.
import type { ChatSDK } from './types.js';

const patched = Symbol.for('tim-kit.moduleErrorShared');

/** The shape of the SDK's error classes: an Error with a numeric code and a data object. */
export function isSdkError(value: unknown): boolean {
  return (
    value instanceof Error &&
    typeof (value as { code?: unknown }).code === 'number' &&
    typeof (value as { data?: unknown }).data === 'object'
  );
}

/**
 * Makes the group module pass the core's errors through. quitGroup of a group the SDK does not know
 * rejects inside the module, locally and without a request, with an instance of the module's class.
 */
export async function shareGroupModuleErrors(chat: ChatSDK): Promise<void> {
  let moduleError: unknown;
  try {
    await chat.quitGroup('@tim-kit#probe-not-a-group');
  } catch (error) {
    moduleError = error;
  }
  if (!isSdkError(moduleError)) return;
  const ModuleError = (moduleError as Error).constructor as (new () => Error) & {
    [patched]?: boolean;
  };
  if (ModuleError === Error || ModuleError[patched]) return;
  const ownCheck = Function.prototype[Symbol.hasInstance];
  Object.defineProperty(ModuleError, Symbol.hasInstance, {
    value(this: typeof ModuleError, value: unknown): boolean {
      return ownCheck.call(this, value) || isSdkError(value);
    },
  });
  Object.defineProperty(ModuleError, patched, { value: true });
}

// The SDK starts some requests by itself and never awaits them: when it learns it was invited to
// a group it fetches the group's profile, and a burst of invites trips its own frequency limit
// (2996; 2903 through the split ESM modules without createChat). Those promises reject with no
// handler. A browser only logs them, but Node ends the process on an unhandled rejection, so a
// bot needs a way to tell these background failures apart from its own bugs.
import { isSdkError } from './module-errors.js';

/**
 * True when an unhandled rejection came from the SDK's own background work (an SDK error: an
 * Error with a numeric `code` and a `data` object). Meant for
 * `process.on('unhandledRejection', ...)` in Node apps: log these, rethrow anything else.
 */
export function isSdkBackgroundRejection(reason: unknown): reason is Error & { code: number } {
  return isSdkError(reason);
}

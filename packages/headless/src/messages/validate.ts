// Checks that run before any network call, so an obviously bad send fails at once and leaves
// nothing behind in the thread.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';

/** The server accepts a message body of at most 12 KB; the core refuses longer text up front. */
export const MAX_TEXT_BYTES = 12_288;

let encoder: TextEncoder | undefined;

export function utf8Length(text: string): number {
  encoder ??= new TextEncoder();
  return encoder.encode(text).length;
}

export function validateText(text: unknown, operation: string): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw invalidArgument(operation, 'text must contain at least one non-whitespace character');
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    throw new TimError(
      TimErrorCode.MESSAGE_TOO_LONG,
      `the text is ${bytes} bytes; at most ${MAX_TEXT_BYTES} are allowed`,
      operation,
    );
  }
  return text;
}

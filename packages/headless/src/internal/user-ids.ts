// User ID arguments shared by the profile and relationship domains, checked before any network
// call so a typo fails at once with INVALID_ARGUMENT instead of a server round trip.
import { invalidArgument } from '../errors.js';

export function validateUserID(userID: unknown, operation: string, field = 'userID'): string {
  if (typeof userID !== 'string' || userID.trim() === '') {
    throw invalidArgument(operation, `${field} must be a non-empty string`);
  }
  return userID;
}

/** A non-empty list of user IDs, de-duplicated in order, at most `max` long. */
export function validateUserIDs(
  userIDs: unknown,
  operation: string,
  options: { max: number; field?: string },
): string[] {
  const field = options.field ?? 'userIDs';
  if (!Array.isArray(userIDs) || userIDs.length === 0) {
    throw invalidArgument(operation, `${field} must be a non-empty array of user IDs`);
  }
  const ids = [...new Set(userIDs.map((id, i) => validateUserID(id, operation, `${field}[${i}]`)))];
  if (ids.length > options.max) {
    throw invalidArgument(operation, `${field} lists ${ids.length} users; at most ${options.max}`);
  }
  return ids;
}

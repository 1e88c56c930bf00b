// Conversation IDs are the SDK's: 'C2C' + userID, 'GROUP' + groupID, or '@TIM#SYSTEM'.
// Checking them locally turns a typo into an immediate INVALID_ARGUMENT instead of a server round trip.
import { invalidArgument } from '../errors.js';

export interface ConversationTarget {
  type: 'C2C' | 'GROUP' | 'SYSTEM';
  /** userID or groupID; '' for the system conversation */
  peerID: string;
}

export const SYSTEM_CONVERSATION_ID = '@TIM#SYSTEM';

export function parseConversationID(
  conversationID: unknown,
  operation: string,
): ConversationTarget {
  if (typeof conversationID !== 'string' || conversationID === '') {
    throw invalidArgument(operation, 'conversationID must be a non-empty string');
  }
  if (conversationID === SYSTEM_CONVERSATION_ID) return { type: 'SYSTEM', peerID: '' };
  for (const type of ['C2C', 'GROUP'] as const) {
    if (conversationID.startsWith(type) && conversationID.length > type.length) {
      return { type, peerID: conversationID.slice(type.length) };
    }
  }
  throw invalidArgument(
    operation,
    `conversationID "${conversationID}" must start with "C2C" or "GROUP" followed by an ID, or be "${SYSTEM_CONVERSATION_ID}"`,
  );
}

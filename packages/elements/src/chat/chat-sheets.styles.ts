// Every style sheet <tim-chat> adopts, in cascade order: the theme tokens and shared rules, then
// the chat's own, the bubbles', the composer's, the read receipts' and the forward dialog's.
import { shared, tokens } from '../themes/tokens.styles.js';
import styles from './chat.styles.js';
import bubbleStyles from './message-bubble/bubble.styles.js';
import composerStyles from './composer.styles.js';
import receiptStyles from './read-receipts.styles.js';
import forwardStyles from './forward.styles.js';

export const chatStyleSheets = [
  tokens,
  shared,
  styles,
  bubbleStyles,
  composerStyles,
  receiptStyles,
  forwardStyles,
];

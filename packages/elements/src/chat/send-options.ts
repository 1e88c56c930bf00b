import type { TimMentionTarget, TimSendOptions, TimTextSendOptions } from '@tim-kit/headless';

/** Group messages ask for read receipts when the chat's `group-read-receipts` is set. */
export function withReadReceipts(
  options: TimSendOptions | undefined,
  groupReadReceipts: boolean,
  conversationID: string | null,
): TimSendOptions | undefined {
  if (!groupReadReceipts || !conversationID?.startsWith('GROUP')) return options;
  return { ...options, needReadReceipt: true };
}

/** A text's options with the members it @-mentions, if any. */
export function withMentions(
  options: TimSendOptions | undefined,
  mentions: TimMentionTarget | undefined,
): TimTextSendOptions | undefined {
  return mentions ? { ...options, mentions } : options;
}

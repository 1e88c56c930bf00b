import type { TimCore, TimMessage, TimSendOptions } from '@tim-kit/headless';
import { emit } from '../events/events.js';
import type { TimChat } from './chat.component.js';
import { withReadReceipts } from './send-options.js';

/** One media or location send, given the conversation and the chat's send options. */
export type MediaSend = (
  core: TimCore,
  id: string,
  options: TimSendOptions | undefined,
) => Promise<TimMessage>;

/**
 * Runs one media or location send (image, file, video, voice clip, location) against the
 * conversation on screen with the chat's send options (read receipts in groups), announces it
 * with `tim-message-send` like a text, and reports failures.
 */
export async function sendMedia(
  host: TimChat,
  target: { core: TimCore | undefined; id: string | null },
  operation: string,
  send: MediaSend,
): Promise<void> {
  const { core, id } = target;
  if (!core || !id) return;
  host.error = null;
  host.scrollToLatest();
  try {
    const sent = await send(core, id, withReadReceipts(undefined, host.groupReadReceipts, id));
    emit(host, 'tim-message-send', {
      conversationID: id,
      text: '',
      kind: sent.kind,
      messageID: sent.id,
    });
  } catch (error) {
    host.fail(error, `messages.${operation}`);
  }
}

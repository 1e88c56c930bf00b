// The one send pipeline every kind goes through: validate, create the SDK message, show it as
// 'sending' in the same tick, then settle the same entry 'sent' or 'failed'. Media messages also
// carry `progress` (0..1) from the SDK's upload callback.
import { TimError, TimErrorCode, invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkMessage, SdkResponse } from '../sdk/types.js';
import { createUploads } from './upload-cancel.js';
import type { ThreadState } from './thread.js';
import type { TimMessage, TimSendOptions } from './types.js';

/** What every SDK create*Message call takes. */
export interface CreateBase {
  to: string;
  conversationType: 'C2C' | 'GROUP';
  needReadReceipt: boolean;
  cloudCustomData?: string;
  onProgress?: (percent: number) => void;
}

type ChatSendOptions = Parameters<CoreContext['chat']['sendMessage']>[1];

export interface Sender {
  send(
    op: string,
    conversationID: string,
    create: (base: CreateBase) => unknown,
    options: TimSendOptions | undefined,
    /** The file a media message uploads; undefined for the other kinds. */
    media: File | undefined,
  ): Promise<TimMessage>;
  resend(conversationID: string, messageID: string): Promise<TimMessage>;
  cancelUpload(conversationID: string, messageID: string): Promise<void>;
}

export function createSender(
  ctx: CoreContext,
  threadState: (conversationID: string, op: string) => ThreadState,
  threadIfOpen: (conversationID: string) => ThreadState | undefined,
  defaultNeedReadReceipt: () => boolean,
): Sender {
  // Resend repeats the first send's delivery options (online only, push texts).
  const sendOptionsByID = new Map<string, ChatSendOptions>();
  const uploads = createUploads(ctx.chat);

  async function deliver(
    state: ThreadState,
    message: SdkMessage,
    send: () => Promise<unknown>,
    op: string,
    media: boolean,
  ): Promise<TimMessage> {
    const id = message.ID;
    const upload = media ? uploads.started(state.thread.conversationID, id) : undefined;
    try {
      const reply = (await send()) as SdkResponse<{ message?: SdkMessage }> | undefined;
      sendOptionsByID.delete(id);
      uploads.finished(id, 'sent');
      return state.settle(id, reply?.data?.message ?? message, {
        status: 'sent',
        ...(media ? { progress: 1 } : {}),
      });
    } catch (cause) {
      // A cancelled upload leaves the view as if it was never sent; nothing reached the peer.
      if (upload?.cancelRequested) {
        sendOptionsByID.delete(id);
        uploads.finished(id, 'cancelled');
        state.discard(id);
        throw new TimError(TimErrorCode.UPLOAD_CANCELLED, 'the upload was cancelled', op, {
          cause,
        });
      }
      uploads.finished(id, 'failed');
      const error = toTimError(cause, op);
      state.settle(id, message, {
        status: 'failed',
        error: { code: error.code, message: error.message },
      });
      throw error;
    }
  }

  return {
    async send(op, conversationID, create, options = {}, media) {
      const target = parseConversationID(conversationID, op);
      if (target.type === 'SYSTEM')
        throw invalidArgument(op, 'the system conversation does not accept messages');
      // The user's push defaults (notifications domain) fill what this send leaves out.
      const sendOptions = ctx.withOfflinePush(conversationID, toChatSendOptions(options, op));
      ctx.requireLogin(op);
      // Progress can only be shown once the entry exists; earlier reports are kept for it.
      const live: { id?: string; state?: ThreadState; pending: number } = { pending: 0 };
      const base: CreateBase = {
        to: target.peerID,
        conversationType: target.type,
        needReadReceipt: options.needReadReceipt ?? defaultNeedReadReceipt(),
      };
      if (options.cloudCustomData !== undefined) base.cloudCustomData = options.cloudCustomData;
      if (media) {
        base.onProgress = (percent) => {
          const progress = Math.min(1, Math.max(0, Number(percent) || 0));
          if (live.id === undefined || !live.state) live.pending = progress;
          else live.state.setProgress(live.id, progress);
        };
      }
      let message: SdkMessage;
      try {
        const created = create(base);
        // Before login the SDK returns a rejected promise instead of a Message. Only await then, so
        // the 'sending' entry below appears in the same tick as the call.
        message = (isThenable(created) ? await created : created) as SdkMessage;
      } catch (error) {
        throw toTimError(error, op);
      }
      if (!message || typeof message.ID !== 'string') {
        throw invalidArgument(op, 'the SDK could not create this message');
      }
      const state = threadState(conversationID, op);
      state.appendOwn(message, media ? { progress: live.pending } : {});
      live.state = state;
      live.id = message.ID;
      if (sendOptions) sendOptionsByID.set(message.ID, sendOptions);
      if (media) uploads.remember(message.ID, media);
      const send = () => ctx.chat.sendMessage(message, sendOptions);
      return deliver(state, message, send, op, media !== undefined);
    },

    async resend(conversationID, messageID) {
      const op = 'messages.resend';
      parseConversationID(conversationID, op);
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      ctx.requireLogin(op);
      const state = threadIfOpen(conversationID);
      const entry = state?.get(messageID);
      const message = state?.sdkMessage(messageID);
      if (!state || !entry || !message || entry.status !== 'failed') {
        throw invalidArgument(op, `there is no failed message "${messageID}" in ${conversationID}`);
      }
      const media = entry.progress !== undefined;
      state.settle(messageID, message, { status: 'sending', ...(media ? { progress: 0 } : {}) });
      const sendOptions = sendOptionsByID.get(messageID);
      return deliver(state, message, () => ctx.chat.resendMessage(message, sendOptions), op, media);
    },

    cancelUpload: (conversationID, messageID) => uploads.cancel(conversationID, messageID),
  };
}

function toChatSendOptions(options: TimSendOptions, op: string): ChatSendOptions | undefined {
  if (typeof options !== 'object' || options === null)
    throw invalidArgument(op, 'options must be an object');
  if (options.cloudCustomData !== undefined && typeof options.cloudCustomData !== 'string')
    throw invalidArgument(op, 'options.cloudCustomData must be a string');
  const result: Record<string, unknown> = {};
  if (options.onlineOnly) result.onlineUserOnly = true;
  const push = options.offlinePush;
  if (push) {
    const info: Record<string, unknown> = {};
    if (push.title !== undefined) info.title = String(push.title);
    if (push.description !== undefined) info.description = String(push.description);
    if (push.extension !== undefined) info.extension = String(push.extension);
    if (push.disablePush) info.disablePush = true;
    result.offlinePushInfo = info;
  }
  return Object.keys(result).length > 0 ? (result as ChatSendOptions) : undefined;
}

export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

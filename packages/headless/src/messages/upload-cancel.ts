// messages.cancelUpload: which media sends are still uploading, and cancelling one of them. The
// abort itself happens in the upload plugin wrapper (sdk/cancellable-upload.ts); the send
// pipeline (send.ts) then drops the entry and rejects the send with UPLOAD_CANCELLED.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { existingUploadCanceller } from '../sdk/cancellable-upload.js';

type Outcome = 'sent' | 'failed' | 'cancelled';

export interface RunningSend {
  readonly conversationID: string;
  /** Set by cancelUpload; the pipeline then reports the failure of this send as a cancel. */
  cancelRequested: boolean;
  readonly settled: Promise<Outcome>;
}

export interface Uploads {
  /** The file a media message uploads, kept until it is sent or cancelled (a resend needs it). */
  remember(messageID: string, body: File): void;
  started(conversationID: string, messageID: string): RunningSend;
  finished(messageID: string, outcome: Outcome): void;
  cancel(conversationID: string, messageID: string): Promise<void>;
}

export function createUploads(chat: object): Uploads {
  const bodies = new Map<string, File>();
  const running = new Map<string, RunningSend & { settle(outcome: Outcome): void }>();

  return {
    remember(messageID, body) {
      bodies.set(messageID, body);
    },

    started(conversationID, messageID) {
      let settle: (outcome: Outcome) => void = () => {};
      const settled = new Promise<Outcome>((resolve) => (settle = resolve));
      const send = { conversationID, cancelRequested: false, settled, settle };
      running.set(messageID, send);
      return send;
    },

    finished(messageID, outcome) {
      running.get(messageID)?.settle(outcome);
      running.delete(messageID);
      const body = bodies.get(messageID);
      // A refusal left from a cancel that came too late must not refuse a resend.
      if (body) existingUploadCanceller(chat)?.forget(body);
      if (outcome !== 'failed') bodies.delete(messageID);
    },

    async cancel(conversationID, messageID) {
      const op = 'messages.cancelUpload';
      parseConversationID(conversationID, op);
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      const send = running.get(messageID);
      const body = bodies.get(messageID);
      if (!send || !body || send.conversationID !== conversationID) {
        throw invalidArgument(
          op,
          `message "${messageID}" in ${conversationID} is not a media message still uploading`,
        );
      }
      const canceller = existingUploadCanceller(chat);
      const outcome = canceller ? canceller.cancel(body) : 'unsupported';
      if (outcome === 'unsupported') {
        throw new TimError(
          TimErrorCode.UPLOAD_CANCEL_UNSUPPORTED,
          canceller
            ? 'this upload cannot be aborted here (it does not run over XMLHttpRequest)'
            : 'uploads can only be cancelled on an SDK made by createChat',
          op,
        );
      }
      send.cancelRequested = true;
      // Settles within a few ticks of an abort; a cancel that came before the upload started
      // waits for the SDK to try it. The upload may also have finished meanwhile.
      if ((await send.settled) === 'sent') {
        throw invalidArgument(
          op,
          `message "${messageID}" was sent before its upload was cancelled`,
        );
      }
    },
  };
}

// The message actions beyond text: every other kind of send, revoke, delete and read receipts.
import type { TimMessage, TimSendOptions } from './types.js';

export interface TimLocation {
  description: string;
  /** -180..180 */
  longitude: number;
  /** -90..90 */
  latitude: number;
}

export interface TimCustomPayload {
  /** The app's own data, usually JSON. */
  data: string;
  /** A readable fallback, shown in conversation previews. */
  description?: string;
  extension?: string;
}

export interface TimReadMembersOptions {
  /** Default 'read'. */
  filter?: 'read' | 'unread';
  /** '' (the default) for the first page, then the cursor the previous page returned. */
  cursor?: string;
  /** Page size 1..100; default 100. */
  count?: number;
}

export interface TimReadMembersPage {
  userIDs: string[];
  cursor: string;
  isCompleted: boolean;
}

/** The seed's seMessageExtConfig, as far as it means something on the web. */
export interface TimMessageConfig {
  /** Every send asks for a read receipt unless its options say otherwise. Default false. */
  enableReadReceipt: boolean;
  /**
   * Messages asking for a receipt get one automatically when their conversation is marked read
   * (setActive on a visible page, or markRead). Default true.
   */
  enableAutoReport: boolean;
}

export interface TimMessageActions {
  /**
   * Cancels the upload of a media message still being sent: the entry leaves the thread, nothing
   * reaches the peer, and the send's promise rejects with UPLOAD_CANCELLED (7). Resolves once
   * that happened. Rejects with INVALID_ARGUMENT when the message is not uploading (or finished
   * first), UPLOAD_CANCEL_UNSUPPORTED (8) where the upload cannot be aborted (Node).
   */
  cancelUpload(conversationID: string, messageID: string): Promise<void>;
  /**
   * Images: jpg, jpeg, gif, png, bmp, webp; under 20 MB. A Blob without a name is named after
   * its MIME type. The entry carries `progress` 0..1 while uploading.
   */
  sendImage(
    conversationID: string,
    file: File | Blob,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  /** A recorded voice clip (any audio file under 20 MB) and its length in seconds. */
  sendSound(
    conversationID: string,
    file: File | Blob,
    durationSeconds: number,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  /** mp4 or mov, up to 100 MB. */
  sendVideo(
    conversationID: string,
    file: File | Blob,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  /** Any non-empty file up to 100 MB. */
  sendFile(
    conversationID: string,
    file: File | Blob,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  /** A sticker from the app's own set: its index and the app's key or data for it. */
  sendFace(
    conversationID: string,
    index: number,
    data: string,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  sendLocation(
    conversationID: string,
    location: TimLocation,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  sendCustom(
    conversationID: string,
    payload: TimCustomPayload,
    options?: TimSendOptions,
  ): Promise<TimMessage>;
  /**
   * Recalls a message for everyone, within 2 minutes of sending (later: 20016 for C2C, 10031
   * for groups). The entry stays, with isRevoked true.
   */
  revoke(conversationID: string, messageID: string): Promise<TimMessage>;
  /** Deletes messages for the current user only; the entries leave the thread. */
  deleteMessages(conversationID: string, messageIDs: readonly string[]): Promise<void>;
  /** Tells the senders of these messages (which asked for one) that they were read. */
  sendReadReceipt(conversationID: string, messageIDs: readonly string[]): Promise<void>;
  /**
   * One page of the members who read (`filter: 'read'`, the default) or have not read
   * (`'unread'`) one of our own group messages that asked for receipts. Pass the returned
   * `cursor` for the next page until `isCompleted`. Work, Public and Meeting groups only
   * (others answer 10007).
   */
  readMembers(
    conversationID: string,
    messageID: string,
    options?: TimReadMembersOptions,
  ): Promise<TimReadMembersPage>;
  /** Changes the seed's message-extension settings; returns the settings now in force. */
  configure(config: Partial<TimMessageConfig>): TimMessageConfig;
}

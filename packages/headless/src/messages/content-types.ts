// Typed message content, one shape per kind, so renderers switch on `content.kind` instead of
// digging through the SDK's payloads (which differ between sent and received messages).

export interface TimImageVariant {
  /** The uploaded image, or a local preview (blob: URL) while our own upload is running. */
  url: string;
  width: number;
  height: number;
  /** bytes; 0 when the server did not say */
  size: number;
}

export interface TimTextContent {
  kind: 'text';
  text: string;
}

export interface TimImageContent {
  kind: 'image';
  /** The file as sent. */
  original: TimImageVariant | null;
  /** About 720 px on the short side. */
  large: TimImageVariant | null;
  /** About 198 px on the short side: the one to show in a message list. */
  thumbnail: TimImageVariant | null;
}

export interface TimSoundContent {
  kind: 'sound';
  url: string;
  seconds: number;
  size: number;
}

export interface TimVideoContent {
  kind: 'video';
  url: string;
  seconds: number;
  size: number;
  /** 'mp4', 'mov'... */
  format: string;
  /** First-frame image; url '' when the sender provided none. */
  snapshot: { url: string; width: number; height: number };
}

export interface TimFileContent {
  kind: 'file';
  name: string;
  size: number;
  url: string;
}

export interface TimFaceContent {
  kind: 'face';
  /** Index in the app's own sticker set. */
  index: number;
  /** The app's own key or data for the sticker. */
  data: string;
}

export interface TimLocationContent {
  kind: 'location';
  description: string;
  longitude: number;
  latitude: number;
}

export interface TimCustomContent {
  kind: 'custom';
  data: string;
  description: string;
  extension: string;
  /**
   * Set on the custom message the SDK itself sends into a group it just created (its
   * `group_create` signal, which Tencent's UIKits show as a tip): who created the group.
   * The message's `text` then reads "<creator> created the group".
   */
  groupCreatedBy?: string;
}

export interface TimMergerContent {
  kind: 'merger';
  title: string;
  /** One line per forwarded message, e.g. "alice: hello". */
  abstractList: string[];
}

export interface TimGroupTipContent {
  kind: 'group-tip';
  /** Readable English, e.g. "bob joined the group". */
  text: string;
  /** The SDK's GRP_TIP_* value. */
  operationType: number;
  operatorID: string;
  userIDList: string[];
}

export interface TimGroupSystemContent {
  kind: 'group-system';
  /** Readable English, e.g. "alice dismissed the group team". */
  text: string;
  /** The SDK's group system notice type (1 join request ... 15 custom). */
  operationType: number;
  operatorID: string;
  groupID: string;
  groupName: string;
}

export interface TimUnknownContent {
  kind: 'unknown';
}

export type TimMessageContent =
  | TimTextContent
  | TimImageContent
  | TimSoundContent
  | TimVideoContent
  | TimFileContent
  | TimFaceContent
  | TimLocationContent
  | TimCustomContent
  | TimMergerContent
  | TimGroupTipContent
  | TimGroupSystemContent
  | TimUnknownContent;

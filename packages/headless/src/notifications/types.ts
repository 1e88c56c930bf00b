import type { ReadableAtom } from 'nanostores';

/**
 * The web form of the seed's push settings (setOfflinePushSettings / setAPNS), stored per user.
 * They decide which messages show a Web Notification while the page is hidden, and what offline
 * push info rides on the messages this user sends.
 */
export interface TimNotificationSettings {
  /** Master switch: no Web Notifications and `disablePush` on outgoing messages when false. */
  enabled: boolean;
  /** Notify for one-to-one messages. */
  c2c: boolean;
  /** Notify for group messages. */
  group: boolean;
  /** Offline push sound for C2C messages (and groups unless `groupSound` is set); null = default. */
  sound: string | null;
  /** Offline push sound for group messages; null = same as `sound`. */
  groupSound: string | null;
}

export type NotificationPermissionState = 'default' | 'granted' | 'denied' | 'unsupported';

/** The seed's `noticeclicked` event: `ret.type` and `ret.value` in the iOS push ("aps") form. */
export interface NoticeClickedEvent {
  /** 1: a notification this module produced (0 is reserved for pushes the platform received). */
  type: 1;
  value: {
    /** false: `value` is in the push form below (the seed's local form is the new-message shape). */
    localNotification: false;
    aps: { alert: { body: string }; badge: number; sound: string };
    /** Custom push extension. */
    e: string;
    /** Sender userID. */
    f: string;
    /** Receiver: the logged-in userID. */
    t: string;
    /** Message ID. */
    m: string;
    /** Group ID; only present for group messages. */
    g?: string;
  };
}

/** setOfflinePushSettings' params: sounds given as the string 'null' go back to the default. */
export interface OfflinePushParams {
  enabled?: boolean;
  c2cMsgRemindSound?: string | null;
  groupMsgRemindSound?: string | null;
}

/** getOfflinePushSettings' fields ('' means the default sound). */
export interface OfflinePushState {
  isEnable: boolean;
  c2cMsgRemindSoundPath: string;
  groupMsgRemindSoundPath: string;
}

/** setAPNS' params: openPush 0 leaves the switch alone, 1 turns push on, 2 off. */
export interface ApnsParams {
  openPush?: 0 | 1 | 2;
  c2cSound?: string | null;
  groupSound?: string | null;
}

export interface ApnsState {
  openPush: 1 | 2;
  c2cSound: string;
  groupSound: string;
}

/** What the SDK's sendMessage accepts as `options.offlinePushInfo`. */
export interface OfflinePushInfo {
  disablePush: boolean;
  androidInfo?: { sound: string };
  apnsInfo?: { sound: string };
}

export interface NotificationOptions {
  /** The Web Notification constructor. Default: globalThis.Notification, read when the core is created. */
  Notification?: NotificationConstructorLike | null;
  /** Brings the page to the front on click. Default: window.focus(). */
  focus?: () => void;
  /** Where settings persist. Default: globalThis.localStorage; in memory where there is none. */
  localStorage?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** The parts of the Notification API the core uses (the DOM class satisfies it). */
export interface NotificationConstructorLike {
  new (title: string, options?: NotificationOptionsLike): NotificationLike;
  readonly permission: string;
  requestPermission(): Promise<string>;
}

export interface NotificationOptionsLike {
  body?: string;
  tag?: string;
  icon?: string;
  data?: unknown;
}

export interface NotificationLike {
  onclick: ((event: unknown) => unknown) | null;
  close(): void;
}

export interface TimNotifications {
  $settings: ReadableAtom<Readonly<TimNotificationSettings>>;
  $permission: ReadableAtom<NotificationPermissionState>;
  /** The last notification click, or null. */
  $lastClick: ReadableAtom<NoticeClickedEvent | null>;
  getSettings(): Promise<TimNotificationSettings>;
  /** Changes some settings for the logged-in user and stores them. */
  setSettings(patch: Partial<TimNotificationSettings>): Promise<TimNotificationSettings>;
  setOfflinePush(params: OfflinePushParams): Promise<void>;
  getOfflinePush(): Promise<OfflinePushState>;
  setAPNS(params: ApnsParams): Promise<void>;
  getAPNS(): Promise<ApnsState>;
  /** Asks the browser for permission; resolves with the outcome ('unsupported' without the API). */
  requestPermission(): Promise<NotificationPermissionState>;
  /** Calls `listener` on every notification click; returns an unsubscribe function. */
  onNoticeClicked(listener: (event: NoticeClickedEvent) => void): () => void;
  /** The offline push info for a message sent to `conversationID` now. */
  offlinePushInfo(conversationID: string): OfflinePushInfo;
}

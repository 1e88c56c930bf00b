// Push settings per user, and Web Notifications for messages that arrive while the page is
// hidden. The Notification constructor, focus and localStorage are injectable and are only read
// when the core is created, so importing the package touches no browser global.
import type { TimConversations } from '../conversations/types.js';
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkMessage } from '../sdk/types.js';
import { clickedEvent, noticeFor, type Notice } from './notice.js';
import {
  DEFAULT_SETTINGS,
  createPersistence,
  fromApnsParams,
  fromOfflinePushParams,
  toApnsState,
  toOfflinePushState,
  validatePatch,
} from './settings.js';
import type {
  NoticeClickedEvent,
  NotificationConstructorLike,
  NotificationOptions,
  NotificationPermissionState,
  OfflinePushInfo,
  TimNotificationSettings,
  TimNotifications,
} from './types.js';

export interface NotificationsDeps {
  conversations: Pick<TimConversations, '$conversations' | '$totalUnread' | 'setActive'>;
}

export function createNotifications(
  ctx: CoreContext,
  deps: NotificationsDeps,
  options: NotificationOptions = {},
): { api: TimNotifications; handlers: SdkEventHandlers; dispose(): void } {
  const Ctor: NotificationConstructorLike | null =
    options.Notification === undefined
      ? ((globalThis as { Notification?: NotificationConstructorLike }).Notification ?? null)
      : options.Notification;
  const focus = options.focus ?? (() => (globalThis as { focus?: () => void }).focus?.());
  const persistence = createPersistence(options);
  const settings = ctx.store<Readonly<TimNotificationSettings>>(DEFAULT_SETTINGS);
  const permission = ctx.store<NotificationPermissionState>(readPermission());
  const lastClick = ctx.store<NoticeClickedEvent | null>(null);
  const clickListeners = new Set<(event: NoticeClickedEvent) => void>();

  function readPermission(): NotificationPermissionState {
    if (!Ctor) return 'unsupported';
    const value = Ctor.permission;
    return value === 'granted' || value === 'denied' ? value : 'default';
  }

  // Settings belong to a user: load them when someone logs in, back to defaults on logout.
  const stopWatchingUser = ctx.user.$.subscribe((user) => {
    settings.set(user ? Object.freeze(persistence.load(user.userID)) : DEFAULT_SETTINGS);
  });

  async function update(
    patch: Partial<TimNotificationSettings>,
    operation: string,
  ): Promise<TimNotificationSettings> {
    ctx.requireLogin(operation);
    const userID = ctx.selfID();
    const next = { ...settings.get(), ...patch };
    persistence.save(userID, next);
    settings.set(Object.freeze(next));
    return { ...next };
  }

  function offlinePushInfo(conversationID: string): OfflinePushInfo {
    const current = settings.get();
    const isGroup = conversationID.startsWith('GROUP');
    const sound = isGroup ? (current.groupSound ?? current.sound) : current.sound;
    const info: OfflinePushInfo = { disablePush: !current.enabled };
    if (sound !== null) {
      info.androidInfo = { sound };
      info.apnsInfo = { sound };
    }
    return info;
  }
  const stopProviding = ctx.provideOfflinePushInfo((id) => ({ ...offlinePushInfo(id) }));

  function shouldNotify(message: SdkMessage): boolean {
    if (!Ctor || ctx.loginStatus.get() !== 'logged-in' || ctx.isPageVisible()) return false;
    if (message.flow === 'out' || message.from === ctx.selfID()) return false;
    const current = settings.get();
    if (!current.enabled) return false;
    if (!(message.conversationType === 'GROUP' ? current.group : current.c2c)) return false;
    permission.set(readPermission()); // the user may have changed it in the browser's settings
    return permission.get() === 'granted';
  }

  function show(message: SdkMessage): void {
    const rows = deps.conversations.$conversations.get();
    const row = rows.find((c) => c.conversationID === message.conversationID);
    if (row?.isMuted || !Ctor) return;
    const notice = noticeFor(message, row);
    if (!notice) return;
    const notification = new Ctor(notice.title, {
      body: notice.body,
      // One notification per conversation: a newer message replaces the older one.
      tag: notice.conversationID,
      data: { conversationID: notice.conversationID, messageID: message.ID },
      ...(notice.icon ? { icon: notice.icon } : {}),
    });
    notification.onclick = () => onClick(message, notice, notification);
  }

  function onClick(message: SdkMessage, notice: Notice, notification: { close(): void }): void {
    if (!ctx.isAlive()) return;
    focus();
    try {
      deps.conversations.setActive(notice.conversationID);
    } catch (error) {
      ctx.reportError(error instanceof TimError ? error : toUnknown(error));
    }
    const event = clickedEvent(
      message,
      notice,
      settings.get(),
      ctx.selfID(),
      deps.conversations.$totalUnread.get(),
    );
    lastClick.set(event);
    for (const listener of [...clickListeners]) listener(event);
    notification.close();
  }

  const handlers: SdkEventHandlers = {
    [SdkEvent.MESSAGE_RECEIVED]: (event) => {
      if (!Array.isArray(event.data)) return;
      for (const message of event.data as SdkMessage[]) {
        if (shouldNotify(message)) show(message);
      }
    },
  };

  const api: TimNotifications = {
    $settings: settings.$,
    $permission: permission.$,
    $lastClick: lastClick.$,
    async getSettings() {
      ctx.assertAlive('notifications.getSettings');
      return { ...settings.get() };
    },
    async setSettings(patch) {
      const op = 'notifications.setSettings';
      return update(validatePatch(patch, op), op);
    },
    async setOfflinePush(params) {
      const op = 'notifications.setOfflinePush';
      await update(fromOfflinePushParams(params, op), op);
    },
    async getOfflinePush() {
      ctx.assertAlive('notifications.getOfflinePush');
      return toOfflinePushState(settings.get());
    },
    async setAPNS(params) {
      const op = 'notifications.setAPNS';
      await update(fromApnsParams(params, op), op);
    },
    async getAPNS() {
      ctx.assertAlive('notifications.getAPNS');
      return toApnsState(settings.get());
    },
    async requestPermission() {
      const op = 'notifications.requestPermission';
      ctx.assertAlive(op);
      if (!Ctor) return 'unsupported';
      try {
        await Ctor.requestPermission();
      } catch (error) {
        throw new TimError(TimErrorCode.UNKNOWN, 'the browser refused the request', op, {
          cause: error,
        });
      }
      permission.set(readPermission());
      return permission.get();
    },
    onNoticeClicked(listener) {
      if (typeof listener !== 'function')
        throw invalidArgument('notifications.onNoticeClicked', 'listener must be a function');
      clickListeners.add(listener);
      return () => void clickListeners.delete(listener);
    },
    offlinePushInfo(conversationID) {
      parseConversationID(conversationID, 'notifications.offlinePushInfo');
      return offlinePushInfo(conversationID);
    },
  };

  return {
    api,
    handlers,
    dispose() {
      stopWatchingUser();
      stopProviding();
      clickListeners.clear();
    },
  };
}

function toUnknown(error: unknown): TimError {
  return new TimError(TimErrorCode.UNKNOWN, String(error), 'notifications.click', { cause: error });
}

// createTimCore wires one ChatSDK instance to the domain modules. Every SDK listener is added
// here, when the core is created, through one bag, so destroy() removes exactly those.
import { TimError, TimErrorCode } from './errors.js';
import { createAuth } from './auth/auth.js';
import type { TimAuth } from './auth/types.js';
import { createConversations } from './conversations/conversations.js';
import type { TimConversations } from './conversations/types.js';
import { createContext } from './internal/context.js';
import { defaultIsPageVisible } from './internal/visibility.js';
import { createMessages } from './messages/messages.js';
import { withoutTypingSignals } from './messages/typing-signal.js';
import type { TimMessages } from './messages/types.js';
import { createNotifications } from './notifications/notifications.js';
import type { NotificationOptions, TimNotifications } from './notifications/types.js';
import { createStorage } from './storage/storage.js';
import type { StorageOptions, TimStorage } from './storage/types.js';
import { createListenerBag } from './sdk/events.js';
import type { ChatSDK } from './sdk/types.js';
import { createProfile } from './profile/profile.js';
import type { TimProfiles } from './profile/types.js';
import { createFriends } from './friends/friends.js';
import type { TimFriends } from './friends/types.js';
import { createBlacklist } from './blacklist/blacklist.js';
import type { TimBlacklist } from './blacklist/types.js';
import { createFriendGroups } from './friend-groups/friend-groups.js';
import type { TimFriendGroups } from './friend-groups/types.js';
import { createGroups } from './groups/groups.js';
import type { TimGroups } from './groups/types.js';
import { createShutdown, type ShutdownOptions } from './internal/shutdown.js';

export interface TimCoreOptions {
  chat: ChatSDK;
  /** How long login() may take before it fails with LOGIN_TIMEOUT. Default 15000. */
  loginTimeoutMs?: number;
  /** Default: document.visibilityState === 'visible' where a document exists, else true. */
  isPageVisible?: () => boolean;
  /**
   * Receives failures of work nobody awaits: SDK ERROR events and the automatic mark-read of the
   * active conversation. Default: console.warn.
   */
  onError?: (error: TimError) => void;
  /** Web Notifications: the Notification constructor, focus() and localStorage to use. */
  notification?: NotificationOptions;
  /** The local cache: the IndexedDB factory to use. */
  storage?: StorageOptions;
}

export interface TimCore {
  readonly chat: ChatSDK;
  auth: TimAuth;
  conversations: TimConversations;
  messages: TimMessages;
  notifications: TimNotifications;
  storage: TimStorage;
  profile: TimProfiles;
  friends: TimFriends;
  blacklist: TimBlacklist;
  friendGroups: TimFriendGroups;
  groups: TimGroups;
  /** Removes every SDK listener the core added; stores stop updating and actions reject. */
  destroy(): void;
  /**
   * Logs out, destroys the core and the SDK (chat.destroy()), and clears the timers the SDK leaks,
   * so a Node process exits by itself afterwards. Never rejects; later calls return the same promise.
   */
  shutdown(options?: ShutdownOptions): Promise<void>;
}

export const DEFAULT_LOGIN_TIMEOUT_MS = 15_000;

export function createTimCore(options: TimCoreOptions): TimCore {
  const { chat } = options;
  if (!chat || typeof chat.on !== 'function') {
    throw new TimError(
      TimErrorCode.INVALID_ARGUMENT,
      'createTimCore: options.chat must be a ChatSDK instance (see createChat)',
      'createTimCore',
    );
  }
  const loginTimeoutMs = options.loginTimeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
  const ctx = createContext({
    chat,
    loginTimeoutMs: loginTimeoutMs > 0 ? loginTimeoutMs : DEFAULT_LOGIN_TIMEOUT_MS,
    isPageVisible: options.isPageVisible ?? defaultIsPageVisible,
    onError: options.onError ?? ((error) => console.warn(error)),
  });

  const auth = createAuth(ctx);
  const messages = createMessages(ctx);
  const conversations = createConversations(ctx, {
    markRead: messages.api.markRead,
    clearThread: messages.clearThread,
    autoMarkRead: () => messages.config().enableAutoReport,
  });

  const notifications = createNotifications(
    ctx,
    { conversations: conversations.api },
    options.notification,
  );
  const storage = createStorage(ctx, { conversations }, options.storage);

  const profile = createProfile(ctx);
  // Friend groups ask who is a friend only when an action runs, after `friends` exists.
  const friendGroups = createFriendGroups(ctx, { isFriend: (id) => friends.isFriend(id) });
  const friends = createFriends(ctx, {
    rememberProfiles: profile.remember,
    friendGroups: friendGroups.api,
  });
  const blacklist = createBlacklist(ctx);
  const groups = createGroups(ctx);

  // Typing signals are not messages: every domain gets received batches without them, except
  // the typing indicator, which listens through its own bag.
  const bag = createListenerBag(chat, withoutTypingSignals);
  const typingBag = createListenerBag(chat);
  typingBag.onAll(messages.typingHandlers);
  bag.onAll(auth.handlers);
  bag.onAll(messages.handlers);
  bag.onAll(conversations.handlers);
  bag.onAll(notifications.handlers);
  bag.onAll(storage.handlers);
  bag.onAll(profile.handlers);
  bag.onAll(friendGroups.handlers);
  bag.onAll(friends.handlers);
  bag.onAll(friends.applicationHandlers);
  bag.onAll(blacklist.handlers);
  bag.onAll(groups.handlers);

  let destroyed = false;
  const shutdown = createShutdown({
    ctx,
    logout: auth.api.logout,
    destroyCore: () => core.destroy(),
  });
  const core: TimCore = {
    chat,
    auth: auth.api,
    conversations: conversations.api,
    messages: messages.api,
    notifications: notifications.api,
    storage: storage.api,
    profile: profile.api,
    friends: friends.api,
    blacklist: blacklist.api,
    friendGroups: friendGroups.api,
    groups: groups.api,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      bag.offAll();
      typingBag.offAll();
      messages.dispose();
      conversations.dispose();
      notifications.dispose();
      storage.dispose();
      ctx.destroy();
    },
    shutdown,
  };
  return core;
}

// Public entry of @tim-kit/headless. Importing it has no side effects and touches no browser
// globals, so it is safe in Node and during server-side rendering; the SDK loads in createChat().
export { TimError, TimErrorCode, describeErrorCode, type TimErrorCodeName } from './errors.js';
export { createChat, type CreateChatOptions } from './sdk/create-chat.js';
export type { ChatSDK } from './sdk/types.js';
export {
  createTimCore,
  DEFAULT_LOGIN_TIMEOUT_MS,
  type TimCore,
  type TimCoreOptions,
} from './core.js';
export type { ConnectionState, LoginStatus, TimAuth, TimUser } from './auth/types.js';
export type { TimConversation, TimConversations, TimLastMessage } from './conversations/types.js';
export type {
  MessageKind,
  MessageStatus,
  MessageThread,
  TimMessage,
  TimMessages,
} from './messages/types.js';
export { MAX_TEXT_BYTES } from './messages/validate.js';
export type {
  ApnsParams,
  ApnsState,
  NoticeClickedEvent,
  NotificationOptions,
  NotificationPermissionState,
  OfflinePushInfo,
  OfflinePushParams,
  OfflinePushState,
  TimNotificationSettings,
  TimNotifications,
} from './notifications/types.js';
export type { LocalMessagesQuery, StorageOptions, TimStorage } from './storage/types.js';
// messages and conversations: every kind, typed content, recall/delete/receipts, conversation actions
export type { TimConversationActions } from './conversations/types.js';
export type { TimOfflinePush, TimReadReceipt, TimSendOptions } from './messages/types.js';
export type { TimTextSendOptions } from './messages/types.js';
export type {
  TimConversationMentions,
  TimMentionTarget,
  TimMessageMentions,
} from './messages/mentions.js';
export type {
  TimCustomPayload,
  TimLocation,
  TimMessageActions,
  TimMessageConfig,
  TimReadMembersOptions,
  TimReadMembersPage,
} from './messages/actions-types.js';
export type * from './messages/content-types.js';
export { IMAGE_EXTENSIONS, MEDIA_LIMITS } from './messages/validate-media.js';
// profile, friends, blacklist and friend groups
export type {
  TimAllowType,
  TimGender,
  TimProfile,
  TimProfiles,
  TimProfileUpdate,
} from './profile/types.js';
export { PROFILE_LIMITS } from './profile/validate-profile.js';
export type * from './friends/types.js';
export { FRIEND_LIMITS } from './friends/validate-friend.js';
export type { TimBlacklist } from './blacklist/types.js';
export type { TimFriendGroup, TimFriendGroups } from './friend-groups/types.js';
export { FRIEND_GROUP_LIMITS } from './friend-groups/validate-group.js';
// groups
export type * from './groups/types.js';
export { GROUP_LIMITS } from './groups/validate.js';
// lifecycle in Node: clean shutdown (the SDK's leaked timers) and the WebSocket option
export { destroyChat, type DestroyChatOptions } from './sdk/destroy-chat.js';
export { isSdkBackgroundRejection } from './sdk/internal-rejection.js';
export type { ShutdownOptions } from './internal/shutdown.js';
export type { TimLoadState } from './internal/load-state.js';
export type { WebSocketConstructor } from './sdk/websocket.js';
// forwarding: messages.forward / messages.openMerged
export type * from './messages/forward-types.js';
export type { TimNewerPage, TimNewerActions } from './messages/load-newer.js';
export { MAX_FORWARD_MERGED, MAX_FORWARD_ONE_BY_ONE } from './messages/forward.js';
// typing indicator: messages.setTyping / messages.$typing; the predicate for apps reading the SDK
export { isTypingSignal, TYPING_BUSINESS_ID } from './messages/typing-signal.js';
export type { TimTypingActions } from './messages/typing.js';
// group tip lines in an app's own language: describeGroupTip(message.payload, words)
export { describeGroupTip } from './internal/group-text.js';
export { ENGLISH_TIP_WORDS, type TimTipWords } from './internal/group-tip-words.js';

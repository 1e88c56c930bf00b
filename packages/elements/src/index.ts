// The public entry: classes, events and helpers. Importing it also registers every tag; import
// a `*.component.js` file instead to get a class without registering it.
export { TimProvider } from './provider/tim-provider.js';
export { TimConversationList } from './conversation-list/tim-conversation-list.js';
export { TimChat } from './chat/tim-chat.js';
export type { TimCustomRenderer } from './chat/message-bubble/index.js';
export { TimFriendRequests } from './friend-requests/tim-friend-requests.js';
export { TimContacts } from './contacts/tim-contacts.js';
export { TimBlacklist } from './blacklist/tim-blacklist.js';
export { TimProfileElement } from './profile/tim-profile.js';
export { TimNotificationSettingsElement } from './notification-settings/tim-notification-settings.js';
export { TimGroupSettings } from './group-settings/tim-group-settings.js';
export { TimGroupCreate } from './group-create/tim-group-create.js';
export { TimGroupList } from './group-list/tim-group-list.js';
export { TimCoreElement } from './internal/core-element.js';
export { coreContext, langContext } from './internal/core-context.js';
export { StoreController } from './internal/store-controller.js';
export { resolveLang, errorText, strings, type TimLang, type TimStrings } from './internal/i18n.js';
export {
  emit,
  type TimConversationSelectDetail,
  type TimErrorDetail,
  type TimEventMap,
  type TimMessageSendDetail,
} from './events/events.js';
export type { TimMessageForwardDetail } from './events/events.js';
export { relationStrings, type TimRelationStrings } from './internal/relations-i18n.js';
export type {
  TimBlacklistChangeDetail,
  TimFriendAddDetail,
  TimFriendRemoveDetail,
  TimFriendRequestRespondDetail,
  TimNotificationSettingsChangeDetail,
  TimProfileUpdateDetail,
} from './events/relation-events.js';
export { groupStrings, groupErrorText, type TimGroupStrings } from './internal/group-i18n.js';
export type {
  TimGroupApplyDetail,
  TimGroupCreateDetail,
  TimGroupLeaveDetail,
} from './events/events.js';

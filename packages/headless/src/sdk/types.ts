// The SDK types the core reads, and the event names and enum values it needs at runtime.
// The core only holds a ChatSDK instance (not the TencentCloudChat namespace), so the constants
// are spelled out here; their values are fixed by the pinned SDK version (3.6.6).
import type { ChatSDK, Conversation, Message, Profile } from '@tencentcloud/chat';

export type { ChatSDK };
export type SdkMessage = Message;
export type SdkConversation = Conversation;
export type SdkProfile = Profile;

export const SdkEvent = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  MESSAGE_RECEIVED: 'onMessageReceived',
  MESSAGE_MODIFIED: 'onMessageModified',
  MESSAGE_REVOKED: 'onMessageRevoked',
  MESSAGE_READ_BY_PEER: 'onMessageReadByPeer',
  MESSAGE_READ_RECEIPT_RECEIVED: 'onMessageReadReceiptReceived',
  CONVERSATION_LIST_UPDATED: 'onConversationListUpdated',
  GROUP_LIST_UPDATED: 'onGroupListUpdated',
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'onTotalUnreadMessageCountUpdated',
  PROFILE_UPDATED: 'onProfileUpdated',
  KICKED_OUT: 'kickedOut',
  ERROR: 'error',
  NET_STATE_CHANGE: 'netStateChange',
  // relationship chain (profile, friends, blacklist, friend groups)
  BLACKLIST_UPDATED: 'blacklistUpdated',
  FRIEND_LIST_UPDATED: 'onFriendListUpdated',
  FRIEND_GROUP_LIST_UPDATED: 'onFriendGroupListUpdated',
  FRIEND_APPLICATION_LIST_UPDATED: 'onFriendApplicationListUpdated',
} as const;

export type SdkEventName = (typeof SdkEvent)[keyof typeof SdkEvent];

/** What the SDK passes to every listener. */
export interface SdkEventPayload {
  name: string;
  data: unknown;
}

export const SdkType = {
  CONV_C2C: 'C2C',
  CONV_GROUP: 'GROUP',
  CONV_TOPIC: 'TOPIC',
  CONV_SYSTEM: '@TIM#SYSTEM',
  MSG_TEXT: 'TIMTextElem',
  MSG_IMAGE: 'TIMImageElem',
  MSG_AUDIO: 'TIMSoundElem',
  MSG_VIDEO: 'TIMVideoFileElem',
  MSG_FILE: 'TIMFileElem',
  MSG_FACE: 'TIMFaceElem',
  MSG_LOCATION: 'TIMLocationElem',
  MSG_CUSTOM: 'TIMCustomElem',
  MSG_MERGER: 'TIMRelayElem',
  MSG_GRP_TIP: 'TIMGroupTipElem',
  MSG_GRP_SYS_NOTICE: 'TIMGroupSystemNoticeElem',
  MSG_REMIND_ACPT_AND_NOTE: 'AcceptAndNotify',
  NET_STATE_CONNECTED: 'connected',
  NET_STATE_CONNECTING: 'connecting',
  NET_STATE_DISCONNECTED: 'disconnected',
  KICKED_OUT_USERSIG_EXPIRED: 'userSigExpired',
} as const;

/** The shape of a resolved SDK promise: `{ code: 0, data }`. */
export interface SdkResponse<T> {
  data: T;
}

// The SDK's relationship-chain enum values (TencentCloudChat.TYPES) the profile, friends,
// blacklist and friend-group domains send or read. Fixed by the pinned SDK version (3.6.6).
import type { Friend, FriendApplication, FriendGroup } from '@tencentcloud/chat';

export type SdkFriend = Friend;
export type SdkFriendApplication = FriendApplication;
export type SdkFriendGroup = FriendGroup;

export const SnsType = {
  GENDER_UNKNOWN: 'Gender_Type_Unknown',
  GENDER_FEMALE: 'Gender_Type_Female',
  GENDER_MALE: 'Gender_Type_Male',
  ALLOW_TYPE_ALLOW_ANY: 'AllowType_Type_AllowAny',
  ALLOW_TYPE_NEED_CONFIRM: 'AllowType_Type_NeedConfirm',
  ALLOW_TYPE_DENY_ANY: 'AllowType_Type_DenyAny',
  ADD_TYPE_SINGLE: 'Add_Type_Single',
  ADD_TYPE_BOTH: 'Add_Type_Both',
  DELETE_TYPE_SINGLE: 'Delete_Type_Single',
  DELETE_TYPE_BOTH: 'Delete_Type_Both',
  APPLICATION_SENT_TO_ME: 'Pendency_Type_ComeIn',
  APPLICATION_SENT_BY_ME: 'Pendency_Type_SendOut',
  APPLICATION_AGREE: 'Response_Action_Agree',
  APPLICATION_AGREE_AND_ADD: 'Response_Action_AgreeAndAdd',
  CHECK_TYPE_BOTH: 'CheckResult_Type_Both',
  RELATION_NONE: 'CheckResult_Type_NoRelation',
  RELATION_A_WITH_B: 'CheckResult_Type_AWithB',
  RELATION_B_WITH_A: 'CheckResult_Type_BWithA',
  RELATION_BOTH_WAY: 'CheckResult_Type_BothWay',
} as const;

/**
 * Calls an SDK method whose option types are TencentCloudChat.TYPES enums: the core passes the
 * same string values, which the enum typing cannot express.
 */
export function sdkOptions<T>(options: Record<string, unknown>): T {
  return options as T;
}

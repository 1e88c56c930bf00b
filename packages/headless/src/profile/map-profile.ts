// SDK Profile <-> TimProfile. The SDK spells enums as Tencent's wire strings
// ('Gender_Type_Male', 'AllowType_Type_NeedConfirm'); apps get short, typed names.
import { SnsType } from '../sdk/relationship.js';
import type { SdkProfile } from '../sdk/types.js';
import type { TimAllowType, TimGender, TimProfile } from './types.js';

const genderBySdk: Record<string, TimGender> = {
  [SnsType.GENDER_UNKNOWN]: 'unknown',
  [SnsType.GENDER_FEMALE]: 'female',
  [SnsType.GENDER_MALE]: 'male',
};

const allowTypeBySdk: Record<string, TimAllowType> = {
  [SnsType.ALLOW_TYPE_ALLOW_ANY]: 'allow-any',
  [SnsType.ALLOW_TYPE_NEED_CONFIRM]: 'need-confirm',
  [SnsType.ALLOW_TYPE_DENY_ANY]: 'deny-any',
};

export const sdkGender: Record<TimGender, string> = {
  unknown: SnsType.GENDER_UNKNOWN,
  female: SnsType.GENDER_FEMALE,
  male: SnsType.GENDER_MALE,
};

export const sdkAllowType: Record<TimAllowType, string> = {
  'allow-any': SnsType.ALLOW_TYPE_ALLOW_ANY,
  'need-confirm': SnsType.ALLOW_TYPE_NEED_CONFIRM,
  'deny-any': SnsType.ALLOW_TYPE_DENY_ANY,
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0;

export function toTimProfile(profile: Partial<SdkProfile> | undefined, userID = ''): TimProfile {
  return {
    userID: text(profile?.userID) || userID,
    nick: text(profile?.nick),
    avatar: text(profile?.avatar),
    signature: text(profile?.selfSignature),
    gender: genderBySdk[text(profile?.gender)] ?? 'unknown',
    birthday: count(profile?.birthday),
    location: text(profile?.location),
    language: count(profile?.language),
    level: count(profile?.level),
    role: count(profile?.role),
    // Tencent's default for a profile that never set it.
    allowType: allowTypeBySdk[text(profile?.allowType)] ?? 'need-confirm',
  };
}

export function sameProfile(a: TimProfile, b: TimProfile): boolean {
  return (Object.keys(a) as Array<keyof TimProfile>).every((key) => a[key] === b[key]);
}

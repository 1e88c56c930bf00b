// Profile fields: which tags exist, how their values are checked, and the wire
// list the SDK reads ({Tag, Value}). Limits follow Tencent's profile docs.
import { EmulatorError, ErrorCode } from '../protocol/errors.js';
import type { Profile, ProfileValue } from '../store/users.js';

type Rule = { kind: 'string'; maxBytes: number; oneOf?: string[] } | { kind: 'uint' };

const RULES: Record<string, Rule> = {
  Tag_Profile_IM_Nick: { kind: 'string', maxBytes: 500 },
  Tag_Profile_IM_Image: { kind: 'string', maxBytes: 500 },
  Tag_Profile_IM_SelfSignature: { kind: 'string', maxBytes: 500 },
  Tag_Profile_IM_Location: { kind: 'string', maxBytes: 16 },
  Tag_Profile_IM_Gender: {
    kind: 'string',
    maxBytes: 32,
    oneOf: ['Gender_Type_Unknown', 'Gender_Type_Female', 'Gender_Type_Male'],
  },
  Tag_Profile_IM_AllowType: {
    kind: 'string',
    maxBytes: 32,
    oneOf: ['AllowType_Type_NeedConfirm', 'AllowType_Type_AllowAny', 'AllowType_Type_DenyAny'],
  },
  Tag_Profile_IM_AdminForbidType: {
    kind: 'string',
    maxBytes: 32,
    oneOf: ['AdminForbid_Type_None', 'AdminForbid_Type_SendOut'],
  },
  Tag_Profile_IM_MsgSettings: { kind: 'uint' },
  Tag_Profile_IM_BirthDay: { kind: 'uint' },
  Tag_Profile_IM_Language: { kind: 'uint' },
  Tag_Profile_IM_Level: { kind: 'uint' },
  Tag_Profile_IM_Role: { kind: 'uint' },
};

const CUSTOM_PREFIX = 'Tag_Profile_Custom_';

function check(tag: string, value: unknown): ProfileValue {
  const fail = (why: string): never => {
    throw new EmulatorError(ErrorCode.PROFILE_PARAM_INVALID, `${tag} ${why}`);
  };
  const rule = RULES[tag];
  if (!rule) {
    if (!tag.startsWith(CUSTOM_PREFIX) || tag.length === CUSTOM_PREFIX.length)
      return fail('is not a known profile tag');
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value !== 'string') return fail('must be a string or an integer');
    if (Buffer.byteLength(value) > 500) return fail('is longer than 500 bytes');
    return value;
  }
  if (rule.kind === 'uint') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffffffff)
      return fail('must be an unsigned 32-bit integer');
    return value;
  }
  if (typeof value !== 'string') return fail('must be a string');
  if (Buffer.byteLength(value) > rule.maxBytes)
    return fail(`is longer than ${rule.maxBytes} bytes`);
  if (rule.oneOf && value !== '' && !rule.oneOf.includes(value))
    return fail(`must be one of ${rule.oneOf.join(', ')}`);
  return value;
}

/** Validates a wire ProfileItem list ([{Tag, Value}]) into changes. */
export function parseProfileItems(items: unknown): Profile {
  if (!Array.isArray(items) || items.length === 0)
    throw new EmulatorError(
      ErrorCode.PROFILE_PARAM_INVALID,
      'ProfileItem must be a non-empty array',
    );
  const out: Profile = {};
  for (const item of items) {
    if (
      typeof item !== 'object' ||
      item === null ||
      typeof (item as { Tag?: unknown }).Tag !== 'string'
    )
      throw new EmulatorError(
        ErrorCode.PROFILE_PARAM_INVALID,
        'each ProfileItem needs a string Tag',
      );
    const { Tag, Value } = item as { Tag: string; Value: unknown };
    out[Tag] = check(Tag, Value);
  }
  return out;
}

/** Nick and Image always (the SDK expects them), then every other stored tag. */
export function profileItems(profile: Profile): { Tag: string; Value: ProfileValue }[] {
  const items = [
    { Tag: 'Tag_Profile_IM_Nick', Value: profile.Tag_Profile_IM_Nick ?? '' },
    { Tag: 'Tag_Profile_IM_Image', Value: profile.Tag_Profile_IM_Image ?? '' },
  ];
  for (const [Tag, Value] of Object.entries(profile)) {
    if (Tag !== 'Tag_Profile_IM_Nick' && Tag !== 'Tag_Profile_IM_Image') items.push({ Tag, Value });
  }
  return items;
}

export const nickOf = (p: Profile): string => String(p.Tag_Profile_IM_Nick ?? '');
export const avatarOf = (p: Profile): string => String(p.Tag_Profile_IM_Image ?? '');

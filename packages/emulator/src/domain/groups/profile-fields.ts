// Group profile fields from a request body, checked against Tencent's limits
// before anything is written: name 30 B, introduction 240 B, notification
// 300 B, avatar URL 100 B (docs/what-users-expect.md).
import { EmulatorError } from '../../protocol/errors.js';
import type { GroupProfileChange, GroupType, JoinOption } from '../../store/groups/groups.js';
import { isRecord } from '../../handlers/validate.js';
import { GroupCode } from './codes.js';

export const LIMITS = { Name: 30, Introduction: 240, Notification: 300, FaceUrl: 100 } as const;
export const MAX_NAME_CARD_BYTES = 50;
const JOIN_OPTIONS: JoinOption[] = ['FreeAccess', 'NeedPermission', 'DisableApply'];

const bad = (why: string): never => {
  throw new EmulatorError(GroupCode.PARAM_INVALID, why);
};

export function limitedString(
  body: Record<string, unknown>,
  key: keyof typeof LIMITS,
): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') return bad(`${key} must be a string`);
  const bytes = Buffer.byteLength(v);
  if (bytes > LIMITS[key]) bad(`${key} is ${bytes} bytes; the limit is ${LIMITS[key]}`);
  return v;
}

export function joinOption(v: unknown): JoinOption | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !JOIN_OPTIONS.includes(v as JoinOption))
    return bad(`ApplyJoinOption must be one of ${JOIN_OPTIONS.join(', ')}`);
  return v as JoinOption;
}

/** Work and Meeting are the REST API's names for Private and ChatRoom. */
export function groupType(v: unknown): GroupType {
  const aliases: Record<string, GroupType> = { Work: 'Private', Meeting: 'ChatRoom' };
  const types: GroupType[] = ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community'];
  if (typeof v === 'string' && aliases[v]) return aliases[v];
  if (typeof v !== 'string' || !types.includes(v as GroupType))
    return bad(`Type must be one of ${types.join(', ')} (or Work, Meeting)`);
  return v as GroupType;
}

/** The join option a type allows: Work groups take no applications, Public ones choose. */
export function effectiveJoinOption(type: GroupType, asked: JoinOption | undefined): JoinOption {
  if (type === 'Private') return 'DisableApply';
  if (type === 'Public') return asked ?? 'NeedPermission';
  return 'FreeAccess';
}

export function customData(v: unknown): { Key: string; Value: string }[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) return bad('AppDefinedData must be an array of {Key, Value}');
  return v.map((item) => {
    if (!isRecord(item) || typeof item.Key !== 'string' || typeof item.Value !== 'string')
      return bad('each AppDefinedData item needs string Key and Value');
    return { Key: item.Key, Value: item.Value };
  });
}

/** modify_group_base_info's fields; muteAll from ShutUpAllMember On/Off. */
export function profileChange(body: Record<string, unknown>, type: GroupType): GroupProfileChange {
  const mute = body.ShutUpAllMember;
  if (mute !== undefined && mute !== null && mute !== 'On' && mute !== 'Off')
    bad('ShutUpAllMember must be On or Off');
  const option = joinOption(body.ApplyJoinOption);
  if (option !== undefined && type !== 'Public' && option !== effectiveJoinOption(type, option))
    bad(`a ${type} group's join option cannot be changed`);
  const change: GroupProfileChange = {
    name: limitedString(body, 'Name'),
    introduction: limitedString(body, 'Introduction'),
    notification: limitedString(body, 'Notification'),
    faceUrl: limitedString(body, 'FaceUrl'),
    joinOption: option,
    muteAll: mute === undefined || mute === null ? undefined : mute === 'On',
    custom: customData(body.AppDefinedData),
  };
  if (change.name === '') bad('Name cannot be empty');
  return change;
}

// The own-profile form's model: the profile as editable strings, validation against Tencent's
// limits (messages in words before anything is sent) and the changes to send.
import {
  PROFILE_LIMITS,
  type TimAllowType,
  type TimGender,
  type TimProfile,
  type TimProfileUpdate,
} from '@tim-kit/headless';
import { utf8Bytes } from '../internal/fields.js';
import type { TimRelationStrings } from '../internal/relations-i18n.js';

export interface ProfileDraft {
  nick: string;
  avatar: string;
  signature: string;
  gender: TimGender;
  /** yyyy-mm-dd, or '' */
  birthday: string;
  location: string;
  language: string;
  allowType: TimAllowType;
}

export type DraftErrors = Partial<Record<keyof ProfileDraft, string>>;

const UINT32_MAX = 0xffffffff;

/** 19990101 -> '1999-01-01'; numbers that are not such a date -> ''. */
export function birthdayToDate(value: number): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(String(value));
  if (!match) return '';
  const [, y, m, d] = match;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '' : `${y}-${m}-${d}`;
}

/** '1999-01-01' -> 19990101; '' -> 0. */
export function dateToBirthday(value: string): number {
  return value === '' ? 0 : Number(value.replaceAll('-', ''));
}

export function draftOf(p: TimProfile): ProfileDraft {
  return {
    nick: p.nick,
    avatar: p.avatar,
    signature: p.signature,
    gender: p.gender,
    birthday: birthdayToDate(p.birthday),
    location: p.location,
    language: String(p.language),
    allowType: p.allowType,
  };
}

export function validateDraft(d: ProfileDraft, t: TimRelationStrings): DraftErrors {
  const errors: DraftErrors = {};
  for (const key of ['nick', 'avatar', 'signature', 'location'] as const) {
    const bytes = utf8Bytes(d[key]);
    if (bytes > PROFILE_LIMITS[key]) errors[key] = t.bytesOver(PROFILE_LIMITS[key], bytes);
  }
  if (!errors.avatar && d.avatar !== '' && !/^https?:\/\/\S+$/i.test(d.avatar)) {
    errors.avatar = t.invalidURL;
  }
  if (d.birthday !== '') {
    const year = Number(d.birthday.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.birthday) || year < 1900) errors.birthday = t.invalidDate;
  }
  const language = Number(d.language);
  if (!/^\d+$/.test(d.language.trim()) || language > UINT32_MAX) errors.language = t.invalidNumber;
  return errors;
}

/** The fields that differ from `p`, in updateSelf's form. */
export function changesOf(d: ProfileDraft, p: TimProfile): TimProfileUpdate {
  const changes: TimProfileUpdate = {};
  if (d.nick !== p.nick) changes.nick = d.nick;
  if (d.avatar !== p.avatar) changes.avatar = d.avatar;
  if (d.signature !== p.signature) changes.signature = d.signature;
  if (d.gender !== p.gender) changes.gender = d.gender;
  if (d.birthday !== birthdayToDate(p.birthday)) changes.birthday = dateToBirthday(d.birthday);
  if (d.location !== p.location) changes.location = d.location;
  if (Number(d.language) !== p.language) changes.language = Number(d.language);
  if (d.allowType !== p.allowType) changes.allowType = d.allowType;
  return changes;
}

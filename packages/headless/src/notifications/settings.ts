// Push settings: defaults, validation, per-user persistence, and the seed's two spellings of them
// (setOfflinePushSettings and setAPNS). Validation throws before anything is stored.
import { invalidArgument } from '../errors.js';
import { createPerUserStorage, type PerUserStorage } from '../internal/per-user-storage.js';
import type {
  ApnsParams,
  ApnsState,
  NotificationOptions,
  OfflinePushState,
  TimNotificationSettings,
} from './types.js';

export const DEFAULT_SETTINGS: Readonly<TimNotificationSettings> = Object.freeze({
  enabled: true,
  c2c: true,
  group: true,
  sound: null,
  groupSound: null,
});

const BOOLEAN_KEYS = ['enabled', 'c2c', 'group'] as const;
const SOUND_KEYS = ['sound', 'groupSound'] as const;

export function validatePatch(patch: unknown, operation: string): Partial<TimNotificationSettings> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    throw invalidArgument(operation, 'settings must be an object');
  const source = patch as Record<string, unknown>;
  const known = new Set<string>([...BOOLEAN_KEYS, ...SOUND_KEYS]);
  for (const key of Object.keys(source)) {
    if (!known.has(key))
      throw invalidArgument(operation, `unknown setting "${key}"; known: ${[...known].join(', ')}`);
  }
  const result: Partial<TimNotificationSettings> = {};
  for (const key of BOOLEAN_KEYS) {
    const value = source[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw invalidArgument(operation, `${key} must be a boolean`);
    result[key] = value;
  }
  for (const key of SOUND_KEYS) {
    if (!(key in source) || source[key] === undefined) continue;
    result[key] = sound(source[key], key, operation);
  }
  return result;
}

/** A sound name or path; null, '' and the seed's string 'null' all mean the default sound. */
function sound(value: unknown, name: string, operation: string): string | null {
  if (value === null || value === '' || value === 'null') return null;
  if (typeof value !== 'string')
    throw invalidArgument(operation, `${name} must be a string or null`);
  return value;
}

export function fromOfflinePushParams(
  params: unknown,
  operation: string,
): Partial<TimNotificationSettings> {
  if (typeof params !== 'object' || params === null)
    throw invalidArgument(operation, 'params must be an object');
  const p = params as Record<string, unknown>;
  const patch: Partial<TimNotificationSettings> = {};
  if (p.enabled !== undefined) {
    if (typeof p.enabled !== 'boolean')
      throw invalidArgument(operation, 'enabled must be a boolean');
    patch.enabled = p.enabled;
  }
  if (p.c2cMsgRemindSound !== undefined)
    patch.sound = sound(p.c2cMsgRemindSound, 'c2cMsgRemindSound', operation);
  if (p.groupMsgRemindSound !== undefined)
    patch.groupSound = sound(p.groupMsgRemindSound, 'groupMsgRemindSound', operation);
  return patch;
}

export function toOfflinePushState(s: TimNotificationSettings): OfflinePushState {
  return {
    isEnable: s.enabled,
    c2cMsgRemindSoundPath: s.sound ?? '',
    groupMsgRemindSoundPath: s.groupSound ?? s.sound ?? '',
  };
}

export function fromApnsParams(
  params: unknown,
  operation: string,
): Partial<TimNotificationSettings> {
  if (typeof params !== 'object' || params === null)
    throw invalidArgument(operation, 'params must be an object');
  const p = params as ApnsParams & Record<string, unknown>;
  const patch: Partial<TimNotificationSettings> = {};
  const open: unknown = p.openPush ?? 0;
  if (open !== 0 && open !== 1 && open !== 2)
    throw invalidArgument(operation, 'openPush must be 0 (leave), 1 (on) or 2 (off)');
  if (open !== 0) patch.enabled = open === 1;
  if (p.c2cSound !== undefined) patch.sound = sound(p.c2cSound, 'c2cSound', operation);
  if (p.groupSound !== undefined) patch.groupSound = sound(p.groupSound, 'groupSound', operation);
  return patch;
}

export function toApnsState(s: TimNotificationSettings): ApnsState {
  return {
    openPush: s.enabled ? 1 : 2,
    c2cSound: s.sound ?? '',
    groupSound: s.groupSound ?? s.sound ?? '',
  };
}

export type SettingsPersistence = PerUserStorage<TimNotificationSettings>;

/** Keyed by userID so two people sharing a browser keep their own settings. */
export function settingsKey(userID: string): string {
  return `tim-kit:notification-settings:${userID}`;
}

/** Per user in options.localStorage (default: the page's; in memory where there is none). */
export function createPersistence(options: NotificationOptions): SettingsPersistence {
  return createPerUserStorage<TimNotificationSettings>({
    prefix: settingsKey(''),
    storage: options.localStorage,
    empty: () => ({ ...DEFAULT_SETTINGS }),
    decode: (stored) => ({ ...DEFAULT_SETTINGS, ...validatePatch(stored, 'notifications.load') }),
    encode: (settings) => settings,
  });
}

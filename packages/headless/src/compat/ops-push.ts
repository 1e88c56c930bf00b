// The seed's push settings (Android's setOfflinePushSettings / getOfflinePushSettings and iOS's
// setAPNS / getAPNS), in the web form the notifications domain keeps per user.
import type { ApnsParams, OfflinePushParams } from '../notifications/types.js';
import { ParamError, optBool, optNum, optStr, type Params } from './params.js';
import type { OpDef } from './runner.js';

/** A sound: a string ('null' or '' = default), or null. */
function sound(params: Params, name: string): string | null | undefined {
  if (params[name] === null) return null;
  return optStr(params, name, { empty: true });
}

export const setOfflinePushSettings: OpDef = (params) => {
  const settings: OfflinePushParams = {};
  const enabled = optBool(params, 'enabled');
  settings.enabled = enabled ?? true;
  const c2c = sound(params, 'c2cMsgRemindSound');
  if (c2c !== undefined) settings.c2cMsgRemindSound = c2c;
  const group = sound(params, 'groupMsgRemindSound');
  if (group !== undefined) settings.groupMsgRemindSound = group;
  return async ({ core }) => {
    await core.notifications.setOfflinePush(settings);
    return {};
  };
};

export const getOfflinePushSettings: OpDef =
  () =>
  async ({ core }) => {
    const state = await core.notifications.getOfflinePush();
    return { ...state };
  };

export const setAPNS: OpDef = (params) => {
  const apns: ApnsParams = {};
  const openPush = optNum(params, 'openPush', { oneOf: [0, 1, 2] });
  if (openPush !== undefined) apns.openPush = openPush as 0 | 1 | 2;
  const c2c = sound(params, 'c2cSound');
  if (c2c !== undefined) apns.c2cSound = c2c;
  const group = sound(params, 'groupSound');
  if (group !== undefined) apns.groupSound = group;
  return async ({ core }) => {
    await core.notifications.setAPNS(apns);
    return {};
  };
};

export const getAPNS: OpDef =
  () =>
  async ({ core }) => {
    const state = await core.notifications.getAPNS();
    return { ...state };
  };

/** addEventListener's params: only the seed's push-click event exists on the web. */
export function eventName(params: Params): 'noticeclicked' {
  const name = optStr(params, 'name');
  if (name !== 'noticeclicked') throw new ParamError('name', "must be 'noticeclicked'");
  return name;
}

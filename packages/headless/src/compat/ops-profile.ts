// The seed's profile operations.
import { invalidArgument } from '../errors.js';
import type { TimProfileUpdate } from '../profile/types.js';
import { toSeedProfile } from './convert-friend.js';
import { allowTypeFrom, genderFrom } from './enums.js';
import { ParamError, optBool, optNum, optStr, str, strArray, type Params } from './params.js';
import type { OpDef } from './runner.js';

export const getRemoteSelfProfile: OpDef =
  () =>
  async ({ core }) => ({
    selfProfile: toSeedProfile(await core.profile.refreshSelf()),
  });

export const getLocalSelfProfile: OpDef =
  () =>
  async ({ core }) => {
    const self = core.profile.$self.get();
    if (!self) throw invalidArgument('getLocalSelfProfile', 'no profile yet: log in first');
    return { selfProfile: toSeedProfile(self) };
  };

export const getUsersProfile: OpDef = (params) => {
  const users = strArray(params, ['users', 'identifiers']);
  const force = optBool(params, 'forceUpdate') ?? false;
  return async ({ core }) => ({
    selfProfiles: (await core.profile.getProfiles(users, { force })).map(toSeedProfile),
  });
};

/** The cached profile of one user (no network); `selfProfile` is null when none is cached. */
export const getUserLocalProfile: OpDef = (params) => {
  const user = str(params, ['user', 'identifier']);
  return async ({ core }) => {
    const cached = core.profile.cachedProfile(user);
    return { selfProfile: cached ? toSeedProfile(cached) : null };
  };
};

const uint = { integer: true, min: 0, max: 0xffffffff } as const;

function profileChanges(params: Params): TimProfileUpdate {
  const changes: TimProfileUpdate = {};
  const nick = optStr(params, ['nickName', 'nick'], { empty: true });
  if (nick !== undefined) changes.nick = nick;
  const avatar = optStr(params, ['faceUrl', 'avatar'], { empty: true });
  if (avatar !== undefined) changes.avatar = avatar;
  const signature = optStr(params, 'signature', { empty: true });
  if (signature !== undefined) changes.signature = signature;
  const location = optStr(params, 'location', { empty: true });
  if (location !== undefined) changes.location = location;
  const rawAllow = params.allowType;
  if (rawAllow !== undefined && rawAllow !== null) {
    const allowType = allowTypeFrom[String(rawAllow)];
    if (!allowType || (typeof rawAllow !== 'string' && typeof rawAllow !== 'number')) {
      throw new ParamError(
        'allowType',
        "must be 'AllowType_Type_AllowAny', 'AllowType_Type_NeedConfirm' or 'AllowType_Type_DenyAny'",
      );
    }
    changes.allowType = allowType;
  }
  const gender = optNum(params, 'gender', { oneOf: [0, 1, 2] });
  if (gender !== undefined) changes.gender = genderFrom[gender] ?? 'unknown';
  for (const key of ['birthday', 'language', 'level', 'role'] as const) {
    const value = optNum(params, key, uint);
    if (value !== undefined) changes[key] = value;
  }
  if (Object.keys(changes).length === 0) throw new ParamError('params', 'change nothing');
  return changes;
}

export const modifySelfProfile: OpDef = (params) => {
  const changes = profileChanges(params);
  return async ({ core }) => {
    await core.profile.updateSelf(changes);
    return {};
  };
};

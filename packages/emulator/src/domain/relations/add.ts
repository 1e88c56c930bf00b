// Adding friends (sns.friend_add and REST sns/friend_add). The target's
// AllowType decides: AllowAny adds at once, NeedConfirm files an application
// (30539, not an error to the SDK), DenyAny refuses (30516). Blacklists and
// limits are checked first; each item succeeds or fails on its own.
import type { App } from '../../app.js';
import { nowSeconds } from '../../store/db.js';
import { EmulatorError } from '../../protocol/errors.js';
import { isRecord, userIDProblem } from '../../handlers/validate.js';
import { enumField, listField } from './request.js';
import {
  AllowType,
  RelationCode,
  RelationLimit,
  bytes,
  fail,
  ok,
  type ItemResult,
} from './codes.js';
import { befriend, forgetApplications } from './befriend.js';
import { pushApplicationAdded } from './push.js';

export interface AddFriendItem {
  to: unknown;
  remark?: string;
  groupName?: string;
  source?: string;
  wording?: string;
}

export type AddType = 'Add_Type_Single' | 'Add_Type_Both';

const SOURCE_PREFIX = 'AddSource_Type_';

/** Why an item's text fields are unusable, or undefined. */
function itemProblem(item: AddFriendItem): string | undefined {
  const source = item.source ?? '';
  if (!source.startsWith(SOURCE_PREFIX)) return `AddSource must start with ${SOURCE_PREFIX}`;
  if (bytes(source.slice(SOURCE_PREFIX.length)) > RelationLimit.SOURCE_KEYWORD_BYTES)
    return `the AddSource keyword is at most ${RelationLimit.SOURCE_KEYWORD_BYTES} bytes`;
  if (bytes(item.remark ?? '') > RelationLimit.REMARK_BYTES)
    return `Remark is at most ${RelationLimit.REMARK_BYTES} bytes`;
  if (bytes(item.wording ?? '') > RelationLimit.WORDING_BYTES)
    return `AddWording is at most ${RelationLimit.WORDING_BYTES} bytes`;
  if (bytes(item.groupName ?? '') > RelationLimit.GROUP_NAME_BYTES)
    return `GroupName is at most ${RelationLimit.GROUP_NAME_BYTES} bytes`;
  return undefined;
}

function allowTypeOf(app: App, userID: string): string {
  const v = app.users.get(userID)?.profile.Tag_Profile_IM_AllowType;
  // Tencent's default for a new account is "need confirmation".
  return typeof v === 'string' && v !== '' ? v : AllowType.CONFIRM;
}

function addOne(
  app: App,
  from: string,
  item: AddFriendItem,
  addType: AddType,
  force: boolean,
): ItemResult {
  const rel = app.relations;
  const idProblem = userIDProblem(item.to);
  if (idProblem)
    return fail(String(item.to), RelationCode.PARAM_INVALID, `To_Account ${idProblem}`);
  const to = item.to as string;
  if (!app.users.exists(to))
    return fail(to, RelationCode.ACCOUNT_NOT_FOUND, `account "${to}" does not exist`);
  if (to === from) return fail(to, RelationCode.PARAM_INVALID, 'you cannot add yourself');
  const problem = itemProblem(item);
  if (problem) return fail(to, RelationCode.PARAM_INVALID, problem);
  if (rel.friends.has(from, to))
    return fail(to, RelationCode.PARAM_INVALID, `"${to}" is already in your friend list`);
  if (rel.blacklist.has(from, to))
    return fail(to, RelationCode.IN_MY_BLACKLIST, `"${to}" is on your blacklist`);
  if (rel.blacklist.has(to, from))
    return fail(to, RelationCode.IN_PEER_BLACKLIST, `you are on the blacklist of "${to}"`);
  if (rel.friends.count(from) >= RelationLimit.FRIENDS)
    return fail(to, RelationCode.FRIEND_LIMIT, `you have ${RelationLimit.FRIENDS} friends already`);
  const both = addType === 'Add_Type_Both' && !rel.friends.has(to, from);
  if (both && rel.friends.count(to) >= RelationLimit.FRIENDS)
    return fail(
      to,
      RelationCode.PEER_FRIEND_LIMIT,
      `"${to}" has ${RelationLimit.FRIENDS} friends already`,
    );

  const now = nowSeconds();
  // Someone who already lists you as a friend needs no confirmation.
  const allow = force || rel.friends.has(to, from) ? AllowType.ANY : allowTypeOf(app, to);
  if (allow === AllowType.DENY)
    return fail(to, RelationCode.PEER_DENIES_ALL, `"${to}" accepts no friend requests`);
  if (allow === AllowType.CONFIRM) {
    const pendency = {
      fromID: from,
      toID: to,
      addSource: item.source ?? '',
      addWording: item.wording ?? '',
      remark: item.remark ?? '',
      groupName: item.groupName ?? '',
      addType,
      addTime: now,
      read: false,
    };
    rel.pendencies.put(pendency);
    pushApplicationAdded(app, pendency);
    return fail(to, RelationCode.PENDING_CONFIRMATION, `waiting for "${to}" to accept`);
  }
  rel.atomically(() => {
    befriend(app, {
      ownerID: from,
      friendID: to,
      remark: item.remark ?? '',
      source: item.source ?? '',
      wording: item.wording ?? '',
      groupName: item.groupName ?? '',
    });
    if (both)
      befriend(app, {
        ownerID: to,
        friendID: from,
        remark: '',
        source: item.source ?? '',
        wording: item.wording ?? '',
        groupName: '',
      });
    forgetApplications(app, from, to);
  });
  return ok(to);
}

export function addFriends(
  app: App,
  from: string,
  items: AddFriendItem[],
  addType: AddType,
  force = false,
): ItemResult[] {
  return items.map((item) => addOne(app, from, item, addType, force));
}

/** AddFriendItem / AddType of a friend_add body (socket or REST). */
export function parseAddRequest(body: Record<string, unknown>): {
  items: AddFriendItem[];
  addType: AddType;
} {
  const raw = listField(body, 'AddFriendItem');
  const items = raw.map((it, i) => {
    if (!isRecord(it))
      throw new EmulatorError(RelationCode.PARAM_INVALID, `AddFriendItem[${i}] must be an object`);
    const str = (key: string): string | undefined => {
      const v = it[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v !== 'string')
        throw new EmulatorError(
          RelationCode.PARAM_INVALID,
          `AddFriendItem[${i}].${key} must be a string`,
        );
      return v;
    };
    return {
      to: it.To_Account,
      remark: str('Remark'),
      groupName: str('GroupName'),
      source: str('AddSource'),
      wording: str('AddWording'),
    };
  });
  const addType = enumField<AddType>(
    body,
    'AddType',
    ['Add_Type_Single', 'Add_Type_Both'],
    'Add_Type_Both',
  );
  return { items, addType };
}

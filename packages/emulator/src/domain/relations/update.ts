// sns.friend_update: remark, friend groups and Tag_SNS_Custom_* fields of one
// friend in the caller's list.
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import type { SnsValue } from '../../store/relations/friends.js';
import { nowSeconds } from '../../store/db.js';
import { isRecord, userIDProblem } from '../../handlers/validate.js';
import { RelationCode, RelationLimit, bytes, fail, ok, type ItemResult } from './codes.js';
import { SNS_CUSTOM_PREFIX, SnsTag, type TagValue } from './wire.js';
import { pushFriendUpdated } from './push.js';

interface Changes {
  remark?: string;
  groups?: string[];
  custom: Record<string, SnsValue>;
}

function parseSnsItems(items: unknown): Changes | string {
  if (!Array.isArray(items) || items.length === 0) return 'SnsItem must be a non-empty array';
  const out: Changes = { custom: {} };
  for (const it of items) {
    if (!isRecord(it) || typeof it.Tag !== 'string') return 'each SnsItem needs a string Tag';
    const { Tag, Value } = it;
    if (Tag === SnsTag.REMARK) {
      if (typeof Value !== 'string') return `${Tag} must be a string`;
      if (bytes(Value) > RelationLimit.REMARK_BYTES)
        return `${Tag} is at most ${RelationLimit.REMARK_BYTES} bytes`;
      out.remark = Value;
    } else if (Tag === SnsTag.GROUP) {
      if (!Array.isArray(Value) || !Value.every((v) => typeof v === 'string' && v !== ''))
        return `${Tag} must be an array of group names`;
      out.groups = Value as string[];
    } else if (Tag.startsWith(SNS_CUSTOM_PREFIX) && Tag.length > SNS_CUSTOM_PREFIX.length) {
      if (typeof Value !== 'string' && !(typeof Value === 'number' && Number.isInteger(Value)))
        return `${Tag} must be a string or an integer`;
      if (typeof Value === 'string' && bytes(Value) > 500) return `${Tag} is at most 500 bytes`;
      out.custom[Tag] = Value;
    } else return `${Tag} cannot be updated`;
  }
  return out;
}

export function updateFriend(app: App, owner: string, raw: unknown, sender?: Session): ItemResult {
  const item = isRecord(raw) ? raw : {};
  const problem = userIDProblem(item.To_Account);
  if (problem)
    return fail(String(item.To_Account), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
  const to = item.To_Account as string;
  const rel = app.relations;
  if (!rel.friends.has(owner, to))
    return fail(to, RelationCode.PARAM_INVALID, `"${to}" is not in your friend list`);
  const changes = parseSnsItems(item.SnsItem);
  if (typeof changes === 'string') return fail(to, RelationCode.PARAM_INVALID, changes);
  const wanted = changes.groups ?? [];
  const missing = wanted.filter((g) => !rel.friendGroups.exists(owner, g));
  if (rel.friendGroups.names(owner).length + new Set(missing).size > RelationLimit.FRIEND_GROUPS)
    return fail(
      to,
      RelationCode.FRIEND_GROUP_LIMIT,
      `at most ${RelationLimit.FRIEND_GROUPS} friend groups`,
    );
  rel.atomically(() => {
    rel.friends.update(owner, to, { remark: changes.remark, custom: changes.custom });
    if (changes.groups) {
      for (const g of rel.friendGroups.groupsOf(owner, to))
        if (!wanted.includes(g)) rel.friendGroups.removeMember(owner, g, to);
      for (const g of wanted) {
        if (!rel.friendGroups.exists(owner, g)) rel.friendGroups.create(owner, g, nowSeconds());
        rel.friendGroups.addMember(owner, g, to);
      }
    }
  });
  const sns: TagValue[] = [];
  if (changes.remark !== undefined) sns.push({ Tag: SnsTag.REMARK, Value: changes.remark });
  if (changes.groups) sns.push({ Tag: SnsTag.GROUP, Value: rel.friendGroups.groupsOf(owner, to) });
  for (const [Tag, Value] of Object.entries(changes.custom)) sns.push({ Tag, Value });
  pushFriendUpdated(app, owner, to, sns, sender);
  return ok(to);
}

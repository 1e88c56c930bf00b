// v4/group_open_http_svc/*: what a backend needs for groups. The admin acts
// with full rights: creates (Owner_Account optional: default the admin), adds
// and deletes members of any type, and sends as itself or as a member.
import type { App } from '../../app.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireTarget } from '../../domain/groups/lookup.js';
import { addMembers, createGroup, kickMembers } from '../../domain/groups/membership.js';
import { sendGroupMessage } from '../../domain/groups/send.js';
import { groupInfoWire, memberWire } from '../../domain/groups/wire.js';
import { isRecord, stringList } from '../../handlers/validate.js';

type Body = Record<string, unknown>;

export function restCreateGroup(app: App, body: Body): Body {
  const owner = body.Owner_Account ?? app.config.admin;
  if (typeof owner !== 'string' || !app.users.exists(owner))
    throw new EmulatorError(
      GroupCode.PARAM_INVALID,
      `Owner_Account ${String(owner)} is not an account`,
    );
  return { GroupId: createGroup(app, owner, body).groupID };
}

export function restAddGroupMember(app: App, body: Body): Body {
  const g = requireGroup(app, body.GroupId);
  const ids = (Array.isArray(body.MemberList) ? body.MemberList : [])
    .map((m) => (isRecord(m) ? m.Member_Account : undefined))
    .filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) throw new EmulatorError(GroupCode.PARAM_INVALID, 'MemberList is empty');
  const r = addMembers(app, g, app.config.admin, ids);
  return {
    MemberList: [
      ...r.added.map((id) => ({ Member_Account: id, Result: 1 })),
      ...r.existed.map((id) => ({ Member_Account: id, Result: 2 })),
      ...r.failed.map((id) => ({ Member_Account: id, Result: 0 })),
    ],
  };
}

export function restDeleteGroupMember(app: App, body: Body): Body {
  const g = requireGroup(app, body.GroupId);
  const ids = [...new Set(stringList(body.MemberToDel_Account))];
  if (ids.length === 0)
    throw new EmulatorError(GroupCode.PARAM_INVALID, 'MemberToDel_Account is empty');
  for (const id of ids) {
    if (requireTarget(app, g, id).role === 'Owner')
      throw new EmulatorError(GroupCode.NO_PERMISSION, 'the owner cannot be removed');
  }
  kickMembers(app, g, app.config.admin, ids, typeof body.Reason === 'string' ? body.Reason : '');
  return {};
}

export function restSendGroupMsg(app: App, body: Body): Body {
  const g = requireGroup(app, body.GroupId);
  const from = body.From_Account ?? app.config.admin;
  if (typeof from !== 'string' || from === '')
    throw new EmulatorError(ErrorCode.REST_FROM_ACCOUNT_INVALID, 'From_Account must be a string');
  if (body.Random !== undefined && typeof body.Random !== 'number')
    throw new EmulatorError(ErrorCode.REST_MSGBODY_INVALID, 'Random must be an integer');
  const m = sendGroupMessage(
    app,
    g,
    {
      from,
      body: body.MsgBody,
      random: body.Random as number | undefined,
      cloudCustomData: typeof body.CloudCustomData === 'string' ? body.CloudCustomData : undefined,
      asAdmin: true,
      onlineOnly: body.OnlineOnlyFlag === 1,
      atInfo: body.GroupAtInfo,
    },
    undefined,
    ErrorCode.REST_MSGBODY_INVALID,
  );
  return { MsgTime: m.msgTime, MsgSeq: m.seq };
}

export function restGetGroupInfo(app: App, body: Body): Body {
  return {
    GroupInfo: stringList(body.GroupIdList).map((GroupId) => {
      const g = app.groups.groups.get(GroupId);
      if (!g) return { GroupId, ErrorCode: GroupCode.NOT_FOUND, ErrorInfo: 'group not found' };
      return {
        ...groupInfoWire(app, g),
        MemberList: app.groups.members.list(GroupId).map(memberWire),
      };
    }),
  };
}

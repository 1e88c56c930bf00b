// group_open_http_svc.get_pendency: applications to the groups the caller
// manages (and the caller's own), from StartTime. The SDK repeats the call
// until NextStartTime is 0. Community groups are listed by the million_ variant.
import type { App } from '../../app.js';
import type { Handler } from '../../protocol/router.js';
import { nickOf } from '../../domain/profile.js';
import { optInt } from '../validate.js';

export function pendencyPage(
  app: App,
  userID: string,
  body: Record<string, unknown>,
  community: boolean,
) {
  const start = Math.max(0, optInt(body, 'StartTime') ?? 0);
  const limit = Math.max(1, Math.min(optInt(body, 'Limit') ?? 20, 100));
  const managed = app.groups.members
    .groupsOf(userID)
    .filter((id) => app.groups.members.get(id, userID)?.role !== 'Member')
    .filter((id) => (app.groups.groups.get(id)?.type === 'Community') === community);
  const rows = app.groups.pendency.forGroups(managed, start, limit + 1);
  const page = rows.slice(0, limit);
  const next = rows[limit];
  return {
    TotalCount: page.length,
    NextStartTime: next ? next.addTime : 0,
    UnReadCount: page.filter((p) => p.handled === 0).length,
    // The SDK reads PendencyList (PendencyItem maps to its friend applications).
    PendencyList: page.map((p) => ({
      GroupId: p.groupID,
      GroupName: app.groups.groups.get(p.groupID)?.name ?? '',
      From_Account: p.applicant,
      FromUserNickName: nickOf(app.users.get(p.applicant)?.profile ?? {}),
      To_Account: userID,
      AddTime: p.addTime,
      PendencyType: 0,
      Handled: p.handled,
      HandleResult: p.result,
      ApplyInviteMsg: p.applyMsg,
      Authentication: '',
    })),
  };
}

export const getPendency: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => pendencyPage(app, userID, body, false),
};

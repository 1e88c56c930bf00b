// group_open_http_svc.quit_group. A Work group's owner may leave: ownership
// passes to the longest-standing member, and the group ends with its last one.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkQuit } from '../../domain/groups/permissions.js';
import { NoticeType, TipType, pushGroupTip, pushSystemNotice } from '../../domain/groups/notify.js';
import { dropAtTipsOfGroup, dropAtTipsOfMembers } from '../../store/groups/group-at.js';

export const quitGroup: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    const m = requireMember(app, g, userID);
    checkQuit(g, m);
    app.groups.tx(() => {
      app.groups.members.remove(g.groupID, userID);
      dropAtTipsOfMembers(app.db, g.groupID, [userID]);
      if (m.role !== 'Owner') return;
      const heir = app.groups.members.list(g.groupID)[0];
      if (!heir) {
        app.groups.pendency.removeGroup(g.groupID);
        dropAtTipsOfGroup(app.db, g.groupID);
        app.groups.groups.remove(g.groupID);
        return;
      }
      app.groups.members.update(g.groupID, heir.userID, { role: 'Owner' });
      app.groups.groups.setOwner(g.groupID, heir.userID);
    });
    pushGroupTip(app, g, { opType: TipType.QUIT, operator: userID, userIDs: [userID] });
    pushSystemNotice(app, g, { opType: NoticeType.QUIT, operator: userID, to: [userID] });
    return {};
  },
};

// group_open_http_svc.msg_read_report: the member has read up to MsgReadedSeq;
// their unread count (and that of their other instances) follows it.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { optInt } from '../validate.js';
import { clearAtTipsUpTo } from '../../store/groups/group-at.js';

export const msgReadReport: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const seq = optInt(body, 'MsgReadedSeq') ?? g.lastSeq;
    app.groups.members.setReadSeq(g.groupID, userID, Math.min(Math.max(0, seq), g.lastSeq));
    // Reading the group also reads the @ tips up to there.
    clearAtTipsUpTo(app.db, userID, g.groupID, Math.min(Math.max(0, seq), g.lastSeq));
    return {};
  },
};

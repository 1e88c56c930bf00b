// group_open_http_svc.msg_read_report: the member has read up to MsgReadedSeq;
// their unread count (and that of their other instances) follows it.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { markGroupRead } from '../../domain/groups/read-state.js';
import { optInt } from '../validate.js';

export const msgReadReport: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    // Reading the group also reads the @ tips up to there.
    markGroupRead(app, g, userID, optInt(body, 'MsgReadedSeq') ?? g.lastSeq);
    return {};
  },
};

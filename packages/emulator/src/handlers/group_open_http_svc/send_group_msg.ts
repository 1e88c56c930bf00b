// group_open_http_svc.send_group_msg: a member's message to the group. Replies
// MsgTime/MsgSeq; the sender's SDK finishes its local copy from them.
import type { Handler } from '../../protocol/router.js';
import { requireGroup } from '../../domain/groups/lookup.js';
import { sendGroupMessage } from '../../domain/groups/send.js';
import { optInt, optString } from '../validate.js';

export const sendGroupMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const g = requireGroup(app, body.GroupId);
    const m = sendGroupMessage(
      app,
      g,
      {
        from: userID,
        body: body.MsgBody,
        random: optInt(body, 'Random'),
        clientSeq: optInt(body, 'ClientSeq'),
        cloudCustomData: optString(body, 'CloudCustomData'),
        priority: optString(body, 'MsgPriority'),
        clientTime: optInt(body, 'MsgClientTime'),
        onlineOnly: body.OnlineOnlyFlag === 1,
        needReceipt: body.NeedReadReceipt === 1,
        atInfo: body.GroupAtInfo,
      },
      session,
    );
    return { MsgTime: m.msgTime, MsgSeq: m.seq };
  },
};

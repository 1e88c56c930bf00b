// group_open_http_svc.group_msg_recall: the sender recalls within 2 minutes
// (owners and admins may recall anyone's). Late: 10031. Members get the
// recall notice and drop the message; history keeps it flagged.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { pushRecall } from '../../domain/groups/notify.js';
import { isRecord } from '../validate.js';

export const RECALL_WINDOW_SECONDS = 120;

export const groupMsgRecall: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    const me = requireMember(app, g, userID);
    if (g.type === 'AVChatRoom')
      throw new EmulatorError(
        GroupCode.RECALL_FORBIDDEN_TYPE,
        'AVChatRoom messages cannot be recalled',
      );
    const seqs = (Array.isArray(body.MsgSeqList) ? body.MsgSeqList : [])
      .map((x) => (isRecord(x) ? x.MsgSeq : undefined))
      .filter((s): s is number => typeof s === 'number');
    if (seqs.length === 0) throw new EmulatorError(GroupCode.PARAM_INVALID, 'MsgSeqList is empty');
    // Check all first: one refusal recalls nothing.
    const messages = seqs.map((seq) => {
      const m = app.groups.messages.get(g.groupID, seq);
      if (!m || m.revoked)
        throw new EmulatorError(GroupCode.MSG_NOT_FOUND, `no message ${seq} to recall`);
      if (m.from !== userID && me.role === 'Member')
        throw new EmulatorError(
          GroupCode.NO_PERMISSION,
          'only the sender, the owner or an admin may recall',
        );
      if (app.now() - m.msgTime > RECALL_WINDOW_SECONDS)
        throw new EmulatorError(GroupCode.RECALL_TOO_LATE, 'the 2-minute recall window has passed');
      return m;
    });
    app.groups.tx(() => {
      for (const m of messages) app.groups.messages.markRevoked(g.groupID, m.seq);
    });
    for (const m of messages) pushRecall(app, g, m.seq, m.random, userID);
    return { RecallRetList: messages.map((m) => ({ MsgSeq: m.seq, RetCode: 0 })) };
  },
};

// group_open_http_svc.get_group_msg_receipt: read/unread counts of the caller's
// own messages (MsgSeqList [{MsgSeq}]). Each entry carries its own Code: 10062
// when the message has no receipts (not found, recalled, or sent without
// NeedReadReceipt), 10007 when someone else sent it.
import type { Handler } from '../../protocol/router.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import {
  receiptMessage,
  receiptState,
  RECEIPT_NOT_FOUND,
  requireReceiptGroup,
  seqList,
} from '../../domain/groups/receipts.js';

export const getGroupMsgReceipt: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireReceiptGroup(g);
    requireMember(app, g, userID);
    const seqs = seqList(body.MsgSeqList, 'MsgSeqList');
    const list = seqs.map((seq) => {
      const m = receiptMessage(app, g, seq);
      if (!m) return { Code: RECEIPT_NOT_FOUND, MsgSeq: seq, ReadNum: 0, UnreadNum: 0 };
      if (m.from !== userID)
        return { Code: GroupCode.NO_PERMISSION, MsgSeq: seq, ReadNum: 0, UnreadNum: 0 };
      const { read, unread } = receiptState(app, g, m);
      return { Code: 0, MsgSeq: seq, ReadNum: read.length, UnreadNum: unread.length };
    });
    return { GroupMsgReceiptList: list };
  },
};

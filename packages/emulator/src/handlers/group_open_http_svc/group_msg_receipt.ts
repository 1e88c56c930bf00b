// group_open_http_svc.group_msg_receipt: a member read messages that asked for
// receipts (MsgSeqList [{MsgSeq}]). Each (message, reader) is stored once; the
// senders' online instances get the new read/unread counts (Event 5,
// GroupMsgReceiptList): the SDK's MESSAGE_READ_RECEIPT_RECEIVED.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import {
  pushReceiptCounts,
  receiptMessage,
  requireReceiptGroup,
  seqList,
} from '../../domain/groups/receipts.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';

export const groupMsgReceipt: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireReceiptGroup(g);
    requireMember(app, g, userID);
    const seqs = seqList(body.MsgSeqList, 'MsgSeqList');
    const now = app.now();
    // Messages that do not ask for a receipt, or are the caller's own, are skipped (as C2C).
    const bySender = new Map<string, StoredGroupMessage[]>();
    app.groups.tx(() => {
      for (const seq of new Set(seqs)) {
        const m = receiptMessage(app, g, seq);
        if (!m || m.from === userID) continue;
        if (!app.groups.receipts.add(g.groupID, seq, userID, now)) continue;
        bySender.set(m.from, [...(bySender.get(m.from) ?? []), m]);
      }
    });
    for (const [sender, messages] of bySender) pushReceiptCounts(app, g, sender, messages);
    return {};
  },
};

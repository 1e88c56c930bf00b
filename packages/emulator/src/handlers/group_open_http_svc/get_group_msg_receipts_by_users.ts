// group_open_http_svc.get_group_msg_receipts_by_users (the SDK's experimental
// getGroupReceiptsByUsers): whether given members read given messages.
// MemberReadMsgList [{MsgSeq, MemberList_Account}] -> MsgReadList with one
// entry per (message, member) that read it: {MsgSeq, Read_Account, Read_Time},
// the flat shape the SDK's keyMap (Read_Account, Read_Time) implies.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { MAX_RECEIPT_SEQS, requireReceiptGroup } from '../../domain/groups/receipts.js';
import { isRecord, stringList } from '../validate.js';

export const getGroupMsgReceiptsByUsers: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireReceiptGroup(g);
    requireMember(app, g, userID);
    const list = body.MemberReadMsgList;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_RECEIPT_SEQS)
      throw new EmulatorError(
        GroupCode.PARAM_INVALID,
        `MemberReadMsgList must list 1..${MAX_RECEIPT_SEQS} messages`,
      );
    const out: { MsgSeq: number; Read_Account: string; Read_Time: number }[] = [];
    for (const item of list) {
      const seq = isRecord(item) ? item.MsgSeq : undefined;
      if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1)
        throw new EmulatorError(GroupCode.PARAM_INVALID, 'each item needs a MsgSeq >= 1');
      const m = app.groups.messages.get(g.groupID, seq);
      // Only the sender may ask who read their message.
      if (!m || m.from !== userID || !m.needReceipt) continue;
      const readers = new Map(
        app.groups.receipts.readers(g.groupID, seq).map((r) => [r.userID, r.readTime]),
      );
      for (const id of new Set(stringList((item as Record<string, unknown>).MemberList_Account))) {
        const time = readers.get(id);
        if (time !== undefined) out.push({ MsgSeq: seq, Read_Account: id, Read_Time: time });
      }
    }
    return { MsgReadList: out };
  },
};

// group_open_http_svc.get_group_msg_receipt_detail: one page of the members
// who read (Flag 0) or have not read (Flag 1) the caller's message MsgSeq.
// Cursor is '' for the first page, then the opaque string the last reply gave;
// Num is the page size (1..100). IsFinish 1 marks the last page.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import {
  receiptMessage,
  receiptState,
  RECEIPT_NOT_FOUND,
  requireReceiptGroup,
} from '../../domain/groups/receipts.js';
import { optInt, optString } from '../validate.js';

const MAX_PAGE = 100;

export const getGroupMsgReceiptDetail: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireReceiptGroup(g);
    requireMember(app, g, userID);
    const code = GroupCode.PARAM_INVALID;
    const seq = optInt(body, 'MsgSeq', code);
    if (seq === undefined || seq < 1) throw new EmulatorError(code, 'MsgSeq must be >= 1');
    const flag = optInt(body, 'Flag', code) ?? 0;
    if (flag !== 0 && flag !== 1)
      throw new EmulatorError(code, 'Flag must be 0 (read) or 1 (unread)');
    const cursor = optString(body, 'Cursor', code) ?? '';
    if (cursor !== '' && !/^\d{1,9}$/.test(cursor))
      throw new EmulatorError(code, 'Cursor must be "" or a cursor from a previous reply');
    const num = optInt(body, 'Num', code) ?? MAX_PAGE;
    if (num < 1 || num > MAX_PAGE) throw new EmulatorError(code, `Num must be 1..${MAX_PAGE}`);
    const m = receiptMessage(app, g, seq);
    if (!m) throw new EmulatorError(RECEIPT_NOT_FOUND, `message ${seq} has no read receipts`);
    if (m.from !== userID)
      throw new EmulatorError(GroupCode.NO_PERMISSION, 'only the sender sees who read a message');
    const state = receiptState(app, g, m);
    const all = flag === 0 ? state.read : state.unread;
    const start = cursor === '' ? 0 : Number(cursor);
    const page = all.slice(start, start + num);
    const next = start + page.length;
    const finished = next >= all.length;
    return {
      ReadList: flag === 0 ? page.map((id) => ({ Read_Account: id })) : [],
      UnreadList: flag === 1 ? page.map((id) => ({ Unread_Account: id })) : [],
      Cursor: finished ? '' : String(next),
      IsFinish: finished ? 1 : 0,
    };
  },
};

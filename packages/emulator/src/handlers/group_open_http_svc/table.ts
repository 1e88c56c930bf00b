// Every group servcmd. The SDK sends Community groups' commands (IDs starting
// '@TGS#_') to million_group_open_http_svc.<same command>, so each is listed
// under both services; the joined list and pendency differ per service.
import type { HandlerTable } from '../../protocol/router.js';
import { createGroupHandler } from './create_group.js';
import { getJoinedGroupList } from './get_joined_group_list.js';
import { getGroupSelfMemberInfo } from './get_group_self_member_info.js';
import { getGroupPublicInfo } from './get_group_public_info.js';
import { getGroupMemberInfo } from './get_group_member_info.js';
import { getSpecifiedGroupMemberInfo } from './get_specified_group_member_info.js';
import { addGroupMember } from './add_group_member.js';
import { deleteGroupMember } from './delete_group_member.js';
import { quitGroup } from './quit_group.js';
import { destroyGroup } from './destroy_group.js';
import { changeGroupOwner } from './change_group_owner.js';
import { modifyGroupBaseInfo } from './modify_group_base_info.js';
import { modifyGroupMemberInfo } from './modify_group_member_info.js';
import { applyJoinGroup } from './apply_join_group.js';
import { handleApplyJoinGroup } from './handle_apply_join_group.js';
import { getPendency } from './get_pendency.js';
import { sendGroupMsg } from './send_group_msg.js';
import { groupMsgGet } from './group_msg_get.js';
import { msgReadReport } from './msg_read_report.js';
import { groupMsgRecall } from './group_msg_recall.js';
import { groupMsgReceipt } from './group_msg_receipt.js';
import { getGroupMsgReceipt } from './get_group_msg_receipt.js';
import { getGroupMsgReceiptDetail } from './get_group_msg_receipt_detail.js';
import { getGroupMsgReceiptsByUsers } from './get_group_msg_receipts_by_users.js';
import { getOnlineMemberNum } from './get_online_member_num.js';
import { deleteGroupRambleMsgBySeq } from './delete_group_ramble_msg_by_seq.js';
import { millionGetJoinedGroupList } from '../million_group_open_http_svc/get_joined_group_list.js';
import { millionGetPendency } from '../million_group_open_http_svc/get_pendency.js';

const shared: HandlerTable = {
  create_group: createGroupHandler,
  get_group_self_member_info: getGroupSelfMemberInfo,
  get_group_public_info: getGroupPublicInfo,
  get_group_member_info: getGroupMemberInfo,
  get_specified_group_member_info: getSpecifiedGroupMemberInfo,
  add_group_member: addGroupMember,
  delete_group_member: deleteGroupMember,
  quit_group: quitGroup,
  destroy_group: destroyGroup,
  change_group_owner: changeGroupOwner,
  modify_group_base_info: modifyGroupBaseInfo,
  modify_group_member_info: modifyGroupMemberInfo,
  apply_join_group: applyJoinGroup,
  handle_apply_join_group: handleApplyJoinGroup,
  send_group_msg: sendGroupMsg,
  group_msg_get: groupMsgGet,
  msg_read_report: msgReadReport,
  group_msg_recall: groupMsgRecall,
  // Read receipts; Community (million_ service) queries get them too, and answer 10007.
  group_msg_receipt: groupMsgReceipt,
  get_group_msg_receipt: getGroupMsgReceipt,
  get_group_msg_receipt_detail: getGroupMsgReceiptDetail,
  get_group_msg_receipts_by_users: getGroupMsgReceiptsByUsers,
  // Members with a live session (headless: onlineMemberNum of the compat facade).
  get_online_member_num: getOnlineMemberNum,
  // deleteMessage on a group message: delete for me (the caller's history only).
  delete_group_ramble_msg_by_seq: deleteGroupRambleMsgBySeq,
};

const prefixed = (service: string, table: HandlerTable): HandlerTable =>
  Object.fromEntries(Object.entries(table).map(([cmd, h]) => [`${service}.${cmd}`, h]));

// A member's copy of a Community message never carries NeedReadReceipt (Community has no read
// receipts), and the SDK reports receipts only for flagged messages: it never sends this one.
const { group_msg_receipt: _neverSentForCommunity, ...community } = shared;

export const groupHandlers: HandlerTable = {
  ...prefixed('group_open_http_svc', shared),
  ...prefixed('million_group_open_http_svc', community),
  'group_open_http_svc.get_joined_group_list': getJoinedGroupList,
  'group_open_http_svc.get_pendency': getPendency,
  'million_group_open_http_svc.get_joined_group_list': millionGetJoinedGroupList,
  'million_group_open_http_svc.get_pendency': millionGetPendency,
};

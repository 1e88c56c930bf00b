// Every servcmd the emulator answers, by name. Anything missing here gets
// 60010 "unsupported command" and one log line (never a bare OK).
import type { HandlerTable } from '../protocol/router.js';
import { groupHandlers } from './group_open_http_svc/table.js';
import { wslogin } from './im_open_status/wslogin.js';
import { wslogout } from './im_open_status/wslogout.js';
import { alive } from './heartbeat/alive.js';
import { portraitGetAll } from './profile/portrait_get_all.js';
import { portraitSet } from './profile/portrait_set.js';
import { blackListGet } from './sns/black_list_get.js';
import { friendGet } from './sns/friend_get.js';
import { friendGetSpecified } from './sns/friend_get_specified.js';
import { snsGroupGet } from './sns/group_get.js';
import { pendencyGet } from './sns/pendency_get.js';
import { friendAdd } from './sns/friend_add.js';
import { friendUpdate } from './sns/friend_update.js';
import { friendDelete } from './sns/friend_delete.js';
import { friendCheck } from './sns/friend_check.js';
import { friendResponse } from './sns/friend_response.js';
import { pendencyDelete } from './sns/pendency_delete.js';
import { pendencyReport } from './sns/pendency_report.js';
import { blackListAdd } from './sns/black_list_add.js';
import { blackListDelete } from './sns/black_list_delete.js';
import { snsGroupAdd } from './sns/group_add.js';
import { snsGroupDelete } from './sns/group_delete.js';
import { snsGroupUpdate } from './sns/group_update.js';
import { pageGet } from './recentcontact/page_get.js';
import { getContactGroup } from './recentcontact/get_contact_group.js';
import { searchContactGroup } from './recentcontact/search_contact_group.js';
import { getmsg } from './openim/getmsg.js';
import { deletemsg } from './openim/deletemsg.js';
import { sendmsg } from './openim/sendmsg.js';
import { getroammsg } from './openim/getroammsg.js';
import { msgreaded } from './openim/msgreaded.js';
import { getPeerReadTime } from './openim/get_peer_read_time.js';
import { getC2cPeerMuteNotifications } from './openim/get_c2c_peer_mute_notifications.js';
import { fetchConfig } from './im_sdk_config_mgr/fetch_config.js';
import { fetchPurchaseBits } from './im_sdk_config_mgr/fetch_imsdk_purchase_bitsv2.js';
import { timWebReportV2 } from './imopenstat/tim_web_report_v2.js';

import { msgwithdraw } from './openim/msgwithdraw.js';
import { deleteC2cMsgRamble } from './openim/delete_c2c_msg_ramble.js';
import { modifyC2cMsg } from './openim/modify_c2c_msg.js';
import { c2cMsgReadReceipt } from './openim/c2c_msg_read_receipt.js';
import { readAllUnreadMsg } from './openim/read_all_unread_msg.js';
import { setC2cPeerMuteNotifications } from './openim/set_c2c_peer_mute_notifications.js';
import { batchDelete } from './recentcontact/batch_delete.js';
import { clearMsg } from './recentcontact/clear_msg.js';
import { top } from './recentcontact/top.js';
import { markContact } from './recentcontact/mark_contact.js';
import { preSig } from './im_cos_msg/pre_sig.js';
import { videoCover } from './im_cos_msg/video_cover.js';
import { saveRelayJsonMsg } from './im_long_msg/save_relay_json_msg.js';
import { getRelayJsonMsg } from './im_long_msg/get_relay_json_msg.js';
import { modifyGroupMsg } from './openim/modify_group_msg.js';

export const handlers: HandlerTable = {
  ...groupHandlers,
  'im_open_status.wslogin': wslogin,
  'im_open_status.wslogout': wslogout,
  'heartbeat.alive': alive,
  'profile.portrait_get_all': portraitGetAll,
  'profile.portrait_set': portraitSet,
  'sns.black_list_get': blackListGet,
  'sns.friend_get': friendGet,
  'sns.friend_get_specified': friendGetSpecified,
  'sns.group_get': snsGroupGet,
  'sns.pendency_get': pendencyGet,
  'sns.friend_add': friendAdd,
  'sns.friend_update': friendUpdate,
  'sns.friend_delete': friendDelete,
  'sns.friend_check': friendCheck,
  'sns.friend_response': friendResponse,
  'sns.pendency_delete': pendencyDelete,
  'sns.pendency_report': pendencyReport,
  'sns.black_list_add': blackListAdd,
  'sns.black_list_delete': blackListDelete,
  'sns.group_add': snsGroupAdd,
  'sns.group_delete': snsGroupDelete,
  'sns.group_update': snsGroupUpdate,
  'recentcontact.page_get': pageGet,
  'recentcontact.get_contact_group': getContactGroup,
  'recentcontact.search_contact_group': searchContactGroup,
  'openim.getmsg': getmsg,
  'openim.deletemsg': deletemsg,
  'openim.sendmsg': sendmsg,
  'openim.getroammsg': getroammsg,
  'openim.msgreaded': msgreaded,
  'openim.get_peer_read_time': getPeerReadTime,
  'openim.get_c2c_peer_mute_notifications': getC2cPeerMuteNotifications,
  'im_sdk_config_mgr.fetch_config': fetchConfig,
  'im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2': fetchPurchaseBits,
  'imopenstat.tim_web_report_v2': timWebReportV2,
  'openim.msgwithdraw': msgwithdraw,
  'openim.delete_c2c_msg_ramble': deleteC2cMsgRamble,
  'openim.modify_c2c_msg': modifyC2cMsg,
  'openim.c2c_msg_read_receipt': c2cMsgReadReceipt,
  'openim.read_all_unread_msg': readAllUnreadMsg,
  'openim.set_c2c_peer_mute_notifications': setC2cPeerMuteNotifications,
  'recentcontact.batch_delete': batchDelete,
  'recentcontact.clear_msg': clearMsg,
  'recentcontact.top': top,
  'recentcontact.mark_contact': markContact,
  'im_cos_msg.pre_sig': preSig,
  'im_cos_msg.video_cover': videoCover,
  'im_long_msg.save_relay_json_msg': saveRelayJsonMsg,
  'im_long_msg.get_relay_json_msg': getRelayJsonMsg,
  // modifyMessage on a group message goes to openim, not the group service.
  'openim.modify_group_msg': modifyGroupMsg,
};

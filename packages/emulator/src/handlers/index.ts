// Every servcmd the emulator answers, by name. Anything missing here gets
// 60010 "unsupported command" and one log line (never a bare OK).
import type { HandlerTable } from '../protocol/router.js';
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
import { pageGet } from './recentcontact/page_get.js';
import { getContactGroup } from './recentcontact/get_contact_group.js';
import { searchContactGroup } from './recentcontact/search_contact_group.js';
import { getJoinedGroupList } from './group_open_http_svc/get_joined_group_list.js';
import { getGroupSelfMemberInfo } from './group_open_http_svc/get_group_self_member_info.js';
import { millionGetJoinedGroupList } from './million_group_open_http_svc/get_joined_group_list.js';
import { getmsg } from './openim/getmsg.js';
import { sendmsg } from './openim/sendmsg.js';
import { getroammsg } from './openim/getroammsg.js';
import { msgreaded } from './openim/msgreaded.js';
import { getPeerReadTime } from './openim/get_peer_read_time.js';
import { getC2cPeerMuteNotifications } from './openim/get_c2c_peer_mute_notifications.js';
import { fetchConfig } from './im_sdk_config_mgr/fetch_config.js';
import { fetchPurchaseBits } from './im_sdk_config_mgr/fetch_imsdk_purchase_bitsv2.js';
import { timWebReportV2 } from './imopenstat/tim_web_report_v2.js';

export const handlers: HandlerTable = {
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
  'recentcontact.page_get': pageGet,
  'recentcontact.get_contact_group': getContactGroup,
  'recentcontact.search_contact_group': searchContactGroup,
  'group_open_http_svc.get_joined_group_list': getJoinedGroupList,
  'group_open_http_svc.get_group_self_member_info': getGroupSelfMemberInfo,
  'million_group_open_http_svc.get_joined_group_list': millionGetJoinedGroupList,
  'openim.getmsg': getmsg,
  'openim.sendmsg': sendmsg,
  'openim.getroammsg': getroammsg,
  'openim.msgreaded': msgreaded,
  'openim.get_peer_read_time': getPeerReadTime,
  'openim.get_c2c_peer_mute_notifications': getC2cPeerMuteNotifications,
  'im_sdk_config_mgr.fetch_config': fetchConfig,
  'im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2': fetchPurchaseBits,
  'imopenstat.tim_web_report_v2': timWebReportV2,
};

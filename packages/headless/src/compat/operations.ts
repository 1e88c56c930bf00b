// The seed's operations by their seed names (init and addEventListener live in
// create-tencent-im.ts). Relationship operations report bad params with the seed's 30001.
import * as conversations from './ops-conversations.js';
import * as friends from './ops-friends.js';
import * as groupAdmin from './ops-group-admin.js';
import * as groups from './ops-groups.js';
import * as messages from './ops-messages.js';
import * as profile from './ops-profile.js';
import * as push from './ops-push.js';
import * as relations from './ops-relations.js';
import * as session from './ops-session.js';
import { SNS_INVALID_PARAMS_CODE } from './params.js';
import { listener, operation, type Runner, type SeedOperation } from './runner.js';

export const LISTENER_NAMES = [
  'setUserStatusListener',
  'setConnectListener',
  'setGroupEventListener',
  'seConversationListener',
  'setMessageRevokedListener',
  'addNewMessageListener',
] as const;

const listeners = {
  setUserStatusListener: session.setUserStatusListener,
  setConnectListener: session.setConnectListener,
  setGroupEventListener: groups.setGroupEventListener,
  seConversationListener: conversations.seConversationListener,
  setMessageRevokedListener: messages.setMessageRevokedListener,
  addNewMessageListener: messages.addNewMessageListener,
};

const operations = {
  seMessageExtConfig: messages.seMessageExtConfig,
  login: session.login,
  logout: session.logout,
  initStorage: session.initStorage,
  getLocalMessage: session.getLocalMessage,
  getLoginUser: session.getLoginUser,
  getConversation: conversations.getConversation,
  sendText: messages.sendText,
  sendImage: messages.sendImage,
  sendFace: messages.sendFace,
  sendSound: messages.sendSound,
  sendLocation: messages.sendLocation,
  sendFile: messages.sendFile,
  sendCustom: messages.sendCustom,
  getConversations: conversations.getConversations,
  getMessage: messages.getMessage,
  deleteConversation: conversations.deleteConversation,
  deleteLocalMessage: session.deleteLocalMessage,
  getUnReadMessageNum: conversations.getUnReadMessageNum,
  setRead: conversations.setRead,
  createGroup: groups.createGroup,
  inviteGroupMember: groups.inviteGroupMember,
  applyJoinGroup: groups.applyJoinGroup,
  quitGroup: groups.quitGroup,
  deleteGroupMember: groups.deleteGroupMember,
  getGroupMembers: groups.getGroupMembers,
  getGroupList: groups.getGroupList,
  deleteGroup: groups.deleteGroup,
  modifyGroupOwner: groups.modifyGroupOwner,
  getGroupDetailInfo: groups.getGroupDetailInfo,
  getGroupPublicInfo: groups.getGroupPublicInfo,
  getSelfInfoInGroup: groupAdmin.getSelfInfoInGroup,
  getGroupMembersInfo: groupAdmin.getGroupMembersInfo,
  modifyGroupInfo: groupAdmin.modifyGroupInfo,
  modifyMemberRoleType: groupAdmin.modifyMemberRoleType,
  modifyMemberSilence: groupAdmin.modifyMemberSilence,
  modifyMemberNameCard: groupAdmin.modifyMemberNameCard,
  setReceiveMessageOpt: groupAdmin.setReceiveMessageOpt,
  getGroupPendencyList: groupAdmin.getGroupPendencyList,
  reportGroupPendency: groupAdmin.reportGroupPendency,
  doGroupPendency: groupAdmin.doGroupPendency,
  getRemoteSelfProfile: profile.getRemoteSelfProfile,
  getLocalSelfProfile: profile.getLocalSelfProfile,
  getUsersProfile: profile.getUsersProfile,
  getUserLocalProfile: profile.getUserLocalProfile,
  modifySelfProfile: profile.modifySelfProfile,
  setOfflinePushSettings: push.setOfflinePushSettings,
  getOfflinePushSettings: push.getOfflinePushSettings,
  setAPNS: push.setAPNS,
  getAPNS: push.getAPNS,
};

const snsOperations = {
  getFriendList: friends.getFriendList,
  modifyFriend: friends.modifyFriend,
  addFriend: friends.addFriend,
  deleteFriends: friends.deleteFriends,
  doResponse: friends.doResponse,
  getPendencyList: friends.getPendencyList,
  deletePendency: friends.deletePendency,
  pendencyReport: friends.pendencyReport,
  addBlackList: relations.addBlackList,
  deleteBlackList: relations.deleteBlackList,
  getBlackList: relations.getBlackList,
  createFriendGroup: relations.createFriendGroup,
  deleteFriendGroup: relations.deleteFriendGroup,
  addFriendsToFriendGroup: relations.addFriendsToFriendGroup,
  deleteFriendsFromFriendGroup: relations.deleteFriendsFromFriendGroup,
  renameFriendGroup: relations.renameFriendGroup,
  getFriendGroups: relations.getFriendGroups,
};

export type SeedOperationName =
  keyof typeof listeners | keyof typeof operations | keyof typeof snsOperations;
export type SeedOperations = Record<SeedOperationName, SeedOperation>;

export function buildOperations(runner: Runner): SeedOperations {
  const built = {} as SeedOperations;
  for (const [name, def] of Object.entries(listeners)) {
    built[name as SeedOperationName] = listener(runner, name, def);
  }
  for (const [name, def] of Object.entries(operations)) {
    built[name as SeedOperationName] = operation(runner, name, def);
  }
  for (const [name, def] of Object.entries(snsOperations)) {
    built[name as SeedOperationName] = operation(runner, name, def, SNS_INVALID_PARAMS_CODE);
  }
  return built;
}

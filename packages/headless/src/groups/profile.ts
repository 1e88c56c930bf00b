// Reading and changing a group's profile and its members' roles, mutes, name cards, and the
// user's receive option. Byte limits are checked before any request (GROUP_FIELD_TOO_LONG).
import { invalidArgument } from '../errors.js';
import type { ChatSDK } from '../sdk/types.js';
import type { SdkCall } from './call.js';
import {
  sdkJoinOption,
  sdkReceiveOption,
  sdkRole,
  toTimGroup,
  toTimGroupMember,
} from './map-group.js';
import type { GroupProfilePatch, TimGroup, TimGroupMember, TimReceiveOption } from './types.js';
import {
  checkField,
  checkGroupID,
  checkMuteSeconds,
  checkProfilePatch,
  checkReceiveOption,
  checkUserID,
  checkUserIDs,
} from './validate.js';

type UpdateOptions = Parameters<ChatSDK['updateGroupProfile']>[0];
type SdkTypes = NonNullable<UpdateOptions['joinOption']>;

export interface ProfileDeps {
  chat: ChatSDK;
  call: SdkCall;
  selfID(): string;
  /** A fresh profile snapshot for the group's handle. */
  profileLoaded(group: TimGroup): void;
  /** Fresh member snapshots for the group's handle. */
  membersLoaded(groupID: string, members: readonly TimGroupMember[]): void;
  /** The option is part of the group's selfInfo, which no event reports. */
  receiveOptionSet(groupID: string, option: TimReceiveOption): void;
}

export function createProfileActions(deps: ProfileDeps) {
  const { chat, call } = deps;

  async function memberProfiles(
    op: string,
    groupID: string,
    userIDs: string[],
  ): Promise<TimGroupMember[]> {
    const data = await call<{ memberList?: unknown[] }>(op, () =>
      chat.getGroupMemberProfile({ groupID, userIDList: userIDs }),
    );
    const members = (data.memberList ?? []).map(toTimGroupMember);
    deps.membersLoaded(groupID, members);
    return members;
  }

  async function getProfile(groupID: string): Promise<TimGroup> {
    const op = 'groups.getProfile';
    checkGroupID(groupID, op);
    const data = await call<{ group: unknown }>(op, () => chat.getGroupProfile({ groupID }));
    const group = toTimGroup(data.group);
    deps.profileLoaded(group);
    return group;
  }

  async function findGroup(groupID: string): Promise<TimGroup> {
    const op = 'groups.findGroup';
    checkGroupID(groupID, op);
    const data = await call<{ group: unknown }>(op, () => chat.searchGroupByID(groupID));
    return toTimGroup(data.group);
  }

  // The SDK answers from its own cache for 60 s per group (10 s pushes for AVChatRoom).
  async function getOnlineMemberCount(groupID: string): Promise<number> {
    const op = 'groups.getOnlineMemberCount';
    checkGroupID(groupID, op);
    const data = await call<{ memberCount?: unknown }>(op, () =>
      chat.getGroupOnlineMemberCount(groupID),
    );
    return typeof data.memberCount === 'number' ? data.memberCount : 0;
  }

  async function getSelfMember(groupID: string): Promise<TimGroupMember> {
    const op = 'groups.getSelfMember';
    checkGroupID(groupID, op);
    const self = deps.selfID();
    const [mine] = (await memberProfiles(op, groupID, [self])).filter((m) => m.userID === self);
    if (!mine) throw invalidArgument(op, `you are not a member of ${groupID}`);
    return mine;
  }

  async function getMembers(groupID: string, userIDs: string[]): Promise<TimGroupMember[]> {
    const op = 'groups.getMembers';
    checkGroupID(groupID, op);
    return memberProfiles(op, groupID, checkUserIDs(userIDs, op));
  }

  async function updateProfile(groupID: string, patch: GroupProfilePatch): Promise<TimGroup> {
    const op = 'groups.updateProfile';
    checkGroupID(groupID, op);
    const p = checkProfilePatch(patch, op);
    const options: UpdateOptions = { groupID };
    if (p.name !== undefined) options.name = p.name;
    if (p.notification !== undefined) options.notification = p.notification;
    if (p.introduction !== undefined) options.introduction = p.introduction;
    if (p.avatar !== undefined) options.avatar = p.avatar;
    if (p.muteAll !== undefined) options.muteAllMembers = p.muteAll;
    if (p.joinOption !== undefined) options.joinOption = sdkJoinOption[p.joinOption] as SdkTypes;
    const data = await call<{ group: unknown }>(op, () => chat.updateGroupProfile(options));
    const group = toTimGroup(data.group);
    deps.profileLoaded(group);
    return group;
  }

  async function setMemberRole(
    groupID: string,
    userID: string,
    role: 'admin' | 'member',
  ): Promise<void> {
    const op = 'groups.setMemberRole';
    checkGroupID(groupID, op);
    checkUserID(userID, op);
    if (role !== 'admin' && role !== 'member')
      throw invalidArgument(op, "role must be 'admin' or 'member' (use transferOwner for owner)");
    await call(op, () =>
      chat.setGroupMemberRole({ groupID, userID, role: sdkRole[role] as SdkTypes }),
    );
    await memberProfiles(op, groupID, [userID]);
  }

  async function muteMember(groupID: string, userID: string, seconds: number): Promise<void> {
    const op = 'groups.muteMember';
    checkGroupID(groupID, op);
    checkUserID(userID, op);
    checkMuteSeconds(seconds, op);
    if (userID === deps.selfID()) throw invalidArgument(op, 'you cannot mute yourself');
    await call(op, () => chat.setGroupMemberMuteTime({ groupID, userID, muteTime: seconds }));
    await memberProfiles(op, groupID, [userID]);
  }

  async function setNameCard(groupID: string, nameCard: string, userID?: string): Promise<void> {
    const op = 'groups.setNameCard';
    checkGroupID(groupID, op);
    if (typeof nameCard !== 'string') throw invalidArgument(op, 'nameCard must be a string');
    checkField(nameCard, 'nameCard', op);
    const target = userID === undefined ? deps.selfID() : checkUserID(userID, op);
    await call(op, () => chat.setGroupMemberNameCard({ groupID, nameCard, userID: target }));
    await memberProfiles(op, groupID, [target]);
  }

  async function setReceiveOption(groupID: string, option: TimReceiveOption): Promise<void> {
    const op = 'groups.setReceiveOption';
    checkGroupID(groupID, op);
    const value = checkReceiveOption(option, op);
    await call(op, () =>
      chat.setMessageRemindType({
        groupID,
        messageRemindType: sdkReceiveOption[value] as SdkTypes,
      }),
    );
    deps.receiveOptionSet(groupID, value);
  }

  return {
    getProfile,
    findGroup,
    getOnlineMemberCount,
    getSelfMember,
    getMembers,
    updateProfile,
    setMemberRole,
    muteMember,
    setNameCard,
    setReceiveOption,
  };
}

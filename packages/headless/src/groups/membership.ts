// Who is in a group: create, invite, apply, quit, kick, dismiss, transfer. Arguments are checked
// before any request; the joined list follows from the SDK's GROUP_LIST_UPDATED.
import { TimErrorCode, invalidArgument, type TimError } from '../errors.js';
import type { SdkCall } from './call.js';
import { sdkGroupType, sdkJoinOption, toTimGroup } from './map-group.js';
import type { ChatSDK } from '../sdk/types.js';
import type { CreateGroupOptions, TimApplyResult, TimGroup, TimInviteResult } from './types.js';
import { checkCreateOptions, checkGroupID, checkUserID, checkUserIDs } from './validate.js';

type CreateOptions = Parameters<ChatSDK['createGroup']>[0];
type SdkTypes = CreateOptions['type'];

export interface MembershipDeps {
  chat: ChatSDK;
  call: SdkCall;
  selfID(): string;
  /** A group's members (and maybe profile) changed through an action of ours. */
  changed(groupID: string): void;
  /** Members were kicked: drop them from the handle at once. */
  removed(groupID: string, userIDs: readonly string[]): void;
  /** The SDK fills in the creator's role only after its list event; this is the full group. */
  created(group: TimGroup): void;
  /** The user left a group (quit, dismissed): drop its cached state. */
  left(groupID: string): void;
}

export function createMembership(deps: MembershipDeps) {
  const { chat, call } = deps;

  async function createGroup(options: CreateGroupOptions): Promise<TimGroup> {
    const op = 'groups.createGroup';
    const o = checkCreateOptions(options, op);
    const sdkOptions: CreateOptions = {
      name: o.name,
      type: sdkGroupType[o.type] as SdkTypes,
    };
    if (o.groupID !== undefined) sdkOptions.groupID = o.groupID;
    if (o.notification !== undefined) sdkOptions.notification = o.notification;
    if (o.introduction !== undefined) sdkOptions.introduction = o.introduction;
    if (o.avatar !== undefined) sdkOptions.avatar = o.avatar;
    if (o.maxMemberCount !== undefined) sdkOptions.maxMemberNum = o.maxMemberCount;
    if (o.joinOption !== undefined) sdkOptions.joinOption = sdkJoinOption[o.joinOption] as SdkTypes;
    const self = deps.selfID();
    const members = (o.members ?? []).filter((id) => id !== self);
    if (members.length > 0) sdkOptions.memberList = members.map((userID) => ({ userID }));
    const data = await call<{ group: unknown }>(op, () => chat.createGroup(sdkOptions));
    const group = toTimGroup(data.group);
    // The creator of an audio-video group must join it to receive its messages (SDK createGroup
    // docs); a server that already counts the creator as a member answers 10013, which is fine.
    if (o.type === 'AVChatRoom') {
      await call(op, () =>
        chat.joinGroup({ groupID: group.groupID, type: sdkGroupType.AVChatRoom as SdkTypes }),
      ).catch((error: unknown) => {
        if ((error as TimError).code !== TimErrorCode.GROUP_ALREADY_MEMBER) throw error;
      });
    }
    deps.created(group);
    return group;
  }

  async function invite(groupID: string, userIDs: string[]): Promise<TimInviteResult> {
    const op = 'groups.invite';
    checkGroupID(groupID, op);
    const ids = checkUserIDs(userIDs, op);
    const data = await call<{
      successUserIDList?: string[];
      failureUserIDList?: string[];
      existedUserIDList?: string[];
    }>(op, () => chat.addGroupMember({ groupID, userIDList: ids }));
    deps.changed(groupID);
    return {
      added: data.successUserIDList ?? [],
      existing: data.existedUserIDList ?? [],
      failed: data.failureUserIDList ?? [],
    };
  }

  async function apply(groupID: string, reason?: string): Promise<TimApplyResult> {
    const op = 'groups.apply';
    checkGroupID(groupID, op);
    if (reason !== undefined && typeof reason !== 'string')
      throw invalidArgument(op, 'reason must be a string');
    const data = await call<{ status?: string }>(op, () =>
      chat.joinGroup({ groupID, ...(reason ? { applyMessage: reason } : {}) }),
    );
    if (data.status === 'WaitAdminApproval') return 'pending';
    if (data.status === 'AlreadyInGroup') return 'already-member';
    deps.changed(groupID);
    return 'joined';
  }

  async function quit(groupID: string): Promise<void> {
    const op = 'groups.quit';
    checkGroupID(groupID, op);
    await call(op, () => chat.quitGroup(groupID));
    deps.left(groupID);
  }

  async function kick(groupID: string, userIDs: string[], reason?: string): Promise<void> {
    const op = 'groups.kick';
    checkGroupID(groupID, op);
    const ids = checkUserIDs(userIDs, op);
    if (ids.includes(deps.selfID())) throw invalidArgument(op, 'use quit() to leave a group');
    if (reason !== undefined && typeof reason !== 'string')
      throw invalidArgument(op, 'reason must be a string');
    await call(op, () =>
      chat.deleteGroupMember({ groupID, userIDList: ids, ...(reason ? { reason } : {}) }),
    );
    deps.removed(groupID, ids);
    deps.changed(groupID);
  }

  async function dismiss(groupID: string): Promise<void> {
    const op = 'groups.dismiss';
    checkGroupID(groupID, op);
    await call(op, () => chat.dismissGroup(groupID));
    deps.left(groupID);
  }

  async function transferOwner(groupID: string, newOwnerID: string): Promise<void> {
    const op = 'groups.transferOwner';
    checkGroupID(groupID, op);
    checkUserID(newOwnerID, op, 'newOwnerID');
    if (newOwnerID === deps.selfID())
      throw invalidArgument(op, 'newOwnerID must be another member');
    await call(op, () => chat.changeGroupOwner({ groupID, newOwnerID }));
    deps.changed(groupID);
  }

  return { createGroup, invite, apply, quit, kick, dismiss, transferOwner };
}

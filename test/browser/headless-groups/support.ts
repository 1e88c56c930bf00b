// Helpers for the group suites: the other users act through the REST API (as the app admin) or
// as a nodePeer with its own SDK (test/support/peer-groups.ts).
import { executeServerCommand } from '@web/test-runner-commands';
import { importAccount, rest, uniqueUser } from '../support/emulator.js';

/** A fresh account, imported so it can be invited. */
export async function newUser(prefix: string): Promise<string> {
  const userID = uniqueUser(prefix);
  await importAccount(userID);
  return userID;
}

/** A group created through REST, owned by `owner` (the admin when left out). */
export async function restCreateGroup(options: {
  type: string;
  name: string;
  owner?: string;
  members?: string[];
  joinOption?: string;
}): Promise<string> {
  const body: Record<string, unknown> = { Type: options.type, Name: options.name };
  if (options.owner) body.Owner_Account = options.owner;
  if (options.joinOption) body.ApplyJoinOption = options.joinOption;
  if (options.members) body.MemberList = options.members.map((id) => ({ Member_Account: id }));
  const { GroupId } = await rest<{ GroupId: string }>('group_open_http_svc/create_group', body);
  return GroupId;
}

export async function restAddMembers(groupID: string, userIDs: string[]): Promise<void> {
  await rest('group_open_http_svc/add_group_member', {
    GroupId: groupID,
    MemberList: userIDs.map((id) => ({ Member_Account: id })),
  });
}

export async function restSendGroupText(
  groupID: string,
  from: string,
  text: string,
): Promise<void> {
  await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    From_Account: from,
    Random: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  });
}

const peer = (action: string, userID: string, rest: Record<string, unknown>) =>
  executeServerCommand('tim-peer', { action, userID, ...rest });

export const groupPeer = {
  apply: (userID: string, groupID: string, reason?: string) =>
    peer('groupApply', userID, { groupID, reason }) as Promise<{ status: string }>,
  handleApplication: (
    userID: string,
    groupID: string,
    applicant: string,
    decision: 'accept' | 'refuse',
  ) => peer('groupHandleApplication', userID, { groupID, applicant, decision }),
  sendText: (userID: string, groupID: string, text: string) =>
    peer('groupSendText', userID, { groupID, text }),
  quit: (userID: string, groupID: string) => peer('groupQuit', userID, { groupID }),
  /** The peer (owner or admin of the group) mutes `member` for `seconds`. */
  muteMember: (userID: string, groupID: string, member: string, seconds: number) =>
    peer('groupMuteMember', userID, { groupID, member, seconds }),
};

// nodePeer actions for the group suites (test/browser/headless-groups): the peer applies to join,
// handles an application, sends a group text, mutes a member (as owner/admin) or quits, with its own real SDK in Node.

type Payload = Record<string, unknown>;

interface Application {
  applicant: string;
  groupID: string;
}

export interface GroupPeer {
  chat: {
    joinGroup(o: unknown): Promise<{ data: { status?: string } }>;
    quitGroup(groupID: string): Promise<unknown>;
    getGroupApplicationList(): Promise<{ data: { applicationList: Application[] } }>;
    handleGroupApplication(o: unknown): Promise<unknown>;
    createTextMessage(o: unknown): unknown;
    sendMessage(m: unknown): Promise<unknown>;
    setGroupMemberMuteTime(o: unknown): Promise<unknown>;
  };
}

function text(p: Payload, key: string): string {
  const value = p[key];
  if (typeof value !== 'string' || value === '')
    throw new Error(`tim-peer group action: "${key}" must be a non-empty string`);
  return value;
}

/** Runs a group action; undefined when `p.action` is not one of them. */
export async function groupPeerAction(peer: GroupPeer, p: Payload): Promise<unknown> {
  switch (p.action) {
    case 'groupApply': {
      const reason = typeof p.reason === 'string' ? p.reason : undefined;
      const { data } = await peer.chat.joinGroup({
        groupID: text(p, 'groupID'),
        ...(reason ? { applyMessage: reason } : {}),
      });
      return { status: data.status ?? '' };
    }
    case 'groupHandleApplication': {
      const groupID = text(p, 'groupID');
      const applicant = text(p, 'applicant');
      const { data } = await peer.chat.getGroupApplicationList();
      const application = data.applicationList.find(
        (a) => a.groupID === groupID && a.applicant === applicant,
      );
      if (!application) throw new Error(`no application of ${applicant} to ${groupID}`);
      await peer.chat.handleGroupApplication({
        handleAction: p.decision === 'refuse' ? 'Reject' : 'Agree',
        application,
      });
      return true;
    }
    case 'groupSendText': {
      const message = peer.chat.createTextMessage({
        to: text(p, 'groupID'),
        conversationType: 'GROUP',
        payload: { text: text(p, 'text') },
      });
      await peer.chat.sendMessage(message);
      return true;
    }
    case 'groupMuteMember': {
      const seconds = Number(p.seconds);
      if (!Number.isInteger(seconds) || seconds < 0)
        throw new Error('tim-peer group action: "seconds" must be a whole number >= 0');
      await peer.chat.setGroupMemberMuteTime({
        groupID: text(p, 'groupID'),
        userID: text(p, 'member'),
        muteTime: seconds,
      });
      return true;
    }
    case 'groupQuit':
      await peer.chat.quitGroup(text(p, 'groupID'));
      return true;
    default:
      return undefined;
  }
}

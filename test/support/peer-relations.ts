// nodePeer actions for the relationship suites (test/browser/headless-relations): the other user
// changes their profile, sends or answers friend requests, reads their friend list and tries a
// send, all through the real SDK.

type Payload = Record<string, unknown>;

interface SdkFriendLike {
  userID: string;
  remark?: string;
}

export interface RelationPeer {
  chat: {
    updateMyProfile(o: unknown): Promise<unknown>;
    addFriend(o: unknown): Promise<{ data?: { code?: number } }>;
    acceptFriendApplication(o: unknown): Promise<unknown>;
    refuseFriendApplication(o: unknown): Promise<unknown>;
    getFriendList(): Promise<{ data: SdkFriendLike[] }>;
    getUserProfile(o: unknown): Promise<{ data: Array<{ userID: string; nick?: string }> }>;
    getFriendApplicationList(): Promise<{
      data: { friendApplicationList: Array<{ userID: string; type: string }> };
    }>;
    createTextMessage(o: unknown): unknown;
    sendMessage(m: unknown): Promise<unknown>;
    addToBlacklist(o: unknown): Promise<unknown>;
  };
  TencentCloudChat: { TYPES: Record<string, string>; EVENT: Record<string, string> };
}

function str(p: Payload, key: string): string {
  const value = p[key];
  if (typeof value !== 'string' || value === '')
    throw new Error(`tim-peer relations: "${key}" must be a non-empty string`);
  return value;
}

const codeOf = (error: unknown): number => Number((error as { code?: unknown })?.code ?? -1);

/** Polls the peer's SDK cache; pushes land there asynchronously (slowly on a loaded CI machine). */
async function until(read: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > deadline) throw new Error(`peer: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs a relationship action; undefined when `p.action` is not one of them. */
export async function relationPeerAction(peer: RelationPeer, p: Payload): Promise<unknown> {
  const { chat, TencentCloudChat } = peer;
  switch (p.action) {
    case 'block':
      await chat.addToBlacklist({ userIDList: [str(p, 'blocked')] });
      return true;
    case 'updateProfile':
      await chat.updateMyProfile(p.profile);
      return true;
    case 'addFriend': {
      try {
        const reply = await chat.addFriend({
          to: str(p, 'to'),
          source: 'AddSource_Type_Web',
          wording: typeof p.wording === 'string' ? p.wording : undefined,
          type: TencentCloudChat.TYPES.SNS_ADD_TYPE_BOTH,
        });
        return { code: reply.data?.code ?? 0 };
      } catch (error) {
        return { code: codeOf(error) };
      }
    }
    case 'respondFriend': {
      const from = str(p, 'from');
      const incoming = TencentCloudChat.TYPES.SNS_APPLICATION_SENT_TO_ME;
      await until(async () => {
        const { data } = await chat.getFriendApplicationList();
        return data.friendApplicationList.some((a) => a.userID === from && a.type === incoming);
      }, `a friend request from ${from}`);
      if (p.response === 'refuse') await chat.refuseFriendApplication({ userID: from });
      else
        await chat.acceptFriendApplication({
          userID: from,
          type: TencentCloudChat.TYPES.SNS_APPLICATION_AGREE_AND_ADD,
        });
      return true;
    }
    case 'waitForFriend': {
      // present: true waits until `friend` is in the list, false until they are gone.
      const friend = str(p, 'friend');
      const present = p.present !== false;
      let remark = '';
      await until(
        async () => {
          const { data } = await chat.getFriendList();
          const found = data.find((f) => f.userID === friend);
          remark = found?.remark ?? '';
          return Boolean(found) === present;
        },
        `${friend} ${present ? 'in' : 'gone from'} the friend list`,
      );
      return { remark };
    }
    case 'waitForProfile': {
      // Polls the peer's view of another user's profile until its nick is `nick`.
      const of = str(p, 'of');
      const nick = str(p, 'nick');
      let seen = '';
      await until(async () => {
        const { data } = await chat.getUserProfile({ userIDList: [of] });
        seen = data[0]?.nick ?? '';
        return seen === nick;
      }, `${of}'s nick to read "${nick}" (last seen "${seen}")`);
      return { nick: seen };
    }
    case 'trySendText': {
      const message = chat.createTextMessage({
        to: str(p, 'to'),
        conversationType: TencentCloudChat.TYPES.CONV_C2C,
        payload: { text: str(p, 'text') },
      });
      try {
        await chat.sendMessage(message);
        return { code: 0 };
      } catch (error) {
        return { code: codeOf(error) };
      }
    }
    default:
      return undefined;
  }
}

// Helpers shared by the group conformance files: SDK constants typed loosely
// (the .d.ts types them as enums) and small wrappers over the real SDK.
import type { Conversation, Message } from '@tencentcloud/chat';
import type TencentCloudChat from '@tencentcloud/chat';
import type { SdkClient } from '../support/sdk-client.js';
import type { Fixture } from '../support/emulator-fixture.js';

/** Group error codes survive only in the UMD build (see sdk-client.ts `bundle`). */
export const umd = { bundle: 'umd' as const };

export const GROUP = 'GROUP' as unknown as TencentCloudChat.TYPES;

export async function createGroup(
  c: SdkClient,
  opts: {
    type: string;
    name: string;
    memberList?: { userID: string }[];
    groupID?: string;
    joinOption?: string;
  },
): Promise<string> {
  const { data } = await c.chat.createGroup(
    opts as Parameters<SdkClient['chat']['createGroup']>[0],
  );
  return (data as { group: { groupID: string } }).group.groupID;
}

export async function sendText(c: SdkClient, groupID: string, text: string): Promise<Message> {
  const msg = c.chat.createTextMessage({ to: groupID, conversationType: GROUP, payload: { text } });
  const { data } = await c.chat.sendMessage(msg);
  return (data as { message: Message }).message;
}

/** Resolves with the first received message in `groupID` matching `test`. */
export function nextGroupMessage(
  c: SdkClient,
  groupID: string,
  test: (m: Message) => boolean,
  timeoutMs = 8000,
): Promise<Message> {
  return c
    .next<Message[]>(
      'onMessageReceived',
      (list) => list.some((m) => m.to === groupID && test(m)),
      timeoutMs,
    )
    .then((list) => list.find((m) => m.to === groupID && test(m)) as Message);
}

export function nextSystemNotice(
  c: SdkClient,
  test: (payload: Record<string, unknown>) => boolean,
  timeoutMs = 8000,
) {
  const pick = (list: Message[]) =>
    list.find(
      (m) => m.type === 'TIMGroupSystemNoticeElem' && test(m.payload as Record<string, unknown>),
    );
  return c
    .next<Message[]>('onMessageReceived', (list) => pick(list) !== undefined, timeoutMs)
    .then(pick) as Promise<Message>;
}

export const codeOf = async (p: Promise<unknown>): Promise<number | undefined> => {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: number }).code;
  }
};

/** Logs a user in and resolves with the group's conversation once the login sync has listed it. */
export async function conversationAtLogin(
  fx: Fixture,
  userID: string,
  groupID: string,
): Promise<Conversation> {
  const c = await fx.client(userID, umd);
  const listed = c.next<Conversation[]>(
    'onConversationListUpdated',
    (l) => l.some((x) => x.conversationID === `GROUP${groupID}`),
    10000,
  );
  await c.login();
  return (await listed).find((x) => x.conversationID === `GROUP${groupID}`) as Conversation;
}

/** The owner sends a text asking for read receipts; resolves once `member` has received it. */
export async function sendWithReceipt(
  owner: SdkClient,
  member: SdkClient,
  groupID: string,
  text: string,
): Promise<{ sent: Message; received: Message }> {
  const arrived = nextGroupMessage(
    member,
    groupID,
    (m) => (m.payload as { text?: string }).text === text,
  );
  const message = owner.chat.createTextMessage({
    to: groupID,
    conversationType: GROUP,
    payload: { text },
    needReadReceipt: true,
  });
  const { data } = await owner.chat.sendMessage(message);
  return { sent: (data as { message: Message }).message, received: await arrived };
}

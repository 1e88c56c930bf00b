// Helpers shared by the group conformance files: SDK constants typed loosely
// (the .d.ts types them as enums) and small wrappers over the real SDK.
import type { Message } from '@tencentcloud/chat';
import type TencentCloudChat from '@tencentcloud/chat';
import type { SdkClient } from '../support/sdk-client.js';

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

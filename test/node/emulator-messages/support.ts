// Helpers for the C2C message-operation suites: a mutable server clock and a
// text send that resolves with the sent message.
import type TencentCloudChat from '@tencentcloud/chat';
import type { Conversation, Message } from '@tencentcloud/chat';
import type { SdkClient } from '../support/sdk-client.js';
import type { Fixture } from '../support/emulator-fixture.js';

// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
export const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;

/** A server clock a test can move forward (EmulatorOptions.now). */
export function testClock(): { now: () => number; advance: (seconds: number) => void } {
  let offset = 0;
  return {
    now: () => Math.floor(Date.now() / 1000) + offset,
    advance: (s) => {
      offset += s;
    },
  };
}

export async function sendText(
  from: SdkClient,
  to: string,
  text: string,
  options?: { needReadReceipt?: boolean; onlineUserOnly?: boolean },
): Promise<Message> {
  const msg = from.chat.createTextMessage({
    to,
    conversationType: C2C,
    payload: { text },
    ...(options?.needReadReceipt ? { needReadReceipt: true } : {}),
  });
  const r = await from.chat.sendMessage(
    msg,
    options?.onlineUserOnly ? { onlineUserOnly: true } : undefined,
  );
  return r.data.message as Message;
}

export const textOf = (m: Message): string => (m.payload as { text?: string }).text ?? '';

/** Logs in and resolves with the first conversation list the SDK reports. */
export async function loginWithList(
  fx: Fixture,
  userID: string,
): Promise<{ client: SdkClient; list: Conversation[] }> {
  const client = await fx.client(userID);
  const listed = client.next<Conversation[]>('onConversationListUpdated', undefined, 10000);
  await client.login();
  return { client, list: await listed };
}

export const findConv = (list: Conversation[], id: string): Conversation => {
  const c = list.find((x) => x.conversationID === id);
  if (!c) throw new Error(`no ${id} in ${list.map((x) => x.conversationID).join(',')}`);
  return c;
};

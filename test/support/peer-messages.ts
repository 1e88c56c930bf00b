// nodePeer actions for the message suites (test/browser/headless-messages): wait for a message of
// any kind, for a recall, read the peer's history, mark read and send read receipts.

type Payload = Record<string, unknown>;

interface SdkMessageLike {
  ID: string;
  from: string;
  type: string;
  payload?: { text?: string; description?: string; data?: string } & Record<string, unknown>;
  cloudCustomData?: string;
  needReadReceipt?: boolean;
  isRevoked?: boolean;
  atUserList?: string[];
}

export interface MessagePeer {
  chat: {
    getMessageList(o: unknown): Promise<{ data: { messageList: SdkMessageLike[] } }>;
    setMessageRead(o: unknown): Promise<unknown>;
    sendMessageReadReceipt(list: unknown[]): Promise<unknown>;
    revokeMessage(message: unknown): Promise<unknown>;
    downloadMergerMessage(message: unknown): Promise<unknown>;
    createCustomMessage(o: unknown): unknown;
    sendMessage(message: unknown, options?: unknown): Promise<unknown>;
  };
  TencentCloudChat: { EVENT: Record<string, string>; TYPES: Record<string, string> };
  next(event: string, predicate?: (data: unknown) => boolean, timeoutMs?: number): Promise<unknown>;
  events: { name: string; data: unknown }[];
}

/** A message's identity across the two SDKs: its text, else its data, else its description. */
function label(message: SdkMessageLike): string {
  const p = message.payload ?? {};
  return p.text || p.data || p.description || '';
}

function summary(message: SdkMessageLike) {
  return {
    ID: message.ID,
    from: message.from,
    type: message.type,
    // Through JSON: the SDK's payload objects carry methods the command channel cannot send.
    payload: JSON.parse(JSON.stringify(message.payload ?? {})) as unknown,
    cloudCustomData: message.cloudCustomData ?? '',
    needReadReceipt: Boolean(message.needReadReceipt),
    atUserList: [...(message.atUserList ?? [])],
  };
}

async function waitFor(
  client: MessagePeer,
  eventKey: string,
  fallback: string,
  matches: (m: SdkMessageLike) => boolean,
  timeoutMs: number,
): Promise<SdkMessageLike> {
  const name = client.TencentCloudChat.EVENT[eventKey] ?? fallback;
  const has = (data: unknown) => Array.isArray(data) && (data as SdkMessageLike[]).some(matches);
  // The browser's commands run one at a time, so the event may have come before this call.
  const seen = client.events.find((e) => e.name === name && has(e.data));
  const data = (seen?.data ?? (await client.next(name, has, timeoutMs))) as SdkMessageLike[];
  return data.find(matches)!;
}

/** Runs a message action; undefined when `p.action` is not one of these. */
export async function messagePeerAction(
  client: MessagePeer,
  p: Payload,
): Promise<unknown | undefined> {
  const timeoutMs = Number(p.timeoutMs ?? 15_000);
  switch (p.action) {
    case 'waitForMessage': {
      // Matches on type, and on label (text/description/data) when one is given.
      const matches = (m: SdkMessageLike) =>
        m.type === p.type &&
        (p.label === undefined || label(m) === p.label) &&
        (p.cloudCustomData === undefined || m.cloudCustomData === p.cloudCustomData);
      const received = await waitFor(
        client,
        'MESSAGE_RECEIVED',
        'onMessageReceived',
        matches,
        timeoutMs,
      );
      return summary(received);
    }
    case 'waitForRevoke': {
      const matches = (m: SdkMessageLike) => label(m) === p.label;
      const revoked = await waitFor(
        client,
        'MESSAGE_REVOKED',
        'onMessageRevoked',
        matches,
        timeoutMs,
      );
      return { label: label(revoked), isRevoked: Boolean(revoked.isRevoked) };
    }
    case 'history': {
      const { data } = await client.chat.getMessageList({ conversationID: p.conversationID });
      return data.messageList.map((m) => ({ label: label(m), isRevoked: Boolean(m.isRevoked) }));
    }
    case 'revoke': {
      // Recalls the peer's own newest message with this label.
      const { data } = await client.chat.getMessageList({ conversationID: p.conversationID });
      const own = data.messageList.filter((m) => label(m) === p.label).at(-1);
      if (!own) throw new Error(`no message "${String(p.label)}" in ${String(p.conversationID)}`);
      await client.chat.revokeMessage(own);
      return true;
    }
    case 'waitForMerger': {
      // A merged message, with the labels of the messages inside (downloaded when not inline).
      const merger = await waitFor(
        client,
        'MESSAGE_RECEIVED',
        'onMessageReceived',
        (m) => m.type === 'TIMRelayElem' && (p.title === undefined || m.payload?.title === p.title),
        timeoutMs,
      );
      type Inner = {
        from?: string;
        messageBody?: { type: string; payload: SdkMessageLike['payload'] }[];
      };
      const payload = (merger.payload ?? {}) as { messageList?: Inner[]; downloadKey?: string };
      let list = payload.messageList ?? [];
      if (list.length === 0 && payload.downloadKey) {
        await client.chat.downloadMergerMessage(merger);
        list = ((merger.payload ?? {}) as { messageList?: Inner[] }).messageList ?? [];
      }
      return {
        ...summary(merger),
        inner: list.map((m) => ({
          from: m.from ?? '',
          type: m.messageBody?.[0]?.type ?? '',
          label: label({ ID: '', from: '', type: '', payload: m.messageBody?.[0]?.payload }),
        })),
      };
    }
    case 'markRead':
      await client.chat.setMessageRead({ conversationID: p.conversationID });
      return true;
    case 'sendReceipt': {
      const matches = (m: SdkMessageLike) => label(m) === p.label;
      const message = await waitFor(
        client,
        'MESSAGE_RECEIVED',
        'onMessageReceived',
        matches,
        timeoutMs,
      );
      await client.chat.sendMessageReadReceipt([message]);
      return true;
    }
    case 'sendTyping': {
      // The C2C typing signal exactly as Tencent's kits send it: online only, never stored.
      const typing = p.typing !== false;
      const message = client.chat.createCustomMessage({
        to: p.to,
        conversationType: client.TencentCloudChat.TYPES.CONV_C2C,
        payload: {
          data: JSON.stringify({
            businessID: 'user_typing_status',
            typingStatus: typing ? 1 : 0,
            version: 1,
            userAction: 14,
            actionParam: typing ? 'EIMAMSG_InputStatus_Ing' : 'EIMAMSG_InputStatus_End',
          }),
          description: '',
          extension: '',
        },
      });
      await client.chat.sendMessage(message, { onlineUserOnly: true });
      return true;
    }
    case 'typingReceived': {
      // The typingStatus of every typing signal received from p.from so far, in order.
      const name = client.TencentCloudChat.EVENT.MESSAGE_RECEIVED ?? 'onMessageReceived';
      const statuses: number[] = [];
      for (const event of client.events) {
        if (event.name !== name || !Array.isArray(event.data)) continue;
        for (const m of event.data as SdkMessageLike[]) {
          const data = m.type === 'TIMCustomElem' && m.from === p.from ? m.payload?.data : '';
          if (!data?.includes('user_typing_status')) continue;
          const parsed = JSON.parse(data) as { typingStatus?: unknown };
          statuses.push(Number(parsed.typingStatus));
        }
      }
      return statuses;
    }
    default:
      return undefined;
  }
}

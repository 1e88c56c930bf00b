// messages.forward and messages.openMerged: forwarding sent messages one by one
// (createForwardMessage) or as one merged "chat history" message (createMergerMessage), and
// reading the messages inside a merged one (inline, or downloadMergerMessage when the SDK
// uploaded a large list to the server).
import { TimError, TimErrorCode, invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { describeContent, messageKind } from '../internal/message-content.js';
import type { SdkMessage } from '../sdk/types.js';
import type {
  TimForwardActions,
  TimForwardOptions,
  TimForwardResult,
  TimMergedMessage,
  TimMessageRef,
} from './forward-types.js';
import { toContent } from './map-content.js';
import type { CreateBase, Sender } from './send.js';
import { utf8Length } from './validate.js';

/** Kit limit for one-by-one forwarding: every original becomes one send per target. */
export const MAX_FORWARD_ONE_BY_ONE = 30;
/** Tencent's limit on the messages of one merged message. */
export const MAX_FORWARD_MERGED = 300;
/** Summary lines a merged message carries (the chat bubble shows them under the title). */
const ABSTRACT_LINES = 4;
/** Characters per summary line: the lines travel in the message body, which is limited. */
const ABSTRACT_LINE_CHARS = 60;
const DEFAULT_TITLE = 'Chat history';
/** Kit limit on a merged message's title and compatible text: both ride in the message body. */
const MAX_MERGED_TEXT_BYTES = 1024;

const unforwardable = new Set(['group-tip', 'group-system', 'unknown']);

type Find = (conversationID: string, messageID: string) => SdkMessage | undefined;
/** Where a message stands in its open thread (-1 when not there): breaks same-second ties. */
type Position = (conversationID: string, messageID: string) => number;
type CreateOptions = Parameters<CoreContext['chat']['createTextMessage']>[0];
const asOptions = (options: object) => options as unknown as CreateOptions;

/** Checks the arguments alone (no login, no lookups); returns the distinct targets and refs. */
function checkArguments(
  targets: unknown,
  messages: unknown,
  options: TimForwardOptions,
  op: string,
): { targets: string[]; refs: TimMessageRef[] } {
  const list: unknown[] = typeof targets === 'string' ? [targets] : (targets as unknown[]);
  if (!Array.isArray(list) || list.length === 0)
    throw invalidArgument(op, 'targets must be a conversation ID or a non-empty array of them');
  for (const target of list) {
    if (parseConversationID(target, op).type === 'SYSTEM')
      throw invalidArgument(op, 'the system conversation does not accept messages');
  }
  if (!Array.isArray(messages) || messages.length === 0)
    throw invalidArgument(op, 'messages must be a non-empty array of { conversationID, id }');
  const refs = new Map<string, TimMessageRef>();
  for (const ref of messages as unknown[]) {
    const r = ref as Partial<TimMessageRef> | null;
    if (typeof r?.id !== 'string' || r.id === '' || typeof r.conversationID !== 'string')
      throw invalidArgument(op, 'each message must have a conversationID and an id');
    refs.set(r.id, { conversationID: r.conversationID, id: r.id });
  }
  if (typeof options !== 'object' || options === null)
    throw invalidArgument(op, 'options must be an object');
  const max = options.merged ? MAX_FORWARD_MERGED : MAX_FORWARD_ONE_BY_ONE;
  if (refs.size > max)
    throw invalidArgument(
      op,
      `${refs.size} messages: at most ${max} can be forwarded ${options.merged ? 'merged' : 'one by one'}`,
    );
  for (const key of ['title', 'compatibleText'] as const) {
    const value = options[key];
    if (value !== undefined && typeof value !== 'string')
      throw invalidArgument(op, `options.${key} must be a string`);
    if (value !== undefined && utf8Length(value) > MAX_MERGED_TEXT_BYTES)
      throw invalidArgument(op, `options.${key} is over ${MAX_MERGED_TEXT_BYTES} bytes`);
  }
  return { targets: [...new Set(list as string[])], refs: [...refs.values()] };
}

/** The SDK messages behind the refs, oldest first; each must be a sent, unrecalled message. */
function originals(
  refs: TimMessageRef[],
  find: Find,
  position: Position,
  op: string,
): SdkMessage[] {
  const found = refs.map((ref) => {
    const message = find(ref.conversationID, ref.id);
    if (!message)
      throw invalidArgument(op, `message "${ref.id}" is not loaded in ${ref.conversationID}`);
    if (message.status !== 'success')
      throw invalidArgument(op, `message "${ref.id}" was not sent; only sent messages forward`);
    if (message.isRevoked)
      throw invalidArgument(op, `message "${ref.id}" was recalled and cannot be forwarded`);
    if (unforwardable.has(messageKind(message.type)))
      throw new TimError(
        TimErrorCode.FORWARD_TYPE_INVALID,
        `message "${ref.id}" is a group tip or notice, which cannot be forwarded`,
        op,
      );
    return message;
  });
  // Oldest first: by time, then as the thread shows them (C2C sequences are not ordered).
  const order = (m: SdkMessage) =>
    [m.time ?? 0, position(m.conversationID, m.ID), Number(m.sequence) || 0] as const;
  return found.sort((a, b) => {
    const [ta, pa, sa] = order(a);
    const [tb, pb, sb] = order(b);
    return ta - tb || (pa >= 0 && pb >= 0 ? pa - pb : 0) || sa - sb;
  });
}

function abstractOf(messages: SdkMessage[]): string[] {
  return messages.slice(0, ABSTRACT_LINES).map((m) => {
    const name = m.nameCard || m.nick || m.from || '';
    const line = [...`${name}: ${describeContent(messageKind(m.type), m.payload)}`];
    return line.length > ABSTRACT_LINE_CHARS
      ? `${line.slice(0, ABSTRACT_LINE_CHARS - 1).join('')}…`
      : line.join('');
  });
}

interface NestedMessage {
  ID?: string;
  from?: string;
  nick?: string;
  avatar?: string;
  time?: number;
  messageBody?: { type?: string; payload?: unknown }[];
}

function toMerged(entry: NestedMessage): TimMergedMessage {
  const body = entry.messageBody?.[0] ?? {};
  const kind = messageKind(body.type);
  const content = toContent(kind, body.payload);
  return {
    id: entry.ID ?? '',
    from: entry.from ?? '',
    nick: entry.nick ?? '',
    avatar: entry.avatar ?? '',
    time: (entry.time ?? 0) * 1000,
    kind,
    text: 'text' in content ? content.text : describeContent(kind, body.payload),
    content,
  };
}

export function createForward(
  ctx: CoreContext,
  sender: Sender,
  find: Find,
  position: Position,
): TimForwardActions {
  async function forwardTo(
    target: string,
    messages: SdkMessage[],
    options: TimForwardOptions,
    op: string,
    result: TimForwardResult,
  ): Promise<void> {
    const { merged, title, compatibleText, ...sendOptions } = options;
    const creates: Array<(base: CreateBase) => SdkMessage> = merged
      ? [
          (base) => {
            const heading = title || DEFAULT_TITLE;
            const payload = {
              messageList: messages,
              title: heading,
              abstractList: abstractOf(messages),
              compatibleText: compatibleText || describeContent('merger', { title: heading }),
            };
            return ctx.chat.createMergerMessage(asOptions({ ...base, payload }));
          },
        ]
      : messages.map(
          (original) => (base) =>
            ctx.chat.createForwardMessage(asOptions({ ...base, payload: original })),
        );
    // One after the other, so the target shows them in the original order.
    for (const create of creates) {
      let created: SdkMessage | undefined;
      try {
        const sent = await sender.send(
          op,
          target,
          (base) => (created = create(base)),
          sendOptions,
          undefined,
        );
        result.sent.push(sent);
      } catch (cause) {
        const error = toTimError(cause, op);
        const messageID = typeof created?.ID === 'string' ? created.ID : '';
        result.failed.push({
          conversationID: target,
          messageID,
          error: { code: error.code, message: error.message },
        });
      }
    }
  }

  return {
    async forward(targets, messages, options = {}) {
      const op = 'messages.forward';
      const checked = checkArguments(targets, messages, options, op);
      ctx.requireLogin(op);
      const list = originals(checked.refs, find, position, op);
      const perTarget = checked.targets.map(() => ({ sent: [], failed: [] }) as TimForwardResult);
      await Promise.all(
        checked.targets.map((target, i) => forwardTo(target, list, options, op, perTarget[i]!)),
      );
      return {
        sent: perTarget.flatMap((r) => r.sent),
        failed: perTarget.flatMap((r) => r.failed),
      };
    },

    async openMerged(conversationID, messageID) {
      const op = 'messages.openMerged';
      parseConversationID(conversationID, op);
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      ctx.requireLogin(op);
      const message = find(conversationID, messageID);
      if (!message || messageKind(message.type) !== 'merger')
        throw invalidArgument(op, `there is no merged message "${messageID}" in ${conversationID}`);
      const inline = (message.payload as { messageList?: NestedMessage[] }).messageList;
      if (Array.isArray(inline) && inline.length > 0) return inline.map(toMerged);
      try {
        // The SDK fetches the list behind the message's downloadKey and keeps it on the message.
        const reply = (await ctx.chat.downloadMergerMessage(message)) as SdkMessage | undefined;
        const list = ((reply ?? message).payload as { messageList?: NestedMessage[] }).messageList;
        return Array.isArray(list) ? list.map(toMerged) : [];
      } catch (error) {
        throw toTimError(error, op);
      }
    },
  };
}

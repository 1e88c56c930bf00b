// TimMessage -> the seed's message object (getMessage, getLocalMessage, addNewMessageListener,
// lastMsg) with its `elems` as the seed's appendix describes them.
import type { TimCore } from '../core.js';
import type { TimMessage } from '../messages/types.js';
import type { TimMessageContent } from '../messages/content-types.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { androidGroupSystemType, conversationTypeOf, ElemType, MessageStatus } from './enums.js';

export type SeedElem = { type: number } & Record<string, unknown>;

export interface SeedMessage {
  peer: string;
  type: number;
  msgId: string;
  uniqueId: number;
  sender: string;
  messageStatus: number;
  /** seconds, server time */
  timestamp: number;
  seq: number;
  isRead: boolean;
  elems: SeedElem[];
  groupName: string;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

export function toSeedElem(content: TimMessageContent, payload: unknown): SeedElem {
  switch (content.kind) {
    case 'text':
      return { type: ElemType.TEXT, text: content.text };
    case 'image': {
      const variants = [
        [0, content.original],
        [1, content.thumbnail],
        [2, content.large],
      ] as const;
      const uuid = String((payload as { uuid?: unknown } | null)?.uuid ?? '');
      return {
        type: ElemType.IMAGE,
        level: 0,
        path: content.original?.url ?? '',
        imageList: variants
          .filter(([, variant]) => variant !== null)
          .map(([type, variant]) => ({
            type,
            url: variant?.url ?? '',
            uuid,
            size: variant?.size ?? 0,
            height: variant?.height ?? 0,
            width: variant?.width ?? 0,
          })),
      };
    }
    case 'sound':
      return {
        type: ElemType.SOUND,
        duration: content.seconds,
        dataSize: content.size,
        path: content.url,
      };
    case 'custom':
      return {
        type: ElemType.CUSTOM,
        data: content.data,
        ext: content.extension,
        // The web SDK's custom element has no sound field.
        sound: '',
        desc: content.description,
      };
    case 'file':
      return {
        type: ElemType.FILE,
        fileName: content.name,
        fileSize: content.size,
        path: content.url,
      };
    case 'group-tip':
      return {
        type: ElemType.GROUP_TIPS,
        tipsType: content.operationType,
        opUser: content.operatorID,
        groupName: '',
        groupId: '',
        userList: [...content.userIDList],
      };
    case 'face':
      return { type: ElemType.FACE, index: content.index, data: content.data };
    case 'location':
      return {
        type: ElemType.LOCATION,
        desc: content.description,
        longitude: content.longitude,
        latitude: content.latitude,
      };
    case 'group-system':
      return {
        type: ElemType.GROUP_SYSTEM,
        sysType: androidGroupSystemType[content.operationType] ?? content.operationType,
        platform: 'web',
        groupId: content.groupID,
        opUser: content.operatorID,
        opReason: String((payload as { handleMessage?: unknown } | null)?.handleMessage ?? ''),
      };
    case 'video':
      return {
        type: ElemType.VIDEO,
        path: content.url,
        duration: content.seconds,
        dataSize: content.size,
        format: content.format,
        snapshotPath: content.snapshot.url,
        snapshotWidth: content.snapshot.width,
        snapshotHeight: content.snapshot.height,
      };
    default:
      // Forwarded (merged) and unknown messages have no seed element type.
      return { type: 0 };
  }
}

/** Group name of a conversation as the core's list knows it ('' for C2C or unknown groups). */
function groupNameOf(core: TimCore, conversationID: string): string {
  if (!conversationID.startsWith('GROUP')) return '';
  const row = core.conversations.$conversations
    .get()
    .find((c) => c.conversationID === conversationID);
  return row?.name ?? '';
}

interface SdkIdentity {
  sequence?: number;
  random?: number | string;
}

export function toSeedMessage(
  core: TimCore,
  message: TimMessage,
  options: { isRead?: boolean } = {},
): SeedMessage {
  const { type, peerID } = parseConversationID(message.conversationID, 'compat.message');
  const groupName = groupNameOf(core, message.conversationID);
  const elem = toSeedElem(message.content, message.payload);
  if (elem.type === ElemType.GROUP_TIPS) {
    elem.groupId = peerID;
    elem.groupName = groupName;
  }
  // seq and the random number are not part of TimMessage; the SDK's message cache has them.
  const sdk = (core.chat.findMessage(message.id) ?? {}) as SdkIdentity;
  let status: number = MessageStatus.SENT;
  if (message.isRevoked) status = MessageStatus.REVOKED;
  else if (message.status === 'sending') status = MessageStatus.SENDING;
  else if (message.status === 'failed') status = MessageStatus.FAILED;
  return {
    peer: peerID,
    type: conversationTypeOf[type],
    msgId: message.id,
    uniqueId: Number(sdk.random ?? 0) || 0,
    sender: message.from,
    messageStatus: status,
    timestamp: seconds(message.time),
    seq: typeof sdk.sequence === 'number' ? sdk.sequence : 0,
    isRead: options.isRead ?? message.fromSelf,
    elems: [elem],
    groupName,
  };
}

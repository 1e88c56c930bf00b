// One place that turns an SDK message type + payload into a kind and a one-line description, shared
// by message rows (TimMessage.text) and conversation previews, so both always say the same thing.
import { SdkType } from '../sdk/types.js';
import type { MessageKind } from '../messages/types.js';
import { describeGroupNotice, describeGroupTip } from './group-text.js';
import { ENGLISH_TIP_WORDS } from './group-tip-words.js';

const kindByType: Record<string, MessageKind> = {
  [SdkType.MSG_TEXT]: 'text',
  [SdkType.MSG_IMAGE]: 'image',
  [SdkType.MSG_AUDIO]: 'sound',
  [SdkType.MSG_VIDEO]: 'video',
  [SdkType.MSG_FILE]: 'file',
  [SdkType.MSG_FACE]: 'face',
  [SdkType.MSG_LOCATION]: 'location',
  [SdkType.MSG_CUSTOM]: 'custom',
  [SdkType.MSG_MERGER]: 'merger',
  [SdkType.MSG_GRP_TIP]: 'group-tip',
  [SdkType.MSG_GRP_SYS_NOTICE]: 'group-system',
};

export function messageKind(sdkType: unknown): MessageKind {
  return (typeof sdkType === 'string' ? kindByType[sdkType] : undefined) ?? 'unknown';
}

/**
 * The creator named by the custom message the SDK sends into a group it created
 * (data `{"businessID":"group_create","opUser":<nick or userID>,...}`); undefined for others.
 */
export function groupCreatedBy(payload: unknown): string | undefined {
  try {
    const data: unknown = JSON.parse(field(payload, 'data'));
    if (typeof data !== 'object' || data === null) return undefined;
    const { businessID, opUser } = data as { businessID?: unknown; opUser?: unknown };
    if (businessID !== 'group_create') return undefined;
    return typeof opUser === 'string' ? opUser : '';
  } catch {
    return undefined;
  }
}

function field(payload: unknown, key: string): string {
  if (typeof payload !== 'object' || payload === null) return '';
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}

/** The text of a text message, otherwise a bracketed description such as "[File] report.pdf". */
export function describeContent(kind: MessageKind, payload: unknown): string {
  switch (kind) {
    case 'text':
      return field(payload, 'text');
    case 'image':
      return '[Image]';
    case 'sound':
      return '[Voice]';
    case 'video':
      return '[Video]';
    case 'file':
      return withDetail('[File]', field(payload, 'fileName'));
    case 'face':
      return '[Sticker]';
    case 'location':
      return withDetail('[Location]', field(payload, 'description'));
    case 'custom': {
      const creator = groupCreatedBy(payload);
      if (creator !== undefined)
        return ENGLISH_TIP_WORDS.created(creator || ENGLISH_TIP_WORDS.someone);
      return withDetail('[Custom]', field(payload, 'description'));
    }
    case 'merger':
      return withDetail('[Chat history]', field(payload, 'title'));
    case 'group-tip':
      return describeGroupTip(payload);
    case 'group-system':
      return describeGroupNotice(payload);
    case 'unknown':
      return '[Unsupported message]';
  }
}

export const REVOKED_PREVIEW = '[Message recalled]';

function withDetail(label: string, detail: string): string {
  return detail === '' ? label : `${label} ${detail}`;
}

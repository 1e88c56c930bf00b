// SDK payload -> typed content. The SDK fills different fields for a message we are sending
// (local previews) and one we received (remote URLs), so each reader prefers the remote one.
import type { MessageKind } from './types.js';
import type { TimImageVariant, TimMessageContent } from './content-types.js';
// One wording for tips and notices everywhere: rows, previews and group events.
import { describeGroupNotice, describeGroupTip } from '../internal/group-text.js';
import { groupCreatedBy } from '../internal/message-content.js';

type Bag = Record<string, unknown>;

function bag(value: unknown): Bag {
  return typeof value === 'object' && value !== null ? (value as Bag) : {};
}

function str(source: Bag, ...keys: string[]): string {
  for (const key of keys) {
    const value = source[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return '';
}

function num(source: Bag, ...keys: string[]): number {
  for (const key of keys) {
    const value = Number(source[key]);
    if (source[key] !== undefined && source[key] !== '' && Number.isFinite(value)) return value;
  }
  return 0;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The SDK keeps the server's URL in `url` and a copy in `imageUrl` that it rewrites to https:// for
 * every message it loads (a plain-http server such as the emulator then breaks). While a message
 * is being sent, `url` is the local blob: preview and `imageUrl` the uploaded one.
 */
function imageUrlOf(entry: Bag): string {
  const url = str(entry, 'url');
  return /^https?:\/\//i.test(url) ? url : str(entry, 'imageUrl', 'url');
}

/** imageInfoArray entries carry sizeType 1 original, 2 large, 3 thumbnail (their index + 1). */
function imageVariant(list: unknown[], sizeType: number): TimImageVariant | null {
  const entry = list.map(bag).find((info, i) => (num(info, 'sizeType') || i + 1) === sizeType);
  if (!entry) return null;
  const url = imageUrlOf(entry);
  if (url === '') return null;
  return {
    url,
    width: num(entry, 'width'),
    height: num(entry, 'height'),
    size: num(entry, 'size'),
  };
}

export function toContent(kind: MessageKind, payload: unknown): TimMessageContent {
  const p = bag(payload);
  switch (kind) {
    case 'text':
      return { kind, text: str(p, 'text') };
    case 'image': {
      const list = Array.isArray(p.imageInfoArray) ? (p.imageInfoArray as unknown[]) : [];
      return {
        kind,
        original: imageVariant(list, 1),
        large: imageVariant(list, 2),
        thumbnail: imageVariant(list, 3),
      };
    }
    case 'sound':
      return {
        kind,
        url: str(p, 'remoteAudioUrl', 'url'),
        seconds: num(p, 'second'),
        size: num(p, 'size'),
      };
    case 'video':
      return {
        kind,
        url: str(p, 'remoteVideoUrl', 'videoUrl'),
        seconds: num(p, 'videoSecond'),
        size: num(p, 'videoSize'),
        format: str(p, 'videoFormat'),
        snapshot: {
          url: str(p, 'remoteSnapshotUrl', 'snapshotUrl', 'thumbUrl'),
          width: num(p, 'snapshotWidth', 'thumbWidth'),
          height: num(p, 'snapshotHeight', 'thumbHeight'),
        },
      };
    case 'file':
      return {
        kind,
        name: str(p, 'fileName'),
        size: num(p, 'fileSize'),
        url: str(p, 'remoteFileUrl', 'fileUrl'),
      };
    case 'face':
      return { kind, index: num(p, 'index'), data: str(p, 'data') };
    case 'location':
      return {
        kind,
        description: str(p, 'description'),
        longitude: num(p, 'longitude'),
        latitude: num(p, 'latitude'),
      };
    case 'custom': {
      const creator = groupCreatedBy(p);
      return {
        kind,
        data: str(p, 'data'),
        description: str(p, 'description'),
        extension: str(p, 'extension'),
        ...(creator !== undefined ? { groupCreatedBy: creator } : {}),
      };
    }
    case 'merger':
      return { kind, title: str(p, 'title'), abstractList: strings(p.abstractList) };
    case 'group-tip':
      return {
        kind,
        text: describeGroupTip(p),
        operationType: num(p, 'operationType'),
        operatorID: str(p, 'operatorID'),
        userIDList: strings(p.userIDList),
      };
    case 'group-system': {
      const group = bag(p.groupProfile);
      return {
        kind,
        text: describeGroupNotice(p),
        operationType: num(p, 'operationType'),
        operatorID: str(p, 'operatorID'),
        groupID: str(group, 'groupID', 'to'),
        groupName: str(group, 'groupName', 'name'),
      };
    }
    case 'unknown':
      return { kind };
  }
}

// Turns files the user attached, pasted or dropped into the right kind of message.
import type { TimCore, TimMessage, TimSendOptions } from '@tim-kit/headless';

export type AttachmentKind = 'image' | 'video' | 'file';

const IMAGE = /^image\/(jpe?g|png|gif|bmp|webp)$/i;
const VIDEO = /^video\/(mp4|quicktime)$/i;

/** Images and videos the server accepts as such; anything else goes as a file. */
export function kindOf(file: File): AttachmentKind {
  if (IMAGE.test(file.type) || /\.(jpe?g|png|gif|bmp|webp)$/i.test(file.name)) return 'image';
  if (VIDEO.test(file.type) || /\.(mp4|mov)$/i.test(file.name)) return 'video';
  return 'file';
}

/** Sends one file as the kind it was picked as (or the kind it looks like). */
export function sendAttachment(
  core: TimCore,
  conversationID: string,
  file: File,
  kind: AttachmentKind = kindOf(file),
  options?: TimSendOptions,
): Promise<TimMessage> {
  if (kind === 'image') return core.messages.sendImage(conversationID, file, options);
  if (kind === 'video') return core.messages.sendVideo(conversationID, file, options);
  return core.messages.sendFile(conversationID, file, options);
}

/** The files of a paste or drop (pasted screenshots arrive as items, not always as files). */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files.length > 0) return Array.from(data.files);
  const files: File[] = [];
  for (const item of Array.from(data.items)) {
    const file = item.kind === 'file' ? item.getAsFile() : null;
    if (file) files.push(file);
  }
  return files;
}

/** The accept attribute of each attach button. */
export const ACCEPT: Record<AttachmentKind, string> = {
  image: 'image/jpeg,image/png,image/gif,image/bmp,image/webp',
  video: 'video/mp4,video/quicktime,.mp4,.mov',
  file: '',
};

// Media checks that run before anything is created or uploaded, with the SDK's own codes and
// limits (it would only find out during sendMessage, after the 'sending' entry exists). The result
// is a File with the name and MIME type the SDK reads: it takes image extensions from the name
// and video formats from the MIME type, and a bare Blob has neither.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';

/** The SDK's UPLOAD_SIZE_LIMIT (3.6.6): images and voice 20 MiB, video and files 100 MiB. */
export const MEDIA_LIMITS = {
  imageBytes: 20 * 1024 * 1024,
  soundBytes: 20 * 1024 * 1024,
  videoBytes: 100 * 1024 * 1024,
  fileBytes: 100 * 1024 * 1024,
} as const;

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'gif', 'png', 'bmp', 'webp'] as const;
const VIDEO_TYPE_BY_EXTENSION: Record<string, string> = {
  mp4: 'video/mp4',
  mov: 'video/quicktime',
};
const EXTENSION_BY_SUBTYPE: Record<string, string> = { jpeg: 'jpg', quicktime: 'mov', mpeg: 'mp3' };

export type MediaKind = 'image' | 'sound' | 'video' | 'file';

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function named(file: Blob, kind: MediaKind): { name: string; type: string } {
  const type = file.type;
  if (typeof (file as File).name === 'string' && (file as File).name !== '') {
    return { name: (file as File).name, type };
  }
  const subtype = type.includes('/') ? type.slice(type.indexOf('/') + 1).split(';')[0]! : '';
  const extension = EXTENSION_BY_SUBTYPE[subtype] ?? subtype;
  return { name: extension ? `${kind}.${extension}` : kind, type };
}

function tooLarge(code: number, what: string, limit: number, size: number, op: string): TimError {
  const mb = Math.round(limit / (1024 * 1024));
  return new TimError(code, `${what} is ${size} bytes; the limit is ${mb} MB`, op);
}

/**
 * Checks a file for one media kind and returns the File to hand to the SDK (the same data; a
 * new File object only when the name or type must change).
 */
export function validateMedia(file: unknown, kind: MediaKind, op: string): File {
  if (typeof Blob === 'undefined' || !(file instanceof Blob)) {
    throw invalidArgument(op, 'file must be a File or a Blob');
  }
  if (file.size === 0) {
    throw new TimError(TimErrorCode.FILE_EMPTY, 'the file is empty', op);
  }
  const { name, type: givenType } = named(file, kind);
  let type = givenType;
  const extension = extensionOf(name);
  switch (kind) {
    case 'image':
      if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
        throw new TimError(
          TimErrorCode.IMAGE_FORMAT_UNSUPPORTED,
          `"${name}" is not an image the chat accepts (${IMAGE_EXTENSIONS.join(', ')})`,
          op,
        );
      }
      if (file.size >= MEDIA_LIMITS.imageBytes) {
        throw tooLarge(
          TimErrorCode.IMAGE_TOO_LARGE,
          'the image',
          MEDIA_LIMITS.imageBytes,
          file.size,
          op,
        );
      }
      break;
    case 'sound':
      if (file.size > MEDIA_LIMITS.soundBytes) {
        throw tooLarge(
          TimErrorCode.SOUND_TOO_LARGE,
          'the voice clip',
          MEDIA_LIMITS.soundBytes,
          file.size,
          op,
        );
      }
      break;
    case 'video': {
      const subtype = type.slice(type.indexOf('/') + 1).toLowerCase();
      const byExtension = VIDEO_TYPE_BY_EXTENSION[extension];
      if (!byExtension && subtype !== 'mp4' && subtype !== 'quicktime') {
        throw new TimError(
          TimErrorCode.VIDEO_FORMAT_UNSUPPORTED,
          `"${name}" is not an mp4 or mov video`,
          op,
        );
      }
      if (file.size > MEDIA_LIMITS.videoBytes) {
        throw tooLarge(
          TimErrorCode.VIDEO_TOO_LARGE,
          'the video',
          MEDIA_LIMITS.videoBytes,
          file.size,
          op,
        );
      }
      // The SDK reads the format from the MIME type only; a .mov from some pickers has none.
      if (subtype !== 'mp4' && subtype !== 'quicktime') type = byExtension ?? type;
      break;
    }
    case 'file':
      if (file.size > MEDIA_LIMITS.fileBytes) {
        throw tooLarge(
          TimErrorCode.FILE_TOO_LARGE,
          'the file',
          MEDIA_LIMITS.fileBytes,
          file.size,
          op,
        );
      }
      break;
  }
  if (file instanceof File && file.name === name && file.type === type) return file;
  return new File([file], name, { type });
}

export function validateDuration(seconds: unknown, op: string): number {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    throw invalidArgument(op, 'durationSeconds must be a number of seconds, 0 or more');
  }
  return seconds;
}

// Uploaded media for im_cos_msg.pre_sig. Upload URLs are signed (HMAC over id,
// kind and expiry), expire, and work once; the bytes live in a "<data>.media"
// folder beside the data file (in memory for ':memory:') and are served by GET.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type MediaKind = 'image' | 'video' | 'sound' | 'file';

/** Server-side caps (Tencent's: 28 MB image and voice, 100 MB file and video). */
export const MEDIA_LIMITS: Record<MediaKind, number> = {
  image: 28 * 1024 * 1024,
  sound: 28 * 1024 * 1024,
  video: 100 * 1024 * 1024,
  file: 100 * 1024 * 1024,
};

/** How long an upload URL stays valid. */
export const UPLOAD_TTL_SECONDS = 15 * 60;

export interface StoredMedia {
  bytes: Buffer;
  contentType: string;
  /** What it was uploaded as; absent for files stored before kinds were kept. */
  kind?: MediaKind;
}

export interface UploadGrant {
  id: string;
  kind: MediaKind;
  expires: number;
}

export type UploadCheck =
  { ok: true; grant: UploadGrant } | { ok: false; status: number; error: string };

export interface MediaStore {
  /** Set once the server listens: what URLs are built on. */
  baseUrl: string;
  grant(kind: MediaKind, fileName: string, now: number): { uploadUrl: string; downloadUrl: string };
  checkUpload(id: string, query: URLSearchParams, now: number): UploadCheck;
  save(id: string, bytes: Buffer, contentType: string, kind?: MediaKind): void;
  load(id: string): StoredMedia | undefined;
  /** Stores bytes the server made itself (a video cover) under a new id; its download URL. */
  add(kind: MediaKind, fileName: string, bytes: Buffer, contentType: string): string;
  /** The id behind one of this server's download URLs (query ignored), else undefined. */
  idFromUrl(url: string): string | undefined;
}

const ID = /^[0-9a-f]{32}$/;

export function createMediaStore(data: string, secret: string): MediaStore {
  const dir = data === ':memory:' ? undefined : `${data}.media`;
  const memory = new Map<string, StoredMedia>();
  const used = new Set<string>();
  const sign = (id: string, kind: string, expires: number): string =>
    createHmac('sha256', secret).update(`${id}.${kind}.${expires}`).digest('hex');

  const downloadUrl = (id: string, fileName: string): string =>
    `${store.baseUrl}/media/files/${id}/${encodeURIComponent(fileName.replace(/[/\\]/g, '_') || 'file')}`;

  const store: MediaStore = {
    baseUrl: '',
    grant(kind, fileName, now) {
      const id = randomBytes(16).toString('hex');
      const expires = now + UPLOAD_TTL_SECONDS;
      const q = `kind=${kind}&expires=${expires}&sig=${sign(id, kind, expires)}`;
      return {
        uploadUrl: `${store.baseUrl}/media/upload/${id}?${q}`,
        downloadUrl: downloadUrl(id, fileName),
      };
    },
    checkUpload(id, query, now) {
      const kind = query.get('kind') as MediaKind | null;
      const expires = Number(query.get('expires'));
      const sig = query.get('sig') ?? '';
      if (!ID.test(id) || !kind || !(kind in MEDIA_LIMITS) || !Number.isInteger(expires))
        return { ok: false, status: 403, error: 'malformed upload URL' };
      const want = Buffer.from(sign(id, kind, expires), 'hex');
      const got = Buffer.from(sig, 'hex');
      if (got.length !== want.length || !timingSafeEqual(got, want))
        return { ok: false, status: 403, error: 'upload URL signature does not match' };
      if (now > expires) return { ok: false, status: 403, error: 'upload URL expired' };
      if (used.has(id) || store.load(id))
        return { ok: false, status: 409, error: 'upload URL already used' };
      return { ok: true, grant: { id, kind, expires } };
    },
    save(id, bytes, contentType, kind) {
      used.add(id);
      if (!dir) {
        memory.set(id, { bytes, contentType, ...(kind ? { kind } : {}) });
        return;
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, id), bytes);
      writeFileSync(join(dir, `${id}.json`), JSON.stringify({ contentType, kind }));
    },
    load(id) {
      if (!ID.test(id)) return undefined;
      if (!dir) return memory.get(id);
      const file = join(dir, id);
      if (!existsSync(file)) return undefined;
      const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as {
        contentType: string;
        kind?: MediaKind;
      };
      return {
        bytes: readFileSync(file),
        contentType: meta.contentType,
        ...(meta.kind ? { kind: meta.kind } : {}),
      };
    },
    add(kind, fileName, bytes, contentType) {
      const id = randomBytes(16).toString('hex');
      store.save(id, bytes, contentType, kind);
      return downloadUrl(id, fileName);
    },
    idFromUrl(url) {
      const prefix = `${store.baseUrl}/media/files/`;
      if (!store.baseUrl || !url.startsWith(prefix)) return undefined;
      const id = url.slice(prefix.length).split(/[/?#]/, 1)[0] ?? '';
      return ID.test(id) ? id : undefined;
    },
  };
  return store;
}

// /media/upload/<id> (PUT, signed by im_cos_msg.pre_sig) and /media/files/<id>/<name>
// (GET/HEAD). Success of an upload is exactly HTTP 200: tim-upload-plugin treats
// anything else (even 204) as a failure. Queries such as ?imageView2/... are ignored.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { MEDIA_LIMITS } from '../store/media.js';
import { sendJson } from './json.js';
import { uploadHold } from './upload-hold.js';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  webm: 'audio/webm',
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
};

function typeFor(name: string, sent: string | undefined): string {
  if (sent && sent !== 'application/octet-stream') return sent;
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return TYPES[ext] ?? 'application/octet-stream';
}

function readCapped(req: IncomingMessage, cap: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > cap) {
        over = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export async function handleMedia(
  app: App,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const parts = url.pathname.split('/').filter(Boolean); // media, upload|files, id, name?
  const id = parts[2] ?? '';
  if (parts[1] === 'upload' && (req.method === 'PUT' || req.method === 'POST')) {
    const check = app.media.checkUpload(id, url.searchParams, app.now());
    if (!check.ok) {
      req.resume();
      return sendJson(res, check.status, { error: check.error });
    }
    const cap = MEDIA_LIMITS[check.grant.kind];
    const tooLarge = (): void => {
      res.setHeader('connection', 'close');
      sendJson(res, 413, { error: `${check.grant.kind} uploads are limited to ${cap} bytes` });
    };
    if (Number(req.headers['content-length'] ?? 0) > cap) {
      tooLarge();
      req.destroy();
      return;
    }
    // Test control (emulator.holdUploads): a slow read, and no answer until released.
    const hold = uploadHold(app);
    hold.watch(req, res);
    const body = await readCapped(req, cap);
    if (body === 'too-large') {
      tooLarge();
      req.destroy();
      return;
    }
    if ((await hold.answerWhenReleased(res)) === 'gone') return;
    app.media.save(id, body, req.headers['content-type'] ?? '', check.grant.kind);
    return sendJson(res, 200, { ok: true });
  }
  if (parts[1] === 'files' && (req.method === 'GET' || req.method === 'HEAD')) {
    const stored = app.media.load(id);
    if (!stored) return sendJson(res, 404, { error: 'no such file' });
    res.writeHead(200, {
      'content-type': typeFor(decodeURIComponent(parts[3] ?? ''), stored.contentType || undefined),
      'content-length': stored.bytes.length,
      'cache-control': 'private, max-age=31536000, immutable',
    });
    res.end(req.method === 'HEAD' ? undefined : stored.bytes);
    return;
  }
  sendJson(res, 405, { error: 'media URLs take PUT (upload) or GET (download)' });
}

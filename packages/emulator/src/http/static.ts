// --serve <dir>: plain static files for the demo page. Paths are resolved and
// must stay inside the root (no ../ escapes); directories serve index.html.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { sendJson } from './json.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

export async function serveStatic(
  rootDir: string,
  pathname: string,
  res: ServerResponse,
  head: boolean,
): Promise<void> {
  const root = resolve(rootDir);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    sendJson(res, 400, { error: 'bad path encoding' });
    return;
  }
  if (decoded.includes('\0')) {
    sendJson(res, 400, { error: 'bad path' });
    return;
  }
  let file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) {
    sendJson(res, 403, { error: 'outside the served directory' });
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) throw new Error('not a file');
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': 'no-cache',
    });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  } catch {
    sendJson(res, 404, { error: 'not found' });
  }
}

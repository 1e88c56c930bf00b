// One http.Server per emulator: WebSocket upgrades on /binfo (binary frames)
// and /info (text frames), REST under /v4/, /dev/usersig,
// /dev/uploads/{hold,release} and static files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WebSocketServer, type WebSocket, type RawData } from 'ws';
import type { App } from '../app.js';
import { decodeFrame } from '../protocol/frame.js';
import { errorBody } from '../protocol/router.js';
import { ErrorCode } from '../protocol/errors.js';
import type { Session } from '../protocol/sessions.js';
import { handleRest } from './rest/index.js';
import { handleDevUserSig } from './dev-usersig.js';
import { DEV_UPLOADS_PREFIX, handleDevUploads } from './dev-uploads.js';
import { serveStatic } from './static.js';
import { handleMedia } from './media.js';
import { sendJson } from './json.js';

export interface HttpOptions {
  dev: boolean;
  serve: string | undefined;
  route: (session: Session, frame: import('../protocol/frame.js').RequestFrame) => Promise<void>;
}

function cors(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-methods', 'GET, POST, PUT, OPTIONS');
  res.setHeader('access-control-allow-headers', 'content-type');
}

export function createHttpServer(
  app: App,
  opts: HttpOptions,
): { server: Server; wss: WebSocketServer } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    cors(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/v4/')) return handleRest(app, req, res, url);
    if (url.pathname.startsWith('/media/')) return handleMedia(app, req, res, url);
    if (url.pathname === '/dev/usersig') return handleDevUserSig(app, opts.dev, req, res, url);
    if (url.pathname.startsWith(DEV_UPLOADS_PREFIX))
      return handleDevUploads(app, opts.dev, req, res, url);
    if (opts.serve && (req.method === 'GET' || req.method === 'HEAD'))
      return serveStatic(opts.serve, url.pathname, res, req.method === 'HEAD');
    if (url.pathname === '/') {
      sendJson(res, 200, {
        name: 'tim-emulator',
        sdkAppID: app.config.sdkAppID,
        ws: ['/binfo', '/info'],
      });
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const server = createServer((req, res) => {
    onRequest(req, res).catch((e: unknown) => {
      app.log(
        `tim-emulator: HTTP ${req.url ?? ''} failed: ${e instanceof Error ? e.message : String(e)}`,
      );
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    });
  });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/binfo' && url.pathname !== '/info') {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => attach(ws, url));
  });

  function attach(ws: WebSocket, url: URL): void {
    const instanceID =
      url.searchParams.get('instanceid') ?? `anon-${Math.random().toString(16).slice(2)}`;
    const session = app.sessions.add(ws, url.pathname === '/binfo', instanceID);
    // Requests of one socket are handled in arrival order.
    let chain = Promise.resolve();
    ws.on('message', (data: RawData, isBinary: boolean) => {
      const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      const decoded = decodeFrame(isBinary ? buf : buf.toString('utf8'));
      if (!decoded.ok) {
        app.log(`tim-emulator: bad frame (${decoded.reason})`);
        // Answer whenever the seq is known: the SDK matches replies by seq.
        if (decoded.seq !== undefined) {
          app.sessions.send(session, {
            head: { servcmd: decoded.servcmd ?? '', seq: decoded.seq },
            body: errorBody('standard', ErrorCode.BAD_ENVELOPE, decoded.reason),
          });
        }
        return;
      }
      chain = chain
        .then(() => opts.route(session, decoded.frame))
        .catch((e: unknown) => app.log(`tim-emulator: frame handling failed: ${String(e)}`));
    });
    ws.on('close', () => app.sessions.remove(session));
    ws.on('error', (e) => app.log(`tim-emulator: socket error: ${e.message}`));
  }

  return { server, wss };
}

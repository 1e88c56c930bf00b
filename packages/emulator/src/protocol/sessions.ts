// Connected sockets and who is logged in on them. All outbound traffic goes
// through one ordered outbox so tests can pause it and release it in order.
import type { WebSocket } from 'ws';
import { encodeFrame } from './frame.js';

export interface Session {
  readonly id: number;
  readonly ws: WebSocket;
  /** /binfo sockets get binary frames, /info sockets text frames. */
  readonly binary: boolean;
  /** The SDK's instanceid URL parameter: stable across its reconnects. */
  readonly instanceID: string;
  userID: string | undefined;
  pushSeq: number;
}

export class Sessions {
  private nextId = 1;
  private readonly all = new Set<Session>();
  private paused = false;
  private readonly queue: { session: Session; data: Buffer | string }[] = [];

  add(ws: WebSocket, binary: boolean, instanceID: string): Session {
    const s: Session = { id: this.nextId++, ws, binary, instanceID, userID: undefined, pushSeq: 0 };
    this.all.add(s);
    return s;
  }

  remove(s: Session): void {
    this.all.delete(s);
  }

  list(): Session[] {
    return [...this.all];
  }

  online(userID: string): Session[] {
    return this.list().filter((s) => s.userID === userID && isOpen(s));
  }

  send(session: Session, frame: { head: unknown; body: unknown }): void {
    const data = encodeFrame(frame, session.binary);
    if (this.paused) this.queue.push({ session, data });
    else write(session, data);
  }

  /** Sends an im_open_push.msg_push to each of the user's live sockets except `except`. */
  push(userID: string, body: unknown, except?: Session): number {
    let n = 0;
    for (const s of this.online(userID)) {
      if (s === except) continue;
      this.pushTo(s, body);
      n++;
    }
    return n;
  }

  pushTo(s: Session, body: unknown): void {
    s.pushSeq += 1;
    this.send(s, { head: { servcmd: 'im_open_push.msg_push', seq: s.pushSeq }, body });
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    for (const item of this.queue.splice(0)) write(item.session, item.data);
  }
}

function isOpen(s: Session): boolean {
  return s.ws.readyState === s.ws.OPEN;
}

function write(s: Session, data: Buffer | string): void {
  if (!isOpen(s)) return;
  s.ws.send(data);
}

// Decoding and encoding of socket frames. The SDK sends UTF-8 JSON {head, body}
// as binary on /binfo and as text on /info; it also accepts zlib data behind a
// 'COMP' prefix, which we accept inbound too. Nothing here may throw on input.
import { inflateSync } from 'node:zlib';

export interface RequestHead {
  servcmd: string;
  seq: number;
  identifier?: string;
  usersig?: string;
  a2?: string;
  tinyid?: string;
  sdkappid?: number;
  reqtime?: number;
  [key: string]: unknown;
}

export interface RequestFrame {
  head: RequestHead;
  body: Record<string, unknown>;
}

export type DecodeResult =
  { ok: true; frame: RequestFrame } | { ok: false; reason: string; servcmd?: string; seq?: number };

const COMP = Buffer.from('COMP');

function toText(data: Buffer | string): string {
  if (typeof data === 'string') return data;
  if (data.length >= 4 && data.subarray(0, 4).equals(COMP)) {
    return inflateSync(data.subarray(4)).toString('utf8');
  }
  return data.toString('utf8');
}

export function decodeFrame(data: Buffer | string): DecodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(toText(data));
  } catch {
    return { ok: false, reason: 'frame is not JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, reason: 'frame is not a JSON object' };
  }
  const { head, body } = parsed as { head?: unknown; body?: unknown };
  if (typeof head !== 'object' || head === null || Array.isArray(head)) {
    return { ok: false, reason: 'frame has no head object' };
  }
  const h = head as Record<string, unknown>;
  const servcmd = typeof h.servcmd === 'string' ? h.servcmd : undefined;
  const seq = typeof h.seq === 'number' && Number.isFinite(h.seq) ? h.seq : undefined;
  if (servcmd === undefined || seq === undefined) {
    return { ok: false, reason: 'head needs a string servcmd and a numeric seq', servcmd, seq };
  }
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    return { ok: false, reason: 'body must be a JSON object', servcmd, seq };
  }
  return {
    ok: true,
    frame: { head: h as RequestHead, body: (body ?? {}) as Record<string, unknown> },
  };
}

export function encodeFrame(
  frame: { head: unknown; body: unknown },
  binary: boolean,
): Buffer | string {
  const text = JSON.stringify(frame);
  return binary ? Buffer.from(text, 'utf8') : text;
}

// Received images carry `imageUrl` forced to https:// by the SDK (wire-protocol.md "Traps"), and
// forwarding such an image sends that URL back. The emulator serves media over plain http, so
// URLs that point at its own media store with https:// are put back to its real scheme before
// the message is stored; every other URL is kept as sent.
import { isRecord } from '../handlers/validate.js';

/** The MsgContent fields that hold media URLs (images use ImageInfoArray[].URL). */
const URL_KEYS = ['URL', 'Url', 'VideoUrl', 'ThumbUrl', 'SnapshotUrl'];

/** Returns `body` with https:// URLs of `baseUrl` (http://host:port) switched to http://. */
export function restoreOwnMediaUrls(body: unknown[], baseUrl: string): unknown[] {
  if (!baseUrl.startsWith('http://')) return body;
  const wrong = `https://${baseUrl.slice('http://'.length)}/`;
  const fix = (value: unknown) =>
    typeof value === 'string' && value.startsWith(wrong)
      ? `${baseUrl}/${value.slice(wrong.length)}`
      : value;
  const fixRecord = (record: Record<string, unknown>) => {
    const out: Record<string, unknown> = { ...record };
    for (const key of URL_KEYS) if (key in out) out[key] = fix(out[key]);
    return out;
  };
  return body.map((el) => {
    if (!isRecord(el) || !isRecord(el.MsgContent)) return el;
    const content = fixRecord(el.MsgContent);
    if (Array.isArray(content.ImageInfoArray))
      content.ImageInfoArray = content.ImageInfoArray.map((info: unknown) =>
        isRecord(info) ? fixRecord(info) : info,
      );
    return { ...el, MsgContent: content };
  });
}

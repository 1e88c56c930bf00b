const encoder = new TextEncoder();

/** UTF-8 length of a string: Tencent's group limits (name 30 B, ...) count bytes, not characters. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

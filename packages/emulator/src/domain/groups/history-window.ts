// group_msg_get names a window of sequences: ReqMsgNumber sequences ending at
// ReqMsgSeq. getMessageListHopping (direction 1) asks for seq + count - 1 and
// keeps what is >= seq, and it only reports isCompleted when the reply is
// empty; so a request reaching past the newest message must not fall back to
// older messages outside that window.
export function lowestSeqInWindow(
  asked: number | undefined,
  lastSeq: number,
  count: number,
): number {
  if (asked === undefined || asked <= lastSeq) return 1;
  return asked - count + 1;
}

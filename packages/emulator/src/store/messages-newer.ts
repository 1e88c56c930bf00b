// C2C history in the newer direction (getMessageListHopping direction 1 sends
// openim.getroammsg with GetDirection 1), oldest first. The cursor is the
// newest message of the previous page (MsgKey: strictly after it) or, on the
// first hop, a time in seconds (from that second on, as the older direction
// is inclusive too: messages sharing the anchor's second are not lost).
import type { Db } from './db.js';
import { pairOf, type MessageStore, type StoredC2CMessage } from './messages.js';

const NOT_HIDDEN = 'id NOT IN (SELECT message_id FROM c2c_hidden WHERE user_id = @viewer)';

export interface NewerPage {
  messages: StoredC2CMessage[];
  /** Nothing newer remains after this page. */
  complete: boolean;
}

export function roamNewer(
  db: Db,
  store: MessageStore,
  viewer: string,
  peer: string,
  max: number,
  cursor: { msgKey: string; lastMsgTime: number },
): NewerPage {
  const limit = Math.max(1, Math.min(max, 100));
  const anchor = cursor.msgKey ? store.byKey(viewer, peer, cursor.msgKey) : undefined;
  // A known key orders by the per-pair sequence, so messages sharing the
  // anchor's second are neither skipped nor repeated.
  const rows = (
    anchor
      ? db
          .prepare(
            `SELECT id FROM c2c_messages WHERE pair = @pair AND pair_seq > @after AND ${NOT_HIDDEN}
             ORDER BY pair_seq ASC LIMIT @limit`,
          )
          .all({ pair: pairOf(viewer, peer), viewer, after: anchor.pairSeq, limit: limit + 1 })
      : db
          .prepare(
            `SELECT id FROM c2c_messages WHERE pair = @pair AND msg_time >= @time AND ${NOT_HIDDEN}
             ORDER BY pair_seq ASC LIMIT @limit`,
          )
          .all({ pair: pairOf(viewer, peer), viewer, time: cursor.lastMsgTime, limit: limit + 1 })
  ) as { id: number }[];
  const messages = rows
    .slice(0, limit)
    .map((r) => store.byId(r.id))
    .filter((m): m is StoredC2CMessage => m !== undefined);
  return { messages, complete: rows.length <= limit };
}

// Per-user C2C conversation rows: last message, unread count, read time, pin.
// The peer's read time ("C2cPeerReadTime") is the peer's own row's read_time.
import type { Db } from './db.js';
import { nowSeconds } from './db.js';
import type { MessageStore, StoredC2CMessage } from './messages.js';

export interface ConversationRow {
  owner: string;
  peer: string;
  lastMessage: StoredC2CMessage | undefined;
  unread: number;
  readTime: number;
  peerReadTime: number;
  pinned: boolean;
  updatedAt: number;
}

export interface ConversationStore {
  onMessage(m: StoredC2CMessage): void;
  list(owner: string): ConversationRow[];
  markRead(owner: string, peer: string, upToTime: number): number;
  readTime(owner: string, peer: string): number;
  unreadPairs(owner: string): { peer: string; unread: number }[];
}

export function createConversationStore(db: Db, messages: MessageStore): ConversationStore {
  const upsert =
    db.prepare(`INSERT INTO conversations (owner_id, peer_id, last_message_id, unread, updated_at)
    VALUES (@owner, @peer, @id, @inc, @now)
    ON CONFLICT (owner_id, peer_id) DO UPDATE SET
      last_message_id = @id, unread = unread + @inc, updated_at = @now`);
  const listStmt = db.prepare(`SELECT c.*, COALESCE(p.read_time, 0) AS peer_read_time
    FROM conversations c LEFT JOIN conversations p ON p.owner_id = c.peer_id AND p.peer_id = c.owner_id
    WHERE c.owner_id = ? AND c.last_message_id IS NOT NULL
    ORDER BY c.pinned DESC, c.updated_at DESC, c.last_message_id DESC`);
  const getStmt = db.prepare(
    'SELECT read_time FROM conversations WHERE owner_id = ? AND peer_id = ?',
  );
  const setRead =
    db.prepare(`INSERT INTO conversations (owner_id, peer_id, read_time, unread, updated_at)
    VALUES (@owner, @peer, @time, @unread, 0)
    ON CONFLICT (owner_id, peer_id) DO UPDATE SET read_time = MAX(read_time, @time), unread = @unread`);
  const unreadStmt = db.prepare(
    'SELECT peer_id, unread FROM conversations WHERE owner_id = ? AND unread > 0',
  );

  type Raw = {
    owner_id: string;
    peer_id: string;
    last_message_id: number | null;
    unread: number;
    read_time: number;
    pinned: number;
    updated_at: number;
    peer_read_time: number;
  };

  const onMessage = db.transaction((m: StoredC2CMessage) => {
    const now = nowSeconds();
    upsert.run({ owner: m.from, peer: m.to, id: m.id, inc: 0, now });
    if (m.from !== m.to) upsert.run({ owner: m.to, peer: m.from, id: m.id, inc: 1, now });
  });

  const readTime = (owner: string, peer: string): number =>
    (getStmt.get(owner, peer) as { read_time: number } | undefined)?.read_time ?? 0;

  return {
    onMessage: (m) => onMessage(m),
    list(owner) {
      return (listStmt.all(owner) as Raw[]).map((r) => ({
        owner: r.owner_id,
        peer: r.peer_id,
        lastMessage: r.last_message_id === null ? undefined : messages.byId(r.last_message_id),
        unread: r.unread,
        readTime: r.read_time,
        peerReadTime: r.peer_read_time,
        pinned: r.pinned === 1,
        updatedAt: r.updated_at,
      }));
    },
    markRead(owner, peer, upToTime) {
      // Messages in the same second as the read report count as read: the SDK
      // reports the newest message's time, not a sequence.
      const unread = messages.countIncomingAfter(owner, peer, upToTime);
      setRead.run({ owner, peer, time: upToTime, unread });
      return unread;
    },
    readTime,
    unreadPairs: (owner) =>
      (unreadStmt.all(owner) as { peer_id: string; unread: number }[]).map((r) => ({
        peer: r.peer_id,
        unread: r.unread,
      })),
  };
}

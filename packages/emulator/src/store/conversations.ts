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
  /** recentcontact.mark_contact: standard mark bits and the custom string. */
  marks: number[];
  customMark: string;
}

export interface ConversationStore {
  onMessage(m: StoredC2CMessage): void;
  list(owner: string): ConversationRow[];
  markRead(owner: string, peer: string, upToTime: number): number;
  readTime(owner: string, peer: string): number;
  unreadPairs(owner: string): { peer: string; unread: number }[];
  /** Leaves the list (until the next message); read time is kept. */
  remove(owner: string, peer: string): void;
  setPinned(owner: string, peer: string, pinned: boolean): void;
  setMarks(owner: string, peer: string, change: { marks?: number[]; customMark?: string }): void;
  get(owner: string, peer: string): ConversationRow | undefined;
}

export function createConversationStore(db: Db, messages: MessageStore): ConversationStore {
  const upsert =
    db.prepare(`INSERT INTO conversations (owner_id, peer_id, last_message_id, unread, updated_at)
    VALUES (@owner, @peer, @id, @inc, @now)
    ON CONFLICT (owner_id, peer_id) DO UPDATE SET
      last_message_id = @id, unread = unread + @inc, updated_at = @now`);
  const removeStmt = db.prepare(
    'UPDATE conversations SET last_message_id = NULL, unread = 0, pinned = 0 WHERE owner_id = ? AND peer_id = ?',
  );
  // Pinning a conversation that has no row yet (never messaged) creates it empty.
  const pinStmt = db.prepare(`INSERT INTO conversations (owner_id, peer_id, pinned, updated_at)
    VALUES (@owner, @peer, @pinned, 0)
    ON CONFLICT (owner_id, peer_id) DO UPDATE SET pinned = @pinned`);
  const ensureRow = db.prepare(
    'INSERT OR IGNORE INTO conversations (owner_id, peer_id, updated_at) VALUES (?, ?, 0)',
  );
  const setMarksStmt = db.prepare(
    'UPDATE conversations SET marks = ? WHERE owner_id = ? AND peer_id = ?',
  );
  const setCustomStmt = db.prepare(
    'UPDATE conversations SET custom_mark = ? WHERE owner_id = ? AND peer_id = ?',
  );
  const oneStmt = db.prepare(`SELECT c.*, COALESCE(p.read_time, 0) AS peer_read_time
    FROM conversations c LEFT JOIN conversations p ON p.owner_id = c.peer_id AND p.peer_id = c.owner_id
    WHERE c.owner_id = ? AND c.peer_id = ?`);
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
    marks: string;
    custom_mark: string;
  };

  const onMessage = db.transaction((m: StoredC2CMessage) => {
    const now = nowSeconds();
    upsert.run({ owner: m.from, peer: m.to, id: m.id, inc: 0, now });
    if (m.from !== m.to) upsert.run({ owner: m.to, peer: m.from, id: m.id, inc: 1, now });
  });

  const readTime = (owner: string, peer: string): number =>
    (getStmt.get(owner, peer) as { read_time: number } | undefined)?.read_time ?? 0;

  const toRow = (r: Raw): ConversationRow => {
    const last = r.last_message_id === null ? undefined : messages.byId(r.last_message_id);
    return {
      owner: r.owner_id,
      peer: r.peer_id,
      // A cleared or deleted-for-me last message no longer shows in the list.
      lastMessage: last && !messages.isHidden(r.owner_id, last.id) ? last : undefined,
      unread: r.unread,
      readTime: r.read_time,
      peerReadTime: r.peer_read_time,
      pinned: r.pinned === 1,
      updatedAt: r.updated_at,
      marks: JSON.parse(r.marks) as number[],
      customMark: r.custom_mark,
    };
  };
  const setMarks = db.transaction(
    (owner: string, peer: string, change: { marks?: number[]; customMark?: string }) => {
      ensureRow.run(owner, peer);
      if (change.marks) setMarksStmt.run(JSON.stringify(change.marks), owner, peer);
      if (change.customMark !== undefined) setCustomStmt.run(change.customMark, owner, peer);
    },
  );

  return {
    onMessage: (m) => onMessage(m),
    list(owner) {
      return (listStmt.all(owner) as Raw[]).map(toRow);
    },
    remove: (owner, peer) => void removeStmt.run(owner, peer),
    setPinned: (owner, peer, pinned) => void pinStmt.run({ owner, peer, pinned: pinned ? 1 : 0 }),
    setMarks: (owner, peer, change) => setMarks(owner, peer, change),
    get(owner, peer) {
      const r = oneStmt.get(owner, peer) as Raw | undefined;
      return r && toRow(r);
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

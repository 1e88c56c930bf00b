// Group messages, keyed by (group, seq): the per-group sequence orders history
// and measures unread. Recall marks a row; it is never deleted.
import type { Db } from '../db.js';

export interface NewGroupMessage {
  groupID: string;
  seq: number;
  from: string;
  random: number;
  clientSeq: number;
  msgTime: number;
  body: unknown[];
  cloudCustomData: string;
  nick: string;
  avatar: string;
  priority: string;
  clientTime: number;
  /** The sender asked for read receipts (NeedReadReceipt: 1). */
  needReceipt?: boolean;
}

export interface StoredGroupMessage extends NewGroupMessage {
  revoked: boolean;
  needReceipt: boolean;
}

export interface GroupMessageStore {
  insert(m: NewGroupMessage): StoredGroupMessage;
  get(groupID: string, seq: number): StoredGroupMessage | undefined;
  /** A client retry (same sender, random and client sequence) finds the first copy. */
  findRetry(
    groupID: string,
    from: string,
    random: number,
    clientSeq: number,
  ): StoredGroupMessage | undefined;
  /** Up to `count` messages with seq <= upTo, newest first. */
  before(groupID: string, upTo: number, count: number): StoredGroupMessage[];
  last(groupID: string): StoredGroupMessage | undefined;
  /** The newest message after `afterSeq` that `userID` did not delete for themselves. */
  lastVisible(groupID: string, userID: string, afterSeq: number): StoredGroupMessage | undefined;
  /** Messages after `seq` not sent by `userID`: that member's unread count. */
  countUnread(groupID: string, userID: string, afterSeq: number): number;
  markRevoked(groupID: string, seq: number): void;
}

type Raw = {
  group_id: string;
  seq: number;
  from_id: string;
  random: number;
  client_seq: number;
  msg_time: number;
  body: string;
  cloud_custom: string;
  nick: string;
  avatar: string;
  priority: string;
  client_time: number;
  revoked: number;
  need_receipt: number;
};

const fromRaw = (r: Raw): StoredGroupMessage => ({
  groupID: r.group_id,
  seq: r.seq,
  from: r.from_id,
  random: r.random,
  clientSeq: r.client_seq,
  msgTime: r.msg_time,
  body: JSON.parse(r.body) as unknown[],
  cloudCustomData: r.cloud_custom,
  nick: r.nick,
  avatar: r.avatar,
  priority: r.priority,
  clientTime: r.client_time,
  revoked: r.revoked === 1,
  needReceipt: r.need_receipt === 1,
});

export function createGroupMessageStore(db: Db): GroupMessageStore {
  const insertStmt = db.prepare(`INSERT INTO group_messages
    (group_id, seq, from_id, random, client_seq, msg_time, body, cloud_custom, nick, avatar, priority, client_time, need_receipt)
    VALUES (@groupID, @seq, @from, @random, @clientSeq, @msgTime, @body, @cloudCustomData, @nick, @avatar, @priority, @clientTime, @needReceipt)`);
  const getStmt = db.prepare('SELECT * FROM group_messages WHERE group_id = ? AND seq = ?');
  const retryStmt = db.prepare(`SELECT * FROM group_messages
    WHERE group_id = ? AND from_id = ? AND random = ? AND client_seq = ? AND client_seq != 0`);
  const beforeStmt = db.prepare(
    'SELECT * FROM group_messages WHERE group_id = ? AND seq <= ? ORDER BY seq DESC LIMIT ?',
  );
  const lastStmt = db.prepare(
    'SELECT * FROM group_messages WHERE group_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const lastVisibleStmt = db.prepare(`SELECT * FROM group_messages
    WHERE group_id = ? AND seq > ? AND seq NOT IN
      (SELECT seq FROM group_message_hidden WHERE group_id = ? AND user_id = ?)
    ORDER BY seq DESC LIMIT 1`);
  const unreadStmt = db.prepare(`SELECT COUNT(*) AS n FROM group_messages
    WHERE group_id = ? AND from_id != ? AND seq > ? AND revoked = 0`);
  const revokeStmt = db.prepare(
    'UPDATE group_messages SET revoked = 1 WHERE group_id = ? AND seq = ?',
  );

  const get = (groupID: string, seq: number): StoredGroupMessage | undefined => {
    const r = getStmt.get(groupID, seq) as Raw | undefined;
    return r && fromRaw(r);
  };

  return {
    insert(m) {
      insertStmt.run({ ...m, body: JSON.stringify(m.body), needReceipt: m.needReceipt ? 1 : 0 });
      return get(m.groupID, m.seq) as StoredGroupMessage;
    },
    get,
    findRetry(groupID, from, random, clientSeq) {
      const r = retryStmt.get(groupID, from, random, clientSeq) as Raw | undefined;
      return r && fromRaw(r);
    },
    before: (groupID, upTo, count) => (beforeStmt.all(groupID, upTo, count) as Raw[]).map(fromRaw),
    last(groupID) {
      const r = lastStmt.get(groupID) as Raw | undefined;
      return r && fromRaw(r);
    },
    lastVisible(groupID, userID, afterSeq) {
      const r = lastVisibleStmt.get(groupID, afterSeq, groupID, userID) as Raw | undefined;
      return r && fromRaw(r);
    },
    countUnread: (groupID, userID, afterSeq) =>
      (unreadStmt.get(groupID, userID, afterSeq) as { n: number }).n,
    markRevoked: (groupID, seq) => void revokeStmt.run(groupID, seq),
  };
}

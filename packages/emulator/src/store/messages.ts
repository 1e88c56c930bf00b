// C2C messages, stored once per pair (alice|bob) with a per-pair sequence that
// orders history even when many messages share a second. Messages are never
// deleted here: history and offline sync both read this table.
import type { Db } from './db.js';
import { TINY_ID_BASE } from './users.js';

export interface NewC2CMessage {
  from: string;
  to: string;
  msgSeq: number;
  msgRandom: number;
  msgTime: number;
  body: unknown[];
  cloudCustomData: string;
  nick: string;
  avatar: string;
  clientTime: number;
  /** The sender asked for a read receipt (IsNeedReadReceipt). */
  needReadReceipt?: boolean;
}

export interface StoredC2CMessage extends NewC2CMessage {
  id: number;
  pairSeq: number;
  msgKey: string;
  /** Withdrawn (openim.msgwithdraw): history shows it with MsgFlagBits 8. */
  revoked: boolean;
  /** Bumped by each openim.modify_c2c_msg. */
  version: number;
  /**
   * The sender's TinyId: with MsgClientTime and MsgRandom it forms the SDK's
   * message ID, so every instance (and receipts, revokes) names a message alike.
   */
  fromTinyId: string;
}

/** The PascalCase shape the SDK reads in C2cMsgArray, MsgList and LastMsg. */
export interface WireC2CMessage {
  From_Account: string;
  To_Account: string;
  MsgSeq: number;
  MsgRandom: number;
  MsgTimeStamp: number;
  MsgBody: unknown[];
  CloudCustomData: string;
  MsgKey: string;
  From_AccountNick: string;
  From_AccountHeadurl: string;
  /** 8 = revoked: the SDK sets message.isRevoked from it. */
  MsgFlagBits: number;
  MsgVersion: number;
  TinyId: string;
  MsgClientTime: number;
  IsNeedReadReceipt: number;
}

export function toWire(m: StoredC2CMessage): WireC2CMessage {
  return {
    From_Account: m.from,
    To_Account: m.to,
    MsgSeq: m.msgSeq,
    MsgRandom: m.msgRandom,
    MsgTimeStamp: m.msgTime,
    MsgBody: m.body,
    CloudCustomData: m.cloudCustomData,
    MsgKey: m.msgKey,
    From_AccountNick: m.nick,
    From_AccountHeadurl: m.avatar,
    MsgFlagBits: m.revoked ? 8 : 0,
    MsgVersion: m.version,
    TinyId: m.fromTinyId,
    MsgClientTime: m.clientTime,
    IsNeedReadReceipt: m.needReadReceipt ? 1 : 0,
  };
}

export const pairOf = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export interface RoamPage {
  messages: StoredC2CMessage[]; // oldest first, as the SDK expects
  complete: boolean;
}

export interface MessageStore {
  /** Idempotent on (from, to, MsgSeq, MsgRandom): a client retry gets the first copy. */
  insert(m: NewC2CMessage): { message: StoredC2CMessage; duplicate: boolean };
  byId(id: number): StoredC2CMessage | undefined;
  /** Up to `max` messages older than the cursor (newest page when no cursor). */
  roam(
    a: string,
    b: string,
    max: number,
    cursor: { msgKey: string; lastMsgTime: number },
  ): RoamPage;
  countIncomingAfter(owner: string, peer: string, time: number): number;
  /** The message of the pair a client names by (from, to, MsgSeq, MsgRandom). */
  find(from: string, to: string, msgSeq: number, msgRandom: number): StoredC2CMessage | undefined;
  byKey(a: string, b: string, msgKey: string): StoredC2CMessage | undefined;
  markRevoked(id: number): void;
  /** Replaces body and cloud data; returns the new version. */
  modify(id: number, body: unknown[], cloudCustomData: string): number;
  /** Delete for me: the message stays for the peer (and in the table). */
  hide(userID: string, ids: number[]): void;
  /** Clear history for me: every message of the pair so far. */
  hideAll(userID: string, peer: string): void;
  isHidden(userID: string, id: number): boolean;
}

type Raw = {
  id: number;
  pair_seq: number;
  from_id: string;
  to_id: string;
  msg_seq: number;
  msg_random: number;
  msg_time: number;
  msg_key: string;
  body: string;
  cloud_custom: string;
  nick: string;
  avatar: string;
  client_time: number;
  revoked: number;
  version: number;
  need_receipt: number;
};

const fromRawWith = (r: Raw, fromTinyId: string): StoredC2CMessage => ({
  id: r.id,
  pairSeq: r.pair_seq,
  from: r.from_id,
  to: r.to_id,
  msgSeq: r.msg_seq,
  msgRandom: r.msg_random,
  msgTime: r.msg_time,
  msgKey: r.msg_key,
  body: JSON.parse(r.body) as unknown[],
  cloudCustomData: r.cloud_custom,
  nick: r.nick,
  avatar: r.avatar,
  clientTime: r.client_time,
  revoked: r.revoked === 1,
  version: r.version,
  fromTinyId,
  needReadReceipt: r.need_receipt === 1,
});

/** Messages a user deleted for themselves or cleared stay out of their history. */
const NOT_HIDDEN = 'id NOT IN (SELECT message_id FROM c2c_hidden WHERE user_id = @viewer)';

export function createMessageStore(db: Db): MessageStore {
  const tinyStmt = db.prepare('SELECT tiny_id FROM users WHERE user_id = ?');
  const fromRaw = (r: Raw): StoredC2CMessage => {
    const t = tinyStmt.get(r.from_id) as { tiny_id: number } | undefined;
    return fromRawWith(r, t ? (TINY_ID_BASE + BigInt(t.tiny_id)).toString() : '0');
  };
  const byIdStmtEarly = db.prepare('SELECT * FROM c2c_messages WHERE id = ?');
  const setRevoked = db.prepare('UPDATE c2c_messages SET revoked = 1 WHERE id = ?');
  const setBody = db.prepare(
    'UPDATE c2c_messages SET body = ?, cloud_custom = ?, version = version + 1 WHERE id = ?',
  );
  const hideOne = db.prepare(
    'INSERT OR IGNORE INTO c2c_hidden (user_id, message_id) VALUES (?, ?)',
  );
  const hidePair = db.prepare(`INSERT OR IGNORE INTO c2c_hidden (user_id, message_id)
    SELECT ?, id FROM c2c_messages WHERE pair = ?`);
  const hiddenStmt = db.prepare('SELECT 1 FROM c2c_hidden WHERE user_id = ? AND message_id = ?');
  const hide = db.transaction((userID: string, ids: number[]) => {
    for (const id of ids) hideOne.run(userID, id);
  });
  const modify = db.transaction((id: number, body: unknown[], cloud: string) => {
    setBody.run(JSON.stringify(body), cloud, id);
    return (byIdStmtEarly.get(id) as Raw).version;
  });
  const nextPairSeq = db.prepare(
    'SELECT COALESCE(MAX(pair_seq), 0) + 1 AS n FROM c2c_messages WHERE pair = ?',
  );
  const insertStmt = db.prepare(`INSERT INTO c2c_messages
    (pair, pair_seq, from_id, to_id, msg_seq, msg_random, msg_time, msg_key, body, cloud_custom, nick, avatar, client_time, need_receipt)
    VALUES (@pair, @pairSeq, @from, @to, @msgSeq, @msgRandom, @msgTime, @msgKey, @body, @cloudCustomData, @nick, @avatar, @clientTime, @needReceipt)`);
  const byIdStmt = db.prepare('SELECT * FROM c2c_messages WHERE id = ?');
  const byIdentity = db.prepare(
    'SELECT * FROM c2c_messages WHERE from_id = ? AND to_id = ? AND msg_seq = ? AND msg_random = ?',
  );
  const byKey = db.prepare('SELECT * FROM c2c_messages WHERE pair = ? AND msg_key = ?');
  const older = db.prepare(
    `SELECT * FROM c2c_messages WHERE pair = @pair AND pair_seq < @below AND ${NOT_HIDDEN}
     ORDER BY pair_seq DESC LIMIT @limit`,
  );
  const olderByTime = db.prepare(
    `SELECT * FROM c2c_messages WHERE pair = @pair AND msg_time <= @time AND ${NOT_HIDDEN}
     ORDER BY pair_seq DESC LIMIT @limit`,
  );
  const incomingAfter = db.prepare(
    'SELECT COUNT(*) AS n FROM c2c_messages WHERE pair = ? AND from_id = ? AND to_id = ? AND msg_time > ?',
  );

  const insert = db.transaction((m: NewC2CMessage) => {
    const existing = byIdentity.get(m.from, m.to, m.msgSeq, m.msgRandom) as Raw | undefined;
    if (existing) return { message: fromRaw(existing), duplicate: true };
    const pair = pairOf(m.from, m.to);
    const pairSeq = (nextPairSeq.get(pair) as { n: number }).n;
    const msgKey = `${m.msgSeq}_${m.msgRandom}_${m.msgTime}`;
    const info = insertStmt.run({
      ...m,
      pair,
      pairSeq,
      msgKey,
      body: JSON.stringify(m.body),
      needReceipt: m.needReadReceipt ? 1 : 0,
    });
    const stored = byIdStmt.get(Number(info.lastInsertRowid)) as Raw;
    return { message: fromRaw(stored), duplicate: false };
  });

  return {
    insert: (m) => insert(m),
    byId(id) {
      const r = byIdStmt.get(id) as Raw | undefined;
      return r && fromRaw(r);
    },
    roam(a, b, max, cursor) {
      const pair = pairOf(a, b);
      const limit = Math.max(1, Math.min(max, 100));
      let rows: Raw[];
      const anchor = cursor.msgKey
        ? (byKey.get(pair, cursor.msgKey) as Raw | undefined)
        : undefined;
      const viewer = a;
      if (anchor)
        rows = older.all({ pair, viewer, below: anchor.pair_seq, limit: limit + 1 }) as Raw[];
      else if (cursor.lastMsgTime > 0)
        rows = olderByTime.all({
          pair,
          viewer,
          time: cursor.lastMsgTime,
          limit: limit + 1,
        }) as Raw[];
      else
        rows = older.all({
          pair,
          viewer,
          below: Number.MAX_SAFE_INTEGER,
          limit: limit + 1,
        }) as Raw[];
      const complete = rows.length <= limit;
      return { messages: rows.slice(0, limit).reverse().map(fromRaw), complete };
    },
    countIncomingAfter(owner, peer, time) {
      return (incomingAfter.get(pairOf(owner, peer), peer, owner, time) as { n: number }).n;
    },
    find(from, to, msgSeq, msgRandom) {
      const r = byIdentity.get(from, to, msgSeq, msgRandom) as Raw | undefined;
      return r && fromRaw(r);
    },
    byKey(a, b, msgKey) {
      const r = byKey.get(pairOf(a, b), msgKey) as Raw | undefined;
      return r && fromRaw(r);
    },
    markRevoked: (id) => void setRevoked.run(id),
    modify: (id, body, cloud) => modify(id, body, cloud),
    hide: (userID, ids) => hide(userID, ids),
    hideAll: (userID, peer) => void hidePair.run(userID, pairOf(userID, peer)),
    isHidden: (userID, id) => hiddenStmt.get(userID, id) !== undefined,
  };
}

// C2C messages, stored once per pair (alice|bob) with a per-pair sequence that
// orders history even when many messages share a second. Messages are never
// deleted here: history and offline sync both read this table.
import type { Db } from './db.js';

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
}

export interface StoredC2CMessage extends NewC2CMessage {
  id: number;
  pairSeq: number;
  msgKey: string;
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
};

const fromRaw = (r: Raw): StoredC2CMessage => ({
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
});

export function createMessageStore(db: Db): MessageStore {
  const nextPairSeq = db.prepare(
    'SELECT COALESCE(MAX(pair_seq), 0) + 1 AS n FROM c2c_messages WHERE pair = ?',
  );
  const insertStmt = db.prepare(`INSERT INTO c2c_messages
    (pair, pair_seq, from_id, to_id, msg_seq, msg_random, msg_time, msg_key, body, cloud_custom, nick, avatar, client_time)
    VALUES (@pair, @pairSeq, @from, @to, @msgSeq, @msgRandom, @msgTime, @msgKey, @body, @cloudCustomData, @nick, @avatar, @clientTime)`);
  const byIdStmt = db.prepare('SELECT * FROM c2c_messages WHERE id = ?');
  const byIdentity = db.prepare(
    'SELECT * FROM c2c_messages WHERE from_id = ? AND to_id = ? AND msg_seq = ? AND msg_random = ?',
  );
  const byKey = db.prepare('SELECT * FROM c2c_messages WHERE pair = ? AND msg_key = ?');
  const older = db.prepare(
    'SELECT * FROM c2c_messages WHERE pair = ? AND pair_seq < ? ORDER BY pair_seq DESC LIMIT ?',
  );
  const olderByTime = db.prepare(
    'SELECT * FROM c2c_messages WHERE pair = ? AND msg_time <= ? ORDER BY pair_seq DESC LIMIT ?',
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
      if (anchor) rows = older.all(pair, anchor.pair_seq, limit + 1) as Raw[];
      else if (cursor.lastMsgTime > 0)
        rows = olderByTime.all(pair, cursor.lastMsgTime, limit + 1) as Raw[];
      else rows = older.all(pair, Number.MAX_SAFE_INTEGER, limit + 1) as Raw[];
      const complete = rows.length <= limit;
      return { messages: rows.slice(0, limit).reverse().map(fromRaw), complete };
    },
    countIncomingAfter(owner, peer, time) {
      return (incomingAfter.get(pairOf(owner, peer), peer, owner, time) as { n: number }).n;
    },
  };
}

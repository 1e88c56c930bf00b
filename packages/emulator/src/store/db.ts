// One SQLite database per emulator. WAL so a restart (new process, same file)
// sees everything the last one committed; migrations are numbered and run once.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

// Append new steps; never edit a shipped one (existing data files ran it already).
const MIGRATIONS: string[] = [
  `
  CREATE TABLE users (
    user_id     TEXT PRIMARY KEY,
    tiny_id     INTEGER NOT NULL UNIQUE,
    created_at  INTEGER NOT NULL,
    profile     TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE tickets (
    a2          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(user_id),
    instance_id TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX tickets_by_user ON tickets(user_id);
  CREATE TABLE c2c_messages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    pair          TEXT NOT NULL,
    pair_seq      INTEGER NOT NULL,
    from_id       TEXT NOT NULL,
    to_id         TEXT NOT NULL,
    msg_seq       INTEGER NOT NULL,
    msg_random    INTEGER NOT NULL,
    msg_time      INTEGER NOT NULL,
    msg_key       TEXT NOT NULL,
    body          TEXT NOT NULL,
    cloud_custom  TEXT NOT NULL DEFAULT '',
    nick          TEXT NOT NULL DEFAULT '',
    avatar        TEXT NOT NULL DEFAULT '',
    client_time   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pair, pair_seq),
    UNIQUE (from_id, to_id, msg_seq, msg_random)
  );
  CREATE INDEX c2c_by_key ON c2c_messages(pair, msg_key);
  CREATE TABLE inbox (
    user_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    message_id  INTEGER NOT NULL REFERENCES c2c_messages(id),
    delivered   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, seq)
  );
  CREATE INDEX inbox_undelivered ON inbox(user_id, delivered);
  CREATE TABLE conversations (
    owner_id        TEXT NOT NULL,
    peer_id         TEXT NOT NULL,
    last_message_id INTEGER REFERENCES c2c_messages(id),
    unread          INTEGER NOT NULL DEFAULT 0,
    read_time       INTEGER NOT NULL DEFAULT 0,
    pinned          INTEGER NOT NULL DEFAULT 0,
    updated_at      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_id, peer_id)
  );
  `,
];

export function openDb(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as
    { version: number } | undefined;
  let version = row?.version ?? 0;
  if (!row) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run();
  const bump = db.prepare('UPDATE schema_version SET version = ?');
  for (; version < MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version] as string;
    db.transaction(() => {
      db.exec(step);
      bump.run(version + 1);
    })();
  }
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

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
  // relations: friends, friend applications, blacklist, friend groups.
  `
  CREATE TABLE friends (
    owner_id    TEXT NOT NULL,
    friend_id   TEXT NOT NULL,
    remark      TEXT NOT NULL DEFAULT '',
    add_source  TEXT NOT NULL DEFAULT '',
    add_wording TEXT NOT NULL DEFAULT '',
    add_time    INTEGER NOT NULL,
    custom      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (owner_id, friend_id)
  );
  CREATE INDEX friends_by_friend ON friends(friend_id);
  CREATE TABLE friend_pendencies (
    from_id     TEXT NOT NULL,
    to_id       TEXT NOT NULL,
    add_source  TEXT NOT NULL DEFAULT '',
    add_wording TEXT NOT NULL DEFAULT '',
    remark      TEXT NOT NULL DEFAULT '',
    group_name  TEXT NOT NULL DEFAULT '',
    add_type    TEXT NOT NULL,
    add_time    INTEGER NOT NULL,
    read        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (from_id, to_id)
  );
  CREATE INDEX pendencies_by_to ON friend_pendencies(to_id);
  CREATE TABLE blacklist (
    owner_id    TEXT NOT NULL,
    blocked_id  TEXT NOT NULL,
    add_time    INTEGER NOT NULL,
    PRIMARY KEY (owner_id, blocked_id)
  );
  CREATE TABLE friend_groups (
    owner_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (owner_id, name)
  );
  CREATE TABLE friend_group_members (
    owner_id    TEXT NOT NULL,
    name        TEXT NOT NULL,
    friend_id   TEXT NOT NULL,
    PRIMARY KEY (owner_id, name, friend_id)
  );
  `,
  // groups: groups, members, group messages (per-group sequence), join applications.
  `
  CREATE TABLE groups (
    group_id          TEXT PRIMARY KEY,
    type              TEXT NOT NULL,
    name              TEXT NOT NULL,
    owner_id          TEXT NOT NULL,
    introduction      TEXT NOT NULL DEFAULT '',
    notification      TEXT NOT NULL DEFAULT '',
    face_url          TEXT NOT NULL DEFAULT '',
    apply_join_option TEXT NOT NULL,
    max_members       INTEGER NOT NULL,
    mute_all          INTEGER NOT NULL DEFAULT 0,
    custom            TEXT NOT NULL DEFAULT '[]',
    created_at        INTEGER NOT NULL,
    info_seq          INTEGER NOT NULL DEFAULT 1,
    info_time         INTEGER NOT NULL,
    last_seq          INTEGER NOT NULL DEFAULT 0,
    last_msg_time     INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE group_members (
    group_id    TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    role        TEXT NOT NULL,
    join_time   INTEGER NOT NULL,
    mute_until  INTEGER NOT NULL DEFAULT 0,
    name_card   TEXT NOT NULL DEFAULT '',
    msg_flag    TEXT NOT NULL DEFAULT 'AcceptAndNotify',
    read_seq    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, user_id)
  );
  CREATE INDEX group_members_by_user ON group_members(user_id);
  CREATE TABLE group_messages (
    group_id     TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    from_id      TEXT NOT NULL,
    random       INTEGER NOT NULL,
    client_seq   INTEGER NOT NULL DEFAULT 0,
    msg_time     INTEGER NOT NULL,
    body         TEXT NOT NULL,
    cloud_custom TEXT NOT NULL DEFAULT '',
    nick         TEXT NOT NULL DEFAULT '',
    avatar       TEXT NOT NULL DEFAULT '',
    priority     TEXT NOT NULL DEFAULT 'Normal',
    client_time  INTEGER NOT NULL DEFAULT 0,
    revoked      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, seq)
  );
  CREATE TABLE group_pendency (
    group_id    TEXT NOT NULL,
    applicant   TEXT NOT NULL,
    apply_msg   TEXT NOT NULL DEFAULT '',
    add_time    INTEGER NOT NULL,
    handled     INTEGER NOT NULL DEFAULT 0,
    result      INTEGER NOT NULL DEFAULT 0,
    handler     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, applicant)
  );
  `,
  `
  -- C2C message operations and conversation state (revoke, modify, delete for me,
  -- clear history, marks, per-peer do-not-disturb, merged-message bodies).
  ALTER TABLE c2c_messages ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE c2c_messages ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE c2c_messages ADD COLUMN need_receipt INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE c2c_hidden (
    user_id     TEXT NOT NULL,
    message_id  INTEGER NOT NULL REFERENCES c2c_messages(id),
    PRIMARY KEY (user_id, message_id)
  );
  ALTER TABLE conversations ADD COLUMN marks TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE conversations ADD COLUMN custom_mark TEXT NOT NULL DEFAULT '';
  CREATE TABLE c2c_mute (
    owner_id    TEXT NOT NULL,
    peer_id     TEXT NOT NULL,
    flag        INTEGER NOT NULL,
    PRIMARY KEY (owner_id, peer_id)
  );
  CREATE TABLE relay_messages (
    json_key    TEXT PRIMARY KEY,
    owner_id    TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
  );
  `,
  `
  -- emulator gaps: per-user state of group conversations (recentcontact on Type 2
  -- items: pin, marks, deleted / cleared up to a sequence) and group system notices
  -- kept for members who were offline, handed out by the next openim.getmsg.
  CREATE TABLE group_contacts (
    owner_id    TEXT NOT NULL,
    group_id    TEXT NOT NULL,
    pinned      INTEGER NOT NULL DEFAULT 0,
    marks       TEXT NOT NULL DEFAULT '[]',
    custom_mark TEXT NOT NULL DEFAULT '',
    deleted_seq INTEGER NOT NULL DEFAULT 0,
    cleared_seq INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_id, group_id)
  );
  CREATE TABLE group_notices_pending (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     TEXT NOT NULL,
    item        TEXT NOT NULL
  );
  CREATE INDEX group_notices_pending_by_user ON group_notices_pending(user_id);
  `,
  `
  -- emulator gaps: an A2 ticket lives as long as the UserSig it was issued for
  -- (0 = no limit, tickets issued before this step).
  ALTER TABLE tickets ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
  `,
  `
  -- group read receipts: the flag a group message was sent with, and who read it.
  ALTER TABLE group_messages ADD COLUMN need_receipt INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE group_msg_receipts (
    group_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    user_id     TEXT NOT NULL,
    read_time   INTEGER NOT NULL,
    PRIMARY KEY (group_id, seq, user_id)
  );
  `,
  `
  -- group @-mentions: whom a group message mentions, and each member's unread @ tips.
  ALTER TABLE group_messages ADD COLUMN at_info TEXT NOT NULL DEFAULT '';
  CREATE TABLE group_at_tips (
    user_id     TEXT NOT NULL,
    group_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    random      INTEGER NOT NULL,
    from_id     TEXT NOT NULL,
    at_me       INTEGER NOT NULL,
    at_all      INTEGER NOT NULL,
    PRIMARY KEY (user_id, group_id, seq)
  );
  `,
  `
  -- group message delete / modify: sequences a member deleted for themselves, and
  -- the version of each modified group message (absent: never modified, 0).
  CREATE TABLE group_message_hidden (
    user_id     TEXT NOT NULL,
    group_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    PRIMARY KEY (user_id, group_id, seq)
  );
  CREATE TABLE group_message_versions (
    group_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    PRIMARY KEY (group_id, seq)
  );
  `,
  `
  -- group tips in history: each tip (join, quit, kick, admin, profile, member info) takes
  -- a sequence in the group's stream, so members offline at the time read it in history.
  CREATE TABLE group_tips (
    group_id    TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    operator_id TEXT NOT NULL,
    random      INTEGER NOT NULL,
    msg_time    INTEGER NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (group_id, seq)
  );
  `,
  `
  -- group history semantics: the sequence a member's history starts after (Work and
  -- Public hide what was sent before they joined; 0 = all), and what is left of a
  -- dismissed group's stream (messages and tips, kept as JSON rows so a reused group
  -- ID starts with an empty history).
  ALTER TABLE group_members ADD COLUMN history_floor INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE dismissed_group_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id     TEXT NOT NULL,
    dismissed_at INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    row          TEXT NOT NULL
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

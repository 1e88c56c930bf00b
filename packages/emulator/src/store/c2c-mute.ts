// Per-peer C2C "do not disturb" flags (openim.set/get_c2c_peer_mute_notifications).
// The flag is kept exactly as the SDK sent it; 0 = receive and notify.
import type { Db } from './db.js';

export function setC2cMute(db: Db, owner: string, peers: string[], flag: number): void {
  const stmt = db.prepare(`INSERT INTO c2c_mute (owner_id, peer_id, flag) VALUES (?, ?, ?)
    ON CONFLICT (owner_id, peer_id) DO UPDATE SET flag = excluded.flag`);
  db.transaction(() => {
    for (const p of peers) stmt.run(owner, p, flag);
  })();
}

export function getC2cMute(db: Db, owner: string, peer: string): number {
  const row = db
    .prepare('SELECT flag FROM c2c_mute WHERE owner_id = ? AND peer_id = ?')
    .get(owner, peer) as { flag: number } | undefined;
  return row?.flag ?? 0;
}

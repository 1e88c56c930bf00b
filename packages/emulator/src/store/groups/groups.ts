// Group rows: type, profile fields, owner, and the per-group message sequence
// (last_seq) that orders group history. A dismissed group's row is deleted; its
// messages are archived (dismissed.ts).
import type { Db } from '../db.js';
import { nowSeconds } from '../db.js';

/** The wire names of the five types; the SDK's Work is 'Private', Meeting is 'ChatRoom'. */
export type GroupType = 'Private' | 'Public' | 'ChatRoom' | 'AVChatRoom' | 'Community';
export type JoinOption = 'FreeAccess' | 'NeedPermission' | 'DisableApply';

export interface GroupRow {
  groupID: string;
  type: GroupType;
  name: string;
  ownerID: string;
  introduction: string;
  notification: string;
  faceUrl: string;
  joinOption: JoinOption;
  maxMembers: number;
  muteAll: boolean;
  /** AppDefinedData as the wire carries it: [{Key, Value}]. */
  custom: { Key: string; Value: string }[];
  createdAt: number;
  infoSeq: number;
  infoTime: number;
  lastSeq: number;
  lastMsgTime: number;
}

export type NewGroup = Omit<
  GroupRow,
  'createdAt' | 'infoSeq' | 'infoTime' | 'lastSeq' | 'lastMsgTime'
>;

export type GroupProfileChange = Partial<
  Pick<
    GroupRow,
    'name' | 'introduction' | 'notification' | 'faceUrl' | 'joinOption' | 'muteAll' | 'custom'
  >
>;

export interface GroupStore {
  get(groupID: string): GroupRow | undefined;
  exists(groupID: string): boolean;
  insert(g: NewGroup): GroupRow;
  updateProfile(groupID: string, change: GroupProfileChange): GroupRow;
  setOwner(groupID: string, ownerID: string): void;
  /** Reserves the next message sequence; returns it. */
  nextSeq(groupID: string, msgTime: number): number;
  remove(groupID: string): void;
}

type Raw = {
  group_id: string;
  type: string;
  name: string;
  owner_id: string;
  introduction: string;
  notification: string;
  face_url: string;
  apply_join_option: string;
  max_members: number;
  mute_all: number;
  custom: string;
  created_at: number;
  info_seq: number;
  info_time: number;
  last_seq: number;
  last_msg_time: number;
};

const fromRaw = (r: Raw): GroupRow => ({
  groupID: r.group_id,
  type: r.type as GroupType,
  name: r.name,
  ownerID: r.owner_id,
  introduction: r.introduction,
  notification: r.notification,
  faceUrl: r.face_url,
  joinOption: r.apply_join_option as JoinOption,
  maxMembers: r.max_members,
  muteAll: r.mute_all === 1,
  custom: JSON.parse(r.custom) as { Key: string; Value: string }[],
  createdAt: r.created_at,
  infoSeq: r.info_seq,
  infoTime: r.info_time,
  lastSeq: r.last_seq,
  lastMsgTime: r.last_msg_time,
});

const COLUMNS: Record<keyof GroupProfileChange, string> = {
  name: 'name',
  introduction: 'introduction',
  notification: 'notification',
  faceUrl: 'face_url',
  joinOption: 'apply_join_option',
  muteAll: 'mute_all',
  custom: 'custom',
};

export function createGroupStore(db: Db): GroupStore {
  const getStmt = db.prepare('SELECT * FROM groups WHERE group_id = ?');
  const insertStmt = db.prepare(`INSERT INTO groups
    (group_id, type, name, owner_id, introduction, notification, face_url, apply_join_option,
     max_members, mute_all, custom, created_at, info_seq, info_time)
    VALUES (@groupID, @type, @name, @ownerID, @introduction, @notification, @faceUrl, @joinOption,
     @maxMembers, @muteAll, @custom, @now, 1, @now)`);
  const ownerStmt = db.prepare(
    'UPDATE groups SET owner_id = ?, info_seq = info_seq + 1, info_time = ? WHERE group_id = ?',
  );
  const seqStmt = db.prepare(
    'UPDATE groups SET last_seq = last_seq + 1, last_msg_time = ? WHERE group_id = ? RETURNING last_seq',
  );
  const removeStmt = db.prepare('DELETE FROM groups WHERE group_id = ?');

  const get = (groupID: string): GroupRow | undefined => {
    const r = getStmt.get(groupID) as Raw | undefined;
    return r && fromRaw(r);
  };

  return {
    get,
    exists: (groupID) => getStmt.get(groupID) !== undefined,
    insert(g) {
      insertStmt.run({
        ...g,
        muteAll: g.muteAll ? 1 : 0,
        custom: JSON.stringify(g.custom),
        now: nowSeconds(),
      });
      return get(g.groupID) as GroupRow;
    },
    updateProfile(groupID, change) {
      const sets: string[] = [];
      const values: (string | number)[] = [];
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined) continue;
        sets.push(`${COLUMNS[key as keyof GroupProfileChange]} = ?`);
        if (typeof value === 'boolean') values.push(value ? 1 : 0);
        else if (Array.isArray(value)) values.push(JSON.stringify(value));
        else values.push(value);
      }
      if (sets.length > 0) {
        // Column names come from COLUMNS, never from input.
        db.prepare(
          `UPDATE groups SET ${sets.join(', ')}, info_seq = info_seq + 1, info_time = ? WHERE group_id = ?`,
        ).run(...values, nowSeconds(), groupID);
      }
      return get(groupID) as GroupRow;
    },
    setOwner: (groupID, ownerID) => void ownerStmt.run(ownerID, nowSeconds(), groupID),
    nextSeq: (groupID, msgTime) => (seqStmt.get(msgTime, groupID) as { last_seq: number }).last_seq,
    remove: (groupID) => void removeStmt.run(groupID),
  };
}

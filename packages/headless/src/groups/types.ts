import type { ReadableAtom } from 'nanostores';
import type { TimLoadState } from '../internal/load-state.js';

/**
 * The SDK's five group types. The seed's names are accepted as input too: 'Private' is Work,
 * 'ChatRoom' is Meeting, and 'BChatRoom' (online-member broadcast group) is AVChatRoom.
 */
export type TimGroupType = 'Work' | 'Public' | 'Meeting' | 'AVChatRoom' | 'Community';
export type TimGroupTypeInput = TimGroupType | 'Private' | 'ChatRoom' | 'BChatRoom';
export type TimGroupRole = 'owner' | 'admin' | 'member' | 'custom';
/** free: anyone joins at once; approval: an owner or admin accepts; disabled: no applications. */
export type TimJoinOption = 'free' | 'approval' | 'disabled';
/** notify: receive and notify; silent: receive without notifying; discard: do not receive. */
export type TimReceiveOption = 'notify' | 'silent' | 'discard';

export interface TimGroup {
  groupID: string;
  type: TimGroupType;
  name: string;
  avatar: string;
  introduction: string;
  notification: string;
  ownerID: string;
  /** ms since the epoch; 0 when unknown */
  createTime: number;
  lastInfoTime: number;
  memberCount: number;
  maxMemberCount: number;
  joinOption: TimJoinOption;
  isMutedAll: boolean;
  /** The logged-in user's role, or null when not a member (public info). */
  selfRole: TimGroupRole | null;
  receiveOption: TimReceiveOption;
}

export interface TimGroupMember {
  userID: string;
  nick: string;
  avatar: string;
  nameCard: string;
  role: TimGroupRole;
  /** ms since the epoch; 0 when unknown */
  joinTime: number;
  /** ms since the epoch until which the member is muted; 0 when not muted. */
  muteUntil: number;
  /** Sequence of the last group message this member read (the server's MsgSeq); 0 if none. */
  readSequence: number;
}

export interface CreateGroupOptions {
  type: TimGroupTypeInput;
  /** At most 30 UTF-8 bytes. */
  name: string;
  /** A custom ID (at most 48 bytes); the server assigns one when left out. */
  groupID?: string;
  /** Initial members besides the creator (not allowed for AVChatRoom). */
  members?: string[];
  /** At most 300 bytes. */
  notification?: string;
  /** At most 240 bytes. */
  introduction?: string;
  /** An image URL of at most 100 bytes. */
  avatar?: string;
  /** Ignored by Work, Meeting and AVChatRoom groups, whose option is fixed. */
  joinOption?: TimJoinOption;
  maxMemberCount?: number;
}

export interface GroupProfilePatch {
  name?: string;
  notification?: string;
  introduction?: string;
  avatar?: string;
  joinOption?: TimJoinOption;
  muteAll?: boolean;
}

export interface TimInviteResult {
  added: string[];
  /** Already members. */
  existing: string[];
  failed: string[];
}

export type TimApplyResult = 'joined' | 'pending' | 'already-member';

/** A pending request to join a group that the logged-in user may handle. */
export interface TimGroupApplication {
  /** Stable key of this request (applicant, group, time). */
  key: string;
  groupID: string;
  groupName: string;
  applicantID: string;
  applicantNick: string;
  /** The applicant's reason. */
  reason: string;
  /** ms since the epoch */
  time: number;
  isRead: boolean;
}

export interface TimGroupApplications {
  list: readonly TimGroupApplication[];
  unreadCount: number;
}

/**
 * Something that happened in a group, from a group tip (seen by all members) or a group system
 * notice (seen by the user it concerns). `text` is the same readable line TimMessage.text shows.
 */
export interface TimGroupEvent {
  kind: TimGroupEventKind;
  groupID: string;
  groupName: string;
  /** Who did it ('' when the server did). */
  operatorID: string;
  /** Whom it concerns (joined, left, kicked, promoted, muted users...). */
  userIDs: string[];
  text: string;
  /** ms since the epoch */
  time: number;
  /** For 'member-muted': seconds of the mute (0 = unmuted). For applications: the reason. */
  detail?: string | number;
  /** 'tip' events show in the group conversation; 'notice' events in the system conversation. */
  source: 'tip' | 'notice';
}

export type TimGroupEventKind =
  // tips (the seed's tipsType 1-7)
  | 'member-joined'
  | 'member-quit'
  | 'member-kicked'
  | 'admin-set'
  | 'admin-unset'
  | 'profile-updated'
  | 'member-updated'
  // system notices
  | 'application-received'
  | 'application-accepted'
  | 'application-refused'
  | 'kicked'
  | 'dismissed'
  | 'created'
  | 'invited'
  | 'quit'
  | 'became-admin'
  | 'admin-revoked'
  | 'other';

export interface GroupHandle {
  readonly groupID: string;
  /** null until loaded with refresh() (or known from the joined list). */
  $profile: ReadableAtom<TimGroup | null>;
  /** Loaded pages of members, in server order. */
  $members: ReadableAtom<readonly TimGroupMember[]>;
  $isMembersComplete: ReadableAtom<boolean>;
  /** The logged-in user as a member of this group; null until refresh() or when not a member. */
  $self: ReadableAtom<TimGroupMember | null>;
  /** Loads the next page of up to 100 members (the first call the first page). */
  loadMembers(): Promise<void>;
  /** Reloads the profile, the user's own member info and the pages of members loaded so far. */
  refresh(): Promise<void>;
}

export interface TimGroups {
  /** The joined groups, as the SDK's joined-group list reports them. */
  $groups: ReadableAtom<readonly TimGroup[]>;
  /** Whether the first list of this session arrived: `'pending'` until then, `'failed'` if fetching it failed. */
  $loadState: ReadableAtom<TimLoadState>;
  /** Pending join requests the user may handle, and how many were not marked read. */
  $applications: ReadableAtom<TimGroupApplications>;
  /** The latest group event (tips and system notices). */
  $events: ReadableAtom<TimGroupEvent | null>;
  /** Calls `listener` for every group event; returns a function that stops it. */
  onEvent(listener: (event: TimGroupEvent) => void): () => void;
  /** A cached handle per groupID. */
  group(groupID: string): GroupHandle;
  refresh(): Promise<void>;
  createGroup(options: CreateGroupOptions): Promise<TimGroup>;
  invite(groupID: string, userIDs: string[]): Promise<TimInviteResult>;
  apply(groupID: string, reason?: string): Promise<TimApplyResult>;
  quit(groupID: string): Promise<void>;
  kick(groupID: string, userIDs: string[], reason?: string): Promise<void>;
  dismiss(groupID: string): Promise<void>;
  transferOwner(groupID: string, newOwnerID: string): Promise<void>;
  /** The full profile of a group the user is in. */
  getProfile(groupID: string): Promise<TimGroup>;
  /** The public profile of any group (for non-members; Work groups cannot be found). */
  findGroup(groupID: string): Promise<TimGroup>;
  /** How many members are online now (the SDK caches the answer for 60 s per group). */
  getOnlineMemberCount(groupID: string): Promise<number>;
  getSelfMember(groupID: string): Promise<TimGroupMember>;
  getMembers(groupID: string, userIDs: string[]): Promise<TimGroupMember[]>;
  updateProfile(groupID: string, patch: GroupProfilePatch): Promise<TimGroup>;
  setMemberRole(groupID: string, userID: string, role: 'admin' | 'member'): Promise<void>;
  /** Mutes a member for `seconds`; 0 unmutes. */
  muteMember(groupID: string, userID: string, seconds: number): Promise<void>;
  /** Sets a member's name card (at most 50 bytes); the user's own when userID is left out. */
  setNameCard(groupID: string, nameCard: string, userID?: string): Promise<void>;
  setReceiveOption(groupID: string, option: TimReceiveOption): Promise<void>;
  loadApplications(): Promise<void>;
  handleApplication(
    application: TimGroupApplication | string,
    decision: 'accept' | 'refuse',
    note?: string,
  ): Promise<void>;
  /** Marks every listed application read (the web SDK has no server-side read report). */
  markApplicationsRead(): void;
}

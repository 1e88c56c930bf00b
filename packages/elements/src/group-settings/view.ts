import type {
  TimFriend,
  TimGroup,
  TimGroupApplication,
  TimGroupMember,
  TimJoinOption,
  TimReceiveOption,
} from '@tim-kit/headless';
import type { TimGroupStrings } from '../internal/group-i18n.js';
import type { TimLang } from '../internal/i18n.js';

/** Profile fields the user has edited and not saved yet. */
export interface ProfileDraft {
  name?: string;
  avatar?: string;
  notification?: string;
  introduction?: string;
  joinOption?: TimJoinOption;
  muteAll?: boolean;
}

/** Seconds a member can be muted for, the choices the member dialog offers. */
export const MUTE_CHOICES = [60, 600, 3600, 43_200, 86_400, 604_800] as const;

/** What the section renderers of <tim-group-settings> read, and the actions they call. */
export interface SettingsView {
  group: TimGroup;
  selfID: string;
  members: readonly TimGroupMember[];
  membersComplete: boolean;
  applications: readonly TimGroupApplication[];
  friends: readonly TimFriend[];
  t: TimGroupStrings;
  lang: TimLang;
  /** The action running now ('' when none): its controls show as busy. */
  busy: string;
  now: number;
  draft: ProfileDraft;
  nameCard: string;
  inviteChosen: ReadonlySet<string>;
  inviteText: string;
  transferTo: string;
  muteSeconds: number;
  setDraft(patch: ProfileDraft): void;
  saveProfile(): void;
  loadMoreMembers(): void;
  openMember(userID: string): void;
  setNameCard(value: string): void;
  saveNameCard(): void;
  setReceiveOption(option: TimReceiveOption): void;
  toggleInvite(userID: string, chosen: boolean): void;
  setInviteText(text: string): void;
  invite(): void;
  handleApplication(application: TimGroupApplication, decision: 'accept' | 'refuse'): void;
  setTransferTo(userID: string): void;
  transfer(userID: string): void;
  quit(): void;
  dismiss(): void;
  setMuteSeconds(seconds: number): void;
  setRole(member: TimGroupMember, role: 'admin' | 'member'): void;
  mute(member: TimGroupMember, seconds: number): void;
  kick(member: TimGroupMember): void;
  closeMember(): void;
}

/** The callbacks of the view that SettingsActions binds to one group (the rest is state). */
export type SettingsBindings = Omit<
  SettingsView,
  | 'group'
  | 'selfID'
  | 'members'
  | 'membersComplete'
  | 'applications'
  | 'friends'
  | 't'
  | 'lang'
  | 'busy'
  | 'now'
  | 'draft'
  | 'nameCard'
  | 'inviteChosen'
  | 'inviteText'
  | 'transferTo'
  | 'muteSeconds'
  | 'setDraft'
  | 'saveProfile'
>;

/** What a member is called in the group: name card > nick > user ID. */
export function memberName(m: TimGroupMember): string {
  return m.nameCard || m.nick || m.userID;
}

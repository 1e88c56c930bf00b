// The words of group tip lines, as functions of the names involved, so a UI can hand in its own
// language (describeGroupTip(payload, words)); the core's own texts use the English ones.

export interface TimTipWords {
  /** Stands in for a name the tip does not carry. */
  someone: string;
  /** Several names in one phrase: "bob, carol and dave". */
  names(list: readonly string[]): string;
  /** A mute duration: "10 min", "2 h". */
  duration(seconds: number): string;
  joined(users: string): string;
  invited(operator: string, users: string): string;
  left(users: string): string;
  removed(operator: string, users: string): string;
  /** `count` people named in `users` became admins. */
  madeAdmin(users: string, count: number): string;
  unmadeAdmin(users: string, count: number): string;
  renamed(operator: string, name: string): string;
  newOwner(operator: string, owner: string): string;
  mutedAll(operator: string): string;
  unmutedAll(operator: string): string;
  notificationChanged(operator: string): string;
  introductionChanged(operator: string): string;
  avatarChanged(operator: string): string;
  profileChanged(operator: string): string;
  memberProfileChanged(users: string): string;
  muted(operator: string, users: string, duration: string): string;
  unmuted(operator: string, users: string): string;
  banned(operator: string, users: string): string;
  unbanned(operator: string, users: string): string;
  /** The message the SDK sends into a group it created (custom `group_create`). */
  created(creator: string): string;
  /** A tip of a kind this version does not know. */
  other: string;
}

export function formatDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

export const ENGLISH_TIP_WORDS: TimTipWords = {
  someone: 'someone',
  names: (list) =>
    list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`,
  duration: formatDuration,
  joined: (users) => `${users} joined the group`,
  invited: (operator, users) => `${operator} invited ${users} to the group`,
  left: (users) => `${users} left the group`,
  removed: (operator, users) => `${operator} removed ${users} from the group`,
  madeAdmin: (users, count) => `${users} ${count > 1 ? 'are now admins' : 'is now an admin'}`,
  unmadeAdmin: (users, count) =>
    `${users} ${count > 1 ? 'are no longer admins' : 'is no longer an admin'}`,
  renamed: (operator, name) => `${operator} renamed the group to "${name}"`,
  newOwner: (operator, owner) => `${operator} made ${owner} the group owner`,
  mutedAll: (operator) => `${operator} muted all members`,
  unmutedAll: (operator) => `${operator} unmuted all members`,
  notificationChanged: (operator) => `${operator} updated the group notification`,
  introductionChanged: (operator) => `${operator} updated the group introduction`,
  avatarChanged: (operator) => `${operator} changed the group avatar`,
  profileChanged: (operator) => `${operator} updated the group profile`,
  memberProfileChanged: (users) => `${users}'s group profile was updated`,
  muted: (operator, users, duration) => `${operator} muted ${users} for ${duration}`,
  unmuted: (operator, users) => `${operator} unmuted ${users}`,
  banned: (operator, users) => `${operator} banned ${users}`,
  unbanned: (operator, users) => `${operator} lifted the ban on ${users}`,
  created: (creator) => `${creator} created the group`,
  other: '[Group notice]',
};

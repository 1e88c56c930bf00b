// The flat row model of <tim-contacts>' virtualized list: a header per friend group followed by
// its friends, then the friends in no group. A friend in two groups is listed under both.
import type { TimFriend, TimFriendGroup } from '@tim-kit/headless';

export type ContactRow =
  | { kind: 'group'; key: string; name: string; count: number; ungrouped: boolean }
  | { kind: 'friend'; key: string; friend: TimFriend };

export function contactRows(
  friends: readonly TimFriend[],
  groups: readonly TimFriendGroup[],
  ungroupedName: string,
): ContactRow[] {
  const rows: ContactRow[] = [];
  const push = (name: string, members: readonly TimFriend[], ungrouped: boolean) => {
    const groupKey = ungrouped ? '\u0000' : name;
    rows.push({ kind: 'group', key: `g:${groupKey}`, name, count: members.length, ungrouped });
    for (const friend of members) {
      rows.push({ kind: 'friend', key: `f:${groupKey}:${friend.userID}`, friend });
    }
  };
  for (const group of groups) {
    // $friends is sorted by name; keep that order inside each group.
    push(
      group.name,
      friends.filter((f) => f.groups.includes(group.name)),
      false,
    );
  }
  const ungrouped = friends.filter((f) => f.groups.length === 0);
  if (ungrouped.length > 0 || groups.length === 0) push(ungroupedName, ungrouped, true);
  return rows;
}

import type { TimCore, TimGroupRole } from '@tim-kit/headless';
import type { MentionCandidate } from './mention-picker.js';

/**
 * What the mention picker lists for the conversation on screen: the group's loaded members other
 * than the user (by name card, nick or ID), and whether the user may mention everyone.
 */
export class MentionMembers {
  constructor(private readonly current: () => { core?: TimCore; id: string | null }) {}

  private handle() {
    const { core, id } = this.current();
    return core && id?.startsWith('GROUP')
      ? core.groups.group(id.slice('GROUP'.length))
      : undefined;
  }

  private selfID(): string | undefined {
    return this.current().core?.auth.$user.get()?.userID;
  }

  /** The user's role in the group, from whichever of the group's stores has it. */
  private selfRole(): TimGroupRole | undefined {
    const handle = this.handle();
    const self = this.selfID();
    return (
      handle?.$self.get()?.role ??
      handle?.$members.get().find((m) => m.userID === self)?.role ??
      handle?.$profile.get()?.selfRole ??
      undefined
    );
  }

  /** Owners and admins get the "@All" entry. */
  canMentionAll(): boolean {
    const role = this.selfRole();
    return role === 'owner' || role === 'admin';
  }

  candidates(): MentionCandidate[] {
    const handle = this.handle();
    if (!handle) return [];
    const self = this.selfID();
    return handle.$members
      .get()
      .filter((m) => m.userID !== self)
      .map((m) => ({ userID: m.userID, name: m.nameCard || m.nick || m.userID }));
  }
}

import type { TimCore, TimGroupRole } from '@tim-kit/headless';
import type { MentionCandidate } from './mention-picker.js';

/**
 * How many members the picker pages in at most. The SDK has no member search by name, so a big
 * group is paged (100 a page, each read through the core's 2996 retry) up to here; beyond it,
 * members past the cap are not offered.
 */
export const MENTION_MEMBER_CAP = 500;

/**
 * What the mention picker lists for the conversation on screen: the group's loaded members other
 * than the user (by name card, nick or ID), and whether the user may mention everyone.
 */
export class MentionMembers {
  /** The paging under way, so opening the picker again does not start a second one. */
  private paging: Promise<void> | null = null;

  constructor(
    private readonly current: () => { core?: TimCore; id: string | null },
    /** After each page (the picker refilters) and on a failure (shown by the chat). */
    private readonly events: { changed(): void; failed(error: unknown): void },
  ) {}

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

  /** Pages in the group's members up to the cap; the handle keeps them, so this runs once. */
  loadMore(): void {
    const handle = this.handle();
    if (!handle || this.paging) return;
    const wanted = () =>
      !handle.$isMembersComplete.get() && handle.$members.get().length < MENTION_MEMBER_CAP;
    if (!wanted()) return;
    this.paging = (async () => {
      while (wanted()) {
        const before = handle.$members.get().length;
        await handle.loadMembers();
        this.events.changed();
        // A page that adds no one (the list changed under us) ends the paging, not loops it.
        if (handle.$members.get().length === before) break;
      }
    })()
      .catch((error: unknown) => this.events.failed(error))
      .finally(() => {
        this.paging = null;
      });
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

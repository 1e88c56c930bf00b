import type { ReactiveControllerHost } from 'lit';
import type { GroupHandle, TimCore, TimGroup, TimGroupMember } from '@tim-kit/headless';
import { StoreController } from '../internal/store-controller.js';

/**
 * What the chat shows about a group conversation: its profile (name, member count) and its
 * members' names and avatars for messages that arrive without the sender's nick.
 */
export class GroupInfo {
  private readonly profile: StoreController<TimGroup | null>;
  private readonly members: StoreController<readonly TimGroupMember[]>;
  private handle: GroupHandle | undefined;
  private readonly asked = new Set<string>();

  constructor(
    host: ReactiveControllerHost,
    private readonly onError: (error: unknown, operation: string) => void,
  ) {
    this.profile = new StoreController<TimGroup | null>(host);
    this.members = new StoreController<readonly TimGroupMember[]>(host);
  }

  /** The group's profile, or null (C2C, or not loaded yet). */
  get group(): TimGroup | null {
    return this.profile.value ?? null;
  }

  /** Follows the group of `conversationID` (nothing for C2C), loading what is missing. */
  open(core: TimCore | undefined, conversationID: string | null): void {
    const handle =
      core && conversationID?.startsWith('GROUP')
        ? core.groups.group(conversationID.slice('GROUP'.length))
        : undefined;
    this.handle = handle;
    this.asked.clear();
    this.profile.setStore(handle?.$profile);
    this.members.setStore(handle?.$members);
    if (!handle) return;
    if (!handle.$profile.get()) this.refresh(handle);
    // Group messages may arrive without the sender's nick: the first page of members names them.
    if (handle.$members.get().length === 0) {
      handle.loadMembers().catch((e: unknown) => this.onError(e, 'groups.loadMembers'));
    }
  }

  /** A member's name card or nick and avatar; undefined (and a reload, once) when unknown. */
  member(userID: string): { name: string; avatar: string } | undefined {
    const member = this.members.value?.find((m) => m.userID === userID);
    if (member) return { name: member.nameCard || member.nick || userID, avatar: member.avatar };
    // Someone who joined since the members were loaded: reload them (and the count) once.
    const handle = this.handle;
    if (handle && !this.asked.has(userID)) {
      this.asked.add(userID);
      queueMicrotask(() => this.refresh(handle));
    }
    return undefined;
  }

  private refresh(handle: GroupHandle): void {
    handle.refresh().catch((e: unknown) => this.onError(e, 'groups.refresh'));
  }
}

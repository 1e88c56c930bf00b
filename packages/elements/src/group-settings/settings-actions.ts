// The actions of <tim-group-settings> and the small UI state they change (what is running, the
// last outcome, the open member dialog, unsaved inputs). Every failure becomes words in the
// element and a `tim-error` event; destructive actions ask first.
import { GROUP_LIMITS, type TimCore, type TimGroup, type TimGroupMember } from '@tim-kit/headless';
import type { ReactiveControllerHost } from 'lit';
import { emit, toErrorDetail } from '../events/events.js';
import { fits } from '../internal/byte-field.js';
import type { ConfirmController } from '../internal/confirm-dialog.js';
import { groupErrorText, type TimGroupStrings } from '../internal/group-i18n.js';
import type { TimLang } from '../internal/i18n.js';
import { formatDuration } from '../internal/ticker.js';
import { parseUserIDs } from './invite-section.js';
import { draftFits, profilePatch } from './profile-section.js';
import { memberName, type ProfileDraft, type SettingsBindings } from './view.js';

interface ActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly timCore: TimCore | undefined;
  readonly timLang: TimLang;
  readonly gt: TimGroupStrings;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class SettingsActions {
  busy = '';
  notice: { text: string; error: boolean } | null = null;
  memberID: string | null = null;
  nameCard: string | null = null;
  inviteChosen = new Set<string>();
  inviteText = '';
  transferTo = '';
  muteSeconds = 600;
  private lastMemberID: string | null = null;

  constructor(
    private readonly host: ActionsHost,
    private readonly confirm: ConfirmController,
  ) {}

  reset(): void {
    Object.assign(this, { busy: '', notice: null, memberID: null, nameCard: null });
    Object.assign(this, { inviteChosen: new Set<string>(), inviteText: '', transferTo: '' });
  }

  /** Words for a failure; also emitted as `tim-error`. */
  report(error: unknown, operation: string): string {
    const detail = toErrorDetail(error, operation);
    emit(this.host, 'tim-error', detail);
    return groupErrorText(this.host.timLang, detail.code, detail.message);
  }

  private say(text: string, error = false): void {
    this.notice = { text, error };
    this.host.requestUpdate();
  }

  private async run(
    key: string,
    operation: string,
    action: (core: TimCore) => Promise<string | void>,
  ): Promise<boolean> {
    const core = this.host.timCore;
    if (!core || this.busy) return false;
    this.busy = key;
    this.notice = null;
    this.host.requestUpdate();
    try {
      const text = await action(core);
      if (text) this.say(text);
      return true;
    } catch (error) {
      this.say(this.report(error, operation), true);
      return false;
    } finally {
      this.busy = '';
      this.host.requestUpdate();
    }
  }

  private ask(message: string, confirmLabel: string): Promise<boolean> {
    return this.confirm.ask(message, confirmLabel);
  }

  async saveProfile(group: TimGroup, draft: ProfileDraft): Promise<boolean> {
    const t = this.host.gt;
    // Checked here as well as in the core, so an over-long field never leaves the page.
    if (!draftFits(group, draft)) {
      this.say(groupErrorText(this.host.timLang, 10004), true);
      return false;
    }
    const patch = profilePatch(group, draft);
    if (Object.keys(patch).length === 0) {
      this.say(t.nothingChanged);
      return true;
    }
    return this.run('profile', 'groups.updateProfile', async (core) => {
      await core.groups.updateProfile(group.groupID, patch);
      return t.profileSaved;
    });
  }

  /** Opens or closes the member dialog to match `memberID`, moving the focus with it. */
  syncMemberDialog(): void {
    const root = this.host.renderRoot;
    const dialog = root.querySelector<HTMLDialogElement>('dialog[data-member-dialog]');
    if (!dialog) return;
    const hasBody = dialog.querySelector('#member-title') !== null;
    if (this.memberID && hasBody && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('button:not([disabled])')?.focus();
      this.lastMemberID = this.memberID;
    } else if ((!this.memberID || !hasBody) && dialog.open) {
      dialog.close();
      this.memberID = null;
      const id = this.lastMemberID ?? '';
      const opener = root.querySelector<HTMLElement>(`[data-manage="${CSS.escape(id)}"]`);
      (opener ?? root.querySelector<HTMLElement>('#members-title'))?.focus();
    }
  }

  bindings(group: TimGroup): SettingsBindings {
    const t = this.host.gt;
    const id = group.groupID;
    const update = () => this.host.requestUpdate();
    return {
      loadMoreMembers: () =>
        void this.run('members', 'groups.loadMembers', (core) =>
          core.groups.group(id).loadMembers(),
        ),
      openMember: (userID) => ((this.memberID = userID), update()),
      closeMember: () => ((this.memberID = null), update()),
      setNameCard: (value) => ((this.nameCard = value), update()),
      saveNameCard: () => {
        const value = this.nameCard;
        if (value === null) return this.say(t.nothingChanged);
        if (!fits(value, GROUP_LIMITS.nameCard))
          return this.say(groupErrorText(this.host.timLang, 10004), true);
        void this.run('nameCard', 'groups.setNameCard', async (core) => {
          await core.groups.setNameCard(id, value);
          this.nameCard = null;
          return t.nameCardSaved;
        });
      },
      setReceiveOption: (option) =>
        void this.run('receive', 'groups.setReceiveOption', async (core) => {
          await core.groups.setReceiveOption(id, option);
          return t.receiveSaved;
        }),
      toggleInvite: (userID, chosen) => {
        const next = new Set(this.inviteChosen);
        if (chosen) next.add(userID);
        else next.delete(userID);
        this.inviteChosen = next;
        update();
      },
      setInviteText: (text) => ((this.inviteText = text), update()),
      invite: () => {
        const ids = [...new Set([...this.inviteChosen, ...parseUserIDs(this.inviteText)])];
        if (ids.length === 0) return this.say(t.chooseSomeone, true);
        void this.run('invite', 'groups.invite', async (core) => {
          const r = await core.groups.invite(id, ids);
          this.inviteChosen = new Set();
          this.inviteText = '';
          return t.inviteResult(r.added, r.existing, r.failed);
        });
      },
      handleApplication: (application, decision) =>
        void this.run('application', 'groups.handleApplication', async (core) => {
          await core.groups.handleApplication(application, decision);
          const name = application.applicantNick || application.applicantID;
          return decision === 'accept' ? t.accepted(name) : t.refused(name);
        }),
      setTransferTo: (userID) => ((this.transferTo = userID), update()),
      transfer: (userID) => void this.transferOwner(group, userID),
      quit: () => void this.leave(group, 'quit'),
      dismiss: () => void this.leave(group, 'dismiss'),
      setMuteSeconds: (seconds) => ((this.muteSeconds = seconds), update()),
      setRole: (m, role) =>
        void this.run('role', 'groups.setMemberRole', async (core) => {
          await core.groups.setMemberRole(id, m.userID, role);
          return role === 'admin' ? t.adminSet(memberName(m)) : t.adminUnset(memberName(m));
        }),
      mute: (m, seconds) =>
        void this.run('mute', 'groups.muteMember', async (core) => {
          await core.groups.muteMember(id, m.userID, seconds);
          const duration = formatDuration(seconds, this.host.timLang);
          return seconds ? t.mutedNotice(memberName(m), duration) : t.unmutedNotice(memberName(m));
        }),
      kick: (m) => void this.kick(group, m),
    };
  }

  private async kick(group: TimGroup, m: TimGroupMember): Promise<void> {
    const t = this.host.gt;
    if (!(await this.ask(t.confirmKick(memberName(m)), t.kick))) return;
    const ok = await this.run('kick', 'groups.kick', async (core) => {
      await core.groups.kick(group.groupID, [m.userID]);
      return t.kicked(memberName(m));
    });
    if (ok) this.memberID = null;
  }

  private async transferOwner(group: TimGroup, userID: string): Promise<void> {
    const t = this.host.gt;
    const core = this.host.timCore;
    const member = core?.groups
      .group(group.groupID)
      .$members.get()
      .find((m) => m.userID === userID);
    if (!member) return;
    if (!(await this.ask(t.confirmTransfer(memberName(member)), t.transfer))) return;
    const ok = await this.run('transfer', 'groups.transferOwner', async (c) => {
      await c.groups.transferOwner(group.groupID, userID);
      await c.groups.group(group.groupID).refresh();
      return t.transferred(memberName(member));
    });
    if (ok) this.memberID = null;
  }

  private async leave(group: TimGroup, how: 'quit' | 'dismiss'): Promise<void> {
    const t = this.host.gt;
    const question = how === 'quit' ? t.confirmQuit(group.name) : t.confirmDismiss(group.name);
    if (!(await this.ask(question, how === 'quit' ? t.quit : t.dismiss))) return;
    const ok = await this.run(how, `groups.${how}`, async (core) => {
      await (how === 'quit' ? core.groups.quit(group.groupID) : core.groups.dismiss(group.groupID));
      return how === 'quit' ? t.left : t.dismissed;
    });
    if (ok)
      emit(this.host, how === 'quit' ? 'tim-group-quit' : 'tim-group-dismiss', {
        groupID: group.groupID,
      });
  }
}

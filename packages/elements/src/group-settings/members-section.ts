import { html, nothing, type TemplateResult } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TimGroupMember } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { formatCount } from '../internal/format.js';
import { formatCountdown } from '../internal/ticker.js';
import { memberName, type SettingsView } from './view.js';

function renderRole(m: TimGroupMember, v: SettingsView): TemplateResult | typeof nothing {
  if (m.role !== 'owner' && m.role !== 'admin') return nothing;
  return html`<span part="role" class=${`role ${m.role}`}>${v.t.roles[m.role]}</span>`;
}

function renderMuteTimer(m: TimGroupMember, v: SettingsView): TemplateResult | typeof nothing {
  if (m.muteUntil <= v.now) return nothing;
  const left = formatCountdown(m.muteUntil - v.now, v.lang);
  return html`<span part="mute-timer" class="mute-timer">${v.t.mutedFor(left)}</span>`;
}

function renderMember(m: TimGroupMember, index: number, v: SettingsView): TemplateResult {
  const name = memberName(m);
  const isSelf = m.userID === v.selfID;
  return html`<div
    role="listitem"
    part="member"
    class="member"
    data-user-id=${m.userID}
    aria-posinset=${index + 1}
    aria-setsize=${v.group.memberCount || v.members.length}
  >
    ${renderAvatar(m.userID, name, m.avatar)}
    <div class="member-main">
      <span part="member-name" class="member-name"
        >${name}${isSelf ? html` <span class="hint">(${v.t.you})</span>` : nothing}</span
      >
      <span class="member-meta"
        >${renderRole(m, v)} ${renderMuteTimer(m, v)}
        ${
          m.nameCard && m.nick && m.nameCard !== m.nick
            ? html`<span class="hint">${m.nick}</span>`
            : nothing
        }</span
      >
    </div>
    ${
      isSelf
        ? nothing
        : html`<button
            type="button"
            class="button"
            part="manage-button"
            data-manage=${m.userID}
            aria-haspopup="dialog"
            aria-label=${v.t.manage(name)}
            @click=${() => v.openMember(m.userID)}
          >
            ⋯
          </button>`
    }
  </div>`;
}

/** The members, virtualized (only the rows in view are in the DOM), with roles and mute timers. */
export function renderMembersSection(v: SettingsView): TemplateResult {
  const members = v.members as TimGroupMember[];
  return html`<section part="members" class="section" aria-labelledby="members-title">
    <h3 id="members-title" tabindex="-1">
      ${v.t.members} (${formatCount(v.group.memberCount || members.length, v.lang)})
    </h3>
    <div part="member-list" class="member-list" role="list" aria-labelledby="members-title">
      ${virtualize({
        items: members,
        keyFunction: (m: TimGroupMember) => m.userID,
        renderItem: (m: TimGroupMember, i: number) => renderMember(m, i, v),
        scroller: true,
      })}
    </div>
    ${
      v.membersComplete
        ? nothing
        : html`<button
            type="button"
            class="button"
            part="load-more"
            ?disabled=${v.busy === 'members'}
            @click=${v.loadMoreMembers}
          >
            ${v.busy === 'members' ? v.t.loading : v.t.loadMoreMembers}
          </button>`
    }
  </section>`;
}

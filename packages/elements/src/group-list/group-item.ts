// One row of <tim-group-list>'s listbox: avatar, name, type and member count.
import { html, type TemplateResult } from 'lit';
import type { TimGroup } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import type { TimGroupStrings } from '../internal/group-i18n.js';

export interface GroupItemView {
  index: number;
  count: number;
  /** Its conversation is the active one. */
  selected: boolean;
  /** It holds the listbox's roving tabindex. */
  tabStop: boolean;
  t: TimGroupStrings;
  onOpen: (groupID: string) => void;
}

export function renderGroupItem(g: TimGroup, v: GroupItemView): TemplateResult {
  return html`<li
    role="option"
    part="item"
    class="item"
    data-group-id=${g.groupID}
    aria-selected=${v.selected ? 'true' : 'false'}
    aria-posinset=${v.index + 1}
    aria-setsize=${v.count}
    tabindex=${v.tabStop ? 0 : -1}
    @click=${() => v.onOpen(g.groupID)}
  >
    ${renderAvatar(g.groupID, g.name || g.groupID, g.avatar)}
    <span class="main">
      <span part="name" class="name">${g.name || g.groupID}</span>
      <span part="meta" class="meta">${v.t.types[g.type]} · ${v.t.memberCount(g.memberCount)}</span>
    </span>
  </li>`;
}

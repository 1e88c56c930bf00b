// One friend request in <tim-friend-requests>: who, their words, where and when it came from,
// and accept / accept one-way / refuse (incoming only) and delete.
import { html, nothing, type TemplateResult } from 'lit';
import type { TimApplicationResponse, TimFriendApplication } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { formatFullTime, formatListTime } from '../internal/format.js';
import type { TimLang } from '../internal/i18n.js';
import type { TimRelationStrings } from '../internal/relations-i18n.js';

/** 'AddSource_Type_Web' -> 'Web'. */
const sourceName = (source: string) => source.replace(/^AddSource_Type_/, '');

export interface RequestView {
  rt: TimRelationStrings;
  lang: TimLang;
  onRespond: (userID: string, action: TimApplicationResponse) => void;
  onDelete: (application: TimFriendApplication) => void;
}

export function renderRequest(
  a: TimFriendApplication,
  index: number,
  v: RequestView,
): TemplateResult {
  const rt = v.rt;
  const name = a.nick || a.userID;
  const nameID = `${a.direction}-name-${index}`;
  return html`<li part="request" class="item" data-user-id=${a.userID}>
    ${renderAvatar(a.userID, name, a.avatar)}
    <div class="main">
      <span part="name" class="name" id=${nameID}>${name}</span>
      ${a.nick ? html`<span class="secondary">${a.userID}</span>` : nothing}
      ${a.wording ? html`<span part="wording" class="wording">${a.wording}</span>` : nothing}
      <span part="meta" class="secondary">
        ${a.source ? rt.via(sourceName(a.source)) : nothing}
        ${
          a.time
            ? html`·
                <time
                  datetime=${new Date(a.time).toISOString()}
                  title=${formatFullTime(a.time, v.lang)}
                  >${formatListTime(a.time, v.lang)}</time
                >`
            : nothing
        }
      </span>
    </div>
    <div class="actions" role="group" aria-labelledby=${nameID}>
      ${
        a.direction === 'incoming'
          ? html`<button
                part="accept-button"
                class="primary accept"
                type="button"
                @click=${() => v.onRespond(a.userID, 'agree-and-add')}
              >
                ${rt.acceptAddBack}</button
              ><button
                part="accept-one-way-button"
                class="accept-one-way"
                type="button"
                @click=${() => v.onRespond(a.userID, 'agree')}
              >
                ${rt.acceptOneWay}</button
              ><button
                part="refuse-button"
                class="refuse"
                type="button"
                @click=${() => v.onRespond(a.userID, 'refuse')}
              >
                ${rt.refuse}
              </button>`
          : nothing
      }
      <button
        part="delete-button"
        class="danger delete"
        type="button"
        @click=${() => v.onDelete(a)}
      >
        ${rt.deleteRequest}
      </button>
    </div>
  </li>`;
}

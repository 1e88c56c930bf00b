import { html, nothing, type TemplateResult } from 'lit';
import { formatCount, formatFullTime } from '../internal/format.js';
import { canInGroup } from '../internal/group-permissions.js';
import type { SettingsView } from './view.js';

/** Pending requests to join this group, for the owner and admins, with accept and refuse. */
export function renderRequestsSection(v: SettingsView): TemplateResult | typeof nothing {
  if (!canInGroup(v.group, 'handleApplications').ok) return nothing;
  const { t } = v;
  const list = v.applications.filter((a) => a.groupID === v.group.groupID);
  return html`<section part="requests" class="section" aria-labelledby="requests-title">
    <h3 id="requests-title">
      ${t.requests}${list.length ? ` (${formatCount(list.length, v.lang)})` : ''}
    </h3>
    ${
      list.length === 0
        ? html`<span class="hint">${t.noRequests}</span>`
        : html`<ul class="requests" role="list">
            ${list.map((a) => {
              const name = a.applicantNick || a.applicantID;
              return html`<li part="request" class="request" data-applicant=${a.applicantID}>
                <span part="request-text">${t.requestFrom(name, a.reason)}</span>
                ${
                  a.time
                    ? html`<time class="hint" datetime=${new Date(a.time).toISOString()}
                        >${formatFullTime(a.time, v.lang)}</time
                      >`
                    : nothing
                }
                <div class="row-actions">
                  <button
                    type="button"
                    class="button primary"
                    part="accept-button"
                    ?disabled=${v.busy !== ''}
                    aria-label=${`${t.accept}: ${name}`}
                    @click=${() => v.handleApplication(a, 'accept')}
                  >
                    ${t.accept}
                  </button>
                  <button
                    type="button"
                    class="button"
                    part="refuse-button"
                    ?disabled=${v.busy !== ''}
                    aria-label=${`${t.refuse}: ${name}`}
                    @click=${() => v.handleApplication(a, 'refuse')}
                  >
                    ${t.refuse}
                  </button>
                </div>
              </li>`;
            })}
          </ul>`
    }
  </section>`;
}

// The demo's sections: each one is nothing but the kit's tags, as a site would place them.
export const SECTIONS = [
  {
    id: 'chats',
    label: 'Chats',
    html: `<div class="chats">
      <tim-conversation-list></tim-conversation-list>
      <tim-chat group-read-receipts>
        <button slot="actions" type="button" class="settings-toggle" hidden aria-expanded="false">
          Group settings
        </button>
      </tim-chat>
      <aside class="group-side" aria-label="Group settings" hidden>
        <tim-group-settings></tim-group-settings>
      </aside>
    </div>`,
  },
  {
    id: 'contacts',
    label: 'Contacts',
    html: `<div class="columns">
      <tim-contacts></tim-contacts>
      <tim-friend-requests></tim-friend-requests>
      <tim-blacklist></tim-blacklist>
    </div>`,
  },
  {
    id: 'groups',
    label: 'Groups',
    html: `<div class="columns">
      <tim-group-list></tim-group-list>
      <tim-group-create></tim-group-create>
    </div>`,
  },
  {
    id: 'me',
    label: 'Me',
    html: `<div class="columns">
      <tim-profile></tim-profile>
      <tim-notification-settings></tim-notification-settings>
    </div>`,
  },
] as const;

export type SectionID = (typeof SECTIONS)[number]['id'];

/** A tab list over the sections (arrow keys move between tabs, as the ARIA tabs pattern has it). */
export function renderSections(): string {
  const tabs = SECTIONS.map(
    (s, i) =>
      `<button role="tab" type="button" id="tab-${s.id}" aria-controls="panel-${s.id}"
        aria-selected="${i === 0}" tabindex="${i === 0 ? 0 : -1}">${s.label}</button>`,
  ).join('');
  const panels = SECTIONS.map(
    (s, i) =>
      `<section role="tabpanel" id="panel-${s.id}" aria-labelledby="tab-${s.id}" class="panel"
        ${i === 0 ? '' : 'hidden'}>${s.html}</section>`,
  ).join('');
  return `<div role="tablist" class="tabs" aria-label="Sections">${tabs}</div>${panels}`;
}

/** Shows one section and makes its tab the focusable one. */
export function showSection(root: ParentNode, id: SectionID, focus = false): void {
  for (const s of SECTIONS) {
    const tab = root.querySelector<HTMLButtonElement>(`#tab-${s.id}`);
    const panel = root.querySelector<HTMLElement>(`#panel-${s.id}`);
    const selected = s.id === id;
    tab?.setAttribute('aria-selected', String(selected));
    if (tab) tab.tabIndex = selected ? 0 : -1;
    if (panel) panel.hidden = !selected;
    if (selected && focus) tab?.focus();
  }
}

/** Clicks and arrow keys on the tab list. */
export function wireTabs(root: ParentNode): void {
  const list = root.querySelector<HTMLElement>('[role="tablist"]');
  list?.addEventListener('click', (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLElement>('[role="tab"]');
    if (tab) showSection(root, tab.id.slice('tab-'.length) as SectionID);
  });
  list?.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const current = SECTIONS.findIndex(
      (s) => root.querySelector(`#tab-${s.id}`)?.getAttribute('aria-selected') === 'true',
    );
    const next = SECTIONS[(current + step + SECTIONS.length) % SECTIONS.length];
    if (next) showSection(root, next.id, true);
    event.preventDefault();
  });
}

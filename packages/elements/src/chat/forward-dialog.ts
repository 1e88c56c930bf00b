import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { TimMessage } from '@tim-kit/headless';
import { errorText } from '../internal/i18n.js';
import { emit, toErrorDetail } from '../events/events.js';
import type { TimChat } from './chat.component.js';
import { renderForwardMode, renderForwardTargets, type ForwardRequest } from './forward-fields.js';

/** Kinds the core refuses to forward (2453), and messages that are not sent yet or recalled. */
export function canForward(m: TimMessage): boolean {
  return (
    m.status === 'sent' &&
    !m.isRevoked &&
    m.kind !== 'group-tip' &&
    m.kind !== 'group-system' &&
    m.kind !== 'unknown'
  );
}

/**
 * The "Forward to" dialog: a filter box, a checkbox list of the user's conversations and, for
 * several messages, "one by one" or "merged". A modal <dialog> (focus moves to the filter box,
 * Escape closes it); focus goes back to the control that opened it. Success closes it and says
 * so in a polite status; failures stay in the dialog in words.
 */
export class ForwardController implements ReactiveController {
  private request: ForwardRequest | null = null;
  private trigger: HTMLElement | null = null;
  /** The last outcome, shown in the chat's status region after the dialog closes. */
  notice = '';

  constructor(
    private readonly host: TimChat,
    /** Called after a successful forward (multi-select leaves selection mode). */
    private readonly onForwarded: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const dialog = this.dialog();
    if (dialog && this.request && !dialog.open && dialog.isConnected) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-forward-filter]')?.focus();
    }
  }

  get isOpen(): boolean {
    return this.request !== null;
  }

  /** Opens the dialog for `messages` (those that cannot be forwarded are left out). */
  open(messages: readonly TimMessage[], trigger: HTMLElement | null): void {
    const list = messages.filter(canForward);
    if (list.length === 0) return;
    this.trigger = trigger;
    this.notice = '';
    this.request = {
      messages: list,
      allowMerge: list.length > 1,
      merged: false,
      selected: new Set(),
      filter: '',
      busy: false,
      problem: '',
    };
    this.host.requestUpdate();
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('.forward-dialog');
  }

  private change(patch: Partial<ForwardRequest>): void {
    if (!this.request) return;
    this.request = { ...this.request, ...patch };
    this.host.requestUpdate();
  }

  private toggle(conversationID: string): void {
    const selected = new Set(this.request?.selected);
    if (selected.has(conversationID)) selected.delete(conversationID);
    else selected.add(conversationID);
    this.change({ selected });
  }

  private close(): void {
    this.dialog()?.close();
  }

  private closed(): void {
    this.request = null;
    this.host.requestUpdate();
    const trigger = this.trigger;
    this.trigger = null;
    // The opener may be gone (the selection bar leaves after a forward): the composer then.
    if (trigger?.isConnected) trigger.focus();
    else this.host.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
  }

  private async confirm(): Promise<void> {
    const r = this.request;
    const core = this.host.timCore;
    if (!r || !core || r.busy || r.selected.size === 0) return;
    const t = this.host.t;
    const targets = [...r.selected];
    this.change({ busy: true, problem: '' });
    try {
      const result = await core.messages.forward(targets, r.messages, {
        merged: r.merged,
        title: t.chatHistory,
      });
      if (this.request?.messages !== r.messages) return;
      const reached = new Set(result.sent.map((m) => m.conversationID));
      if (reached.size > 0) {
        emit(this.host, 'tim-message-forward', {
          targets: [...reached],
          count: r.messages.length,
          merged: r.merged,
        });
      }
      const first = result.failed[0];
      if (first) {
        this.host.fail(
          { ...first.error, operation: 'messages.forward' },
          'messages.forward',
          false,
        );
        const reason = errorText(this.host.timLang, first.error.code, first.error.message);
        this.change({
          busy: false,
          problem: `${t.forwardSomeFailed(result.failed.length)}: ${reason}`,
        });
        return;
      }
      this.notice = t.forwardDone(reached.size);
      this.onForwarded();
      this.close();
    } catch (error) {
      this.host.fail(error, 'messages.forward', false);
      const detail = toErrorDetail(error, 'messages.forward');
      this.change({
        busy: false,
        problem: errorText(this.host.timLang, detail.code, detail.message),
      });
    }
  }

  /** The dialog (while open) and the status line that reports the last forward. */
  render(): TemplateResult {
    const r = this.request;
    const t = this.host.t;
    const status = html`<span part="forward-status" class="forward-status" role="status"
      >${this.notice}</span
    >`;
    if (!r) return status;
    return html`${status}
      <dialog
        part="forward-dialog"
        class="forward-dialog"
        aria-labelledby="forward-title"
        @close=${() => this.closed()}
      >
        <h2 id="forward-title">${t.forwardTitle}</h2>
        <input
          type="search"
          part="forward-filter"
          class="forward-filter"
          data-forward-filter
          aria-label=${t.forwardFilter}
          placeholder=${t.forwardFilter}
          .value=${r.filter}
          @input=${(e: Event) => this.change({ filter: (e.target as HTMLInputElement).value })}
        />
        ${renderForwardTargets(
          r,
          t,
          this.host.timCore?.conversations.$conversations.get() ?? [],
          (id) => this.toggle(id),
        )}
        ${renderForwardMode(r, t, (merged) => this.change({ merged }))}
        <p class="forward-problem" role="alert">${r.problem}</p>
        <div class="forward-actions">
          <button type="button" class="button" data-forward-cancel @click=${() => this.close()}>
            ${t.cancel}
          </button>
          <button
            type="button"
            part="forward-confirm"
            class="button primary"
            data-forward-confirm
            ?disabled=${r.busy || r.selected.size === 0}
            @click=${() => void this.confirm()}
          >
            ${r.busy ? t.forwardSending : t.forwardConfirm(r.selected.size)}
          </button>
        </div>
      </dialog>`;
  }
}

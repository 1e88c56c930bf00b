import { html, nothing, type TemplateResult } from 'lit';
import { utf8Bytes } from './bytes.js';
import type { TimGroupStrings } from './group-i18n.js';

export interface ByteFieldView {
  id: string;
  label: string;
  value: string;
  /** Tencent's limit in UTF-8 bytes. */
  max: number;
  t: TimGroupStrings;
  onInput: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  disabled?: boolean;
  type?: 'text' | 'url';
  hint?: string;
}

/** True when the value fits its byte limit (and is not empty when required). */
export function fits(value: string, max: number, required = false): boolean {
  return utf8Bytes(value) <= max && (!required || value.trim() !== '');
}

/**
 * A labelled text field that shows its UTF-8 byte count against Tencent's limit, marks itself
 * invalid over it and says so in words (linked with aria-describedby, so screen readers hear it).
 */
export function renderByteField(v: ByteFieldView): TemplateResult {
  const bytes = utf8Bytes(v.value);
  const over = bytes > v.max;
  const empty = v.required === true && v.value.trim() === '';
  const counterID = `${v.id}-counter`;
  const errorID = `${v.id}-error`;
  const described = [counterID, over || empty ? errorID : '', v.hint ? `${v.id}-hint` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (e: Event) =>
    v.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = v.multiline
    ? html`<textarea
        id=${v.id}
        part="input"
        name=${v.id}
        .value=${v.value}
        ?disabled=${v.disabled}
        aria-invalid=${over || empty ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${onInput}
      ></textarea>`
    : html`<input
        id=${v.id}
        part="input"
        name=${v.id}
        type=${v.type ?? 'text'}
        .value=${v.value}
        ?disabled=${v.disabled}
        ?required=${v.required}
        aria-invalid=${over || empty ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label for=${v.id}>${v.label}</label>
    ${control} ${v.hint ? html`<span id="${v.id}-hint" class="hint">${v.hint}</span>` : nothing}
    <span id=${counterID} part="counter" class=${over ? 'counter over' : 'counter'}
      >${v.t.bytes(bytes, v.max)}</span
    >
    ${
      over || empty
        ? html`<span id=${errorID} class="field-error" part="field-error"
            >${over ? v.t.bytesOver(v.max, bytes) : v.t.required}</span
          >`
        : nothing
    }
  </div>`;
}

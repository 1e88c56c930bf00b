// Labelled form fields with their validation message wired for screen readers
// (aria-invalid + aria-describedby), shared by the relationship elements' forms.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** UTF-8 length, the unit of Tencent's limits. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  /** The validation message, '' when the value is fine. */
  error?: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'date' | 'number';
  /** The part name of the input (the field wrapper is `field`). */
  part?: string;
  required?: boolean;
  autocomplete?: 'off' | 'username' | 'name' | 'nickname' | 'url';
  hint?: string;
  multiline?: boolean;
}

export function renderTextField(o: TextFieldOptions): TemplateResult {
  const errorID = `${o.id}-error`;
  const hintID = `${o.id}-hint`;
  const describedBy = [o.error ? errorID : '', o.hint ? hintID : ''].filter(Boolean).join(' ');
  const onInput = (e: Event) =>
    o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const common = {
    invalid: (o.error ? 'true' : 'false') as 'true' | 'false',
    describedBy: describedBy || undefined,
  };
  return html`<div class="field" part="field">
    <label for=${o.id}>${o.label}</label>
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            part=${o.part ?? 'input'}
            rows="2"
            .value=${o.value}
            aria-invalid=${common.invalid}
            aria-describedby=${ifDefined(common.describedBy)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            part=${o.part ?? 'input'}
            type=${o.type ?? 'text'}
            .value=${o.value}
            ?required=${o.required ?? false}
            autocomplete=${o.autocomplete ?? 'off'}
            aria-invalid=${common.invalid}
            aria-describedby=${ifDefined(common.describedBy)}
            @input=${onInput}
          />`
    }
    ${o.hint ? html`<span id=${hintID} class="hint">${o.hint}</span>` : nothing}
    ${o.error ? html`<span id=${errorID} part="field-error" class="field-error">${o.error}</span>` : nothing}
  </div>`;
}

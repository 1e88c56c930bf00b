import { html, type TemplateResult } from 'lit';
import type { TimLocation } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';

/** The location a form describes, or null when a field is missing or out of range. */
export function readLocation(form: HTMLFormElement): TimLocation | null {
  const data = new FormData(form);
  const description = String(data.get('description') ?? '').trim();
  const latitude = Number(data.get('latitude'));
  const longitude = Number(data.get('longitude'));
  const inRange = (v: number, max: number) =>
    String(v) !== '' && Number.isFinite(v) && Math.abs(v) <= max;
  if (description === '' || !inRange(latitude, 90) || !inRange(longitude, 180)) return null;
  return { description, latitude, longitude };
}

/** A small form for a place and its coordinates (no map: nothing is loaded from map providers). */
export function renderLocationForm(
  t: TimStrings,
  invalid: boolean,
  onSubmit: (event: SubmitEvent) => void,
  onCancel: () => void,
): TemplateResult {
  return html`<form
    part="location-form"
    class="location-form"
    aria-label=${t.sendLocation}
    @submit=${onSubmit}
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && onCancel()}
  >
    <label>${t.locationDescription}<input name="description" required autocomplete="off" /></label>
    <label
      >${t.latitude}<input
        name="latitude"
        type="number"
        step="0.000001"
        min="-90"
        max="90"
        required
    /></label>
    <label
      >${t.longitude}<input
        name="longitude"
        type="number"
        step="0.000001"
        min="-180"
        max="180"
        required
    /></label>
    ${invalid ? html`<span class="form-error" role="alert">${t.invalidLocation}</span>` : ''}
    <span class="form-actions">
      <button type="button" class="button" @click=${onCancel}>${t.cancel}</button>
      <button type="submit" class="button primary">${t.send}</button>
    </span>
  </form>`;
}

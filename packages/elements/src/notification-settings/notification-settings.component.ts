import { html, nothing, type TemplateResult } from 'lit';
import type {
  NotificationPermissionState,
  TimCore,
  TimNotificationSettings,
} from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { FeedbackController } from '../internal/feedback.js';
import { LoadStatusController } from '../internal/load-status.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { controls } from '../themes/controls.styles.js';
import styles from './notification-settings.styles.js';

/** Sound file names offered besides the default; they ride on offline pushes. */
const SOUNDS = ['ding.caf', 'chime.caf', 'bell.caf'] as const;

type Switch = 'enabled' | 'c2c' | 'group';

/**
 * @tagname tim-notification-settings
 * @summary The user's notification settings: browser permission, which messages notify, and
 * push sounds.
 *
 * Shows the browser's notification permission with a button to ask for it (while it has not been
 * asked), switches for notifications as a whole and for one-to-one and group messages, and the
 * sounds that ride on offline pushes. Changes are saved at once, per user (the headless core
 * keeps them in `localStorage`), and apply to Web Notifications and to every message sent.
 *
 * @event {CustomEvent<TimNotificationSettingsChangeDetail>} tim-notification-settings-change -
 * A setting changed. `detail.settings` holds all of them.
 * @event {CustomEvent<TimErrorDetail>} tim-error - Saving failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart loading - The loading state (`role="status"`) while signing in (settings belong to a user).
 * @csspart load-error - Shown in place of the settings while signed out.
 * @csspart permission - The permission row.
 * @csspart permission-state - The permission in words.
 * @csspart permission-button - Asks the browser for permission.
 * @csspart switch - A switch (a checkbox with role switch).
 * @csspart sound-select - A sound select.
 * @csspart field - A labelled field.
 * @csspart error - The alert region that shows failures.
 * @csspart notice - The status region that confirms changes.
 *
 * @cssproperty --tim-color-primary - Colour of a switch that is on.
 * @cssproperty --tim-color-border - Colour of a switch that is off.
 */
export class TimNotificationSettingsElement extends TimCoreElement {
  static override styles = [tokens, shared, controls, styles];

  private readonly settings = new StoreController<Readonly<TimNotificationSettings>>(this);
  private readonly permission = new StoreController<NotificationPermissionState>(this);
  private readonly feedback = new FeedbackController(this);
  // The settings are the signed-in user's, read at login: there is nothing to show before.
  private readonly load = new LoadStatusController(this);

  protected override coreChanged(core: TimCore | undefined): void {
    this.settings.setStore(core?.notifications.$settings);
    this.permission.setStore(core?.notifications.$permission);
    this.load.setStores(core);
  }

  private get rt(): TimRelationStrings {
    return relationStrings(this.timLang);
  }

  /** Changes some settings and saves them. */
  async change(patch: Partial<TimNotificationSettings>): Promise<void> {
    const core = this.timCore;
    if (!core) return;
    const ok = await this.feedback.run('notifications.setSettings', async () => {
      const settings = await core.notifications.setSettings(patch);
      emit(this, 'tim-notification-settings-change', { settings });
    });
    if (ok) this.feedback.say(this.rt.settingsSaved);
  }

  private async requestPermission(): Promise<void> {
    const core = this.timCore;
    if (core) {
      await this.feedback.run('notifications.requestPermission', () =>
        core.notifications.requestPermission(),
      );
    }
  }

  private renderSwitch(key: Switch, label: string, disabled: boolean): TemplateResult {
    const on = this.settings.value?.[key] ?? false;
    return html`<label class="switch-row">
      <input
        part="switch"
        class="switch"
        type="checkbox"
        role="switch"
        data-key=${key}
        .checked=${on}
        ?disabled=${disabled}
        @change=${(e: Event) => void this.change({ [key]: (e.target as HTMLInputElement).checked })}
      />
      <span>${label}</span>
    </label>`;
  }

  private renderSound(
    key: 'sound' | 'groupSound',
    label: string,
    disabled: boolean,
  ): TemplateResult {
    const rt = this.rt;
    const value = this.settings.value?.[key] ?? null;
    const none = key === 'sound' ? rt.defaultSound : rt.sameAsC2C;
    const known = value === null || (SOUNDS as readonly string[]).includes(value);
    return html`<div class="field" part="field">
      <label for=${key}>${label}</label>
      <select
        id=${key}
        part="sound-select"
        ?disabled=${disabled}
        @change=${(e: Event) => {
          const chosen = (e.target as HTMLSelectElement).value;
          void this.change({ [key]: chosen === '' ? null : chosen });
        }}
      >
        <option value="" ?selected=${value === null}>${none}</option>
        ${SOUNDS.map((s) => html`<option value=${s} ?selected=${s === value}>${rt.sounds[s] ?? s}</option>`)}
        ${known ? nothing : html`<option value=${value ?? ''} selected>${value}</option>`}
      </select>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const rt = this.rt;
    const permission = this.permission.value ?? 'unsupported';
    const off = !(this.settings.value?.enabled ?? false);
    if (this.load.view !== 'ready') {
      return html`<div part="base" class="base">
        <h2 id="title">${rt.notifications}</h2>
        ${this.load.render()}
      </div>`;
    }
    return html`<div part="base" class="base">
      <h2 id="title">${rt.notifications}</h2>
      <div part="permission" class="row permission">
        <span>${rt.permission}:</span>
        <strong part="permission-state" class="permission-state" data-state=${permission}>
          ${rt.permissionStates[permission]}</strong
        >
        ${
          permission === 'default'
            ? html`<button
                part="permission-button"
                class="primary"
                type="button"
                @click=${() => void this.requestPermission()}
              >
                ${rt.requestPermission}
              </button>`
            : nothing
        }
      </div>
      <fieldset class="switches" aria-labelledby="title">
        ${this.renderSwitch('enabled', rt.notificationsOn, false)}
        ${this.renderSwitch('c2c', rt.c2cNotifications, off)}
        ${this.renderSwitch('group', rt.groupNotifications, off)}
      </fieldset>
      ${this.renderSound('sound', rt.c2cSound, off)}
      ${this.renderSound('groupSound', rt.groupSound, off)}
      <p class="hint">${rt.soundHint}</p>
      ${this.feedback.render()}
    </div>`;
  }
}

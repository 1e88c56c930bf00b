import { consume } from '@lit/context';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimCore } from '@tim-kit/headless';
import { coreContext, langContext, themeContext } from './core-context.js';
import { resolveLang, strings, type TimLang, type TimStrings } from './i18n.js';

/**
 * Base class of every element bound to a headless core. The core is the `.core` property when
 * set, otherwise the one a surrounding `<tim-provider>` provides. Subclasses read `this.timCore`
 * and react to a new core in `coreChanged`.
 */
export abstract class TimCoreElement extends LitElement {
  /** The headless core to use. Wins over the one a surrounding `<tim-provider>` provides. */
  @property({ attribute: false }) core?: TimCore;

  /** UI language (`en`, `zh-CN`, `zh-TW`, `ja`, `ko`); else the provider's, else the browser's. */
  @property({ reflect: true }) override lang = '';

  /** `light` or `dark`; unset follows the system setting. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: coreContext, subscribe: true })
  @state()
  private contextCore?: TimCore;

  @consume({ context: langContext, subscribe: true })
  @state()
  private contextLang?: string;

  @consume({ context: themeContext, subscribe: true })
  @state()
  private contextTheme?: 'light' | 'dark';

  private lastCore: TimCore | undefined;

  /** The core in use: `.core`, else the provider's, else undefined. */
  get timCore(): TimCore | undefined {
    return this.core ?? this.contextCore;
  }

  /** The language in use. */
  get timLang(): TimLang {
    return resolveLang(this.lang || this.contextLang);
  }

  /** The words of the language in use. */
  get t(): TimStrings {
    return strings(this.timLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The provider's theme rides on its own attribute so an explicit `theme` still wins (the
    // token styles read both).
    if (this.contextTheme) this.setAttribute('provider-theme', this.contextTheme);
    else this.removeAttribute('provider-theme');
    const core = this.timCore;
    if (core !== this.lastCore) {
      this.lastCore = core;
      this.coreChanged(core);
    }
  }

  /** Called before render whenever the core in use changes (including to undefined). */
  protected abstract coreChanged(core: TimCore | undefined): void;

  /** The explanatory state shown when neither `.core` nor a provider is there. */
  protected renderNoCore(): TemplateResult {
    const t = this.t;
    return html`<div part="base" class="state no-core" role="status">
      <strong>${t.noCoreTitle}</strong>
      <span>${t.noCoreHint}</span>
    </div>`;
  }
}

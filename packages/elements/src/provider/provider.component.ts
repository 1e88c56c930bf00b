import { provide } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createChat, createTimCore, TimError, TimErrorCode, type TimCore } from '@tim-kit/headless';
import { coreContext, langContext, themeContext } from '../internal/core-context.js';
import { emit, toErrorDetail, type TimErrorDetail } from '../events/events.js';
import {
  checkConfig,
  fetchUserSig,
  UserSigError,
  type ProviderConfig,
  type ProviderReason,
} from './provider-config.js';
import { describeLoginFailure, describeReason, providerStrings } from './provider-i18n.js';
import styles from './provider.styles.js';

/** What went wrong, shown in place of the chat. */
interface Problem extends TimErrorDetail {
  kind: 'config' | 'login';
  /** A problem the provider found itself, worded in the page's language when shown. */
  reason?: ProviderReason;
}

/**
 * @tagname tim-provider
 * @summary Provides a headless chat core to every tim-kit element inside it.
 *
 * Either hand it a core (`provider.core = createTimCore(...)`), or let it build and log in one
 * from attributes: `sdk-app-id`, `proxy-server` (optional, e.g. the local emulator), `user-id`
 * and either `user-sig` (a UserSig as is) or `user-sig-url`. The provider fetches
 * `${userSigUrl}?userID=<id>`, which must answer `{ sdkAppID, userID, userSig, expire }`, logs
 * in, logs in again when `user-id` changes, and logs out and destroys the core it built when it
 * leaves the page. Without `user-id` it waits. When the attributes are wrong (a non-numeric
 * `sdk-app-id`, a `user-id` without `sdk-app-id` or without a sig) or signing in fails, it shows
 * a message in place of its content and emits `tim-error`.
 *
 * @slot - The elements that use the core. Hidden while the message is shown.
 *
 * @csspart message - The message shown in place of the content when the chat cannot start.
 *
 * @cssproperty --tim-color-danger - Colour of the message's title.
 * @cssproperty --tim-color-danger-surface - Background of the message.
 *
 * @event {CustomEvent<TimErrorDetail>} tim-error - The attributes are wrong (operation
 * `provider.attributes`, code 2), or creating the core, fetching the UserSig or logging in
 * failed. `detail` has `code`, `message` and `operation`.
 */
export class TimProvider extends LitElement {
  static override styles = styles;

  /** A core to provide. When set, the provider neither creates, logs in, nor destroys one. */
  @property({ attribute: false }) core?: TimCore;

  /** The SDKAppID of the app, used when the provider creates the core itself. */
  @property({ attribute: 'sdk-app-id', type: Number }) sdkAppId?: number;

  /** WebSocket URL of a proxy server, e.g. the tim-kit emulator (`ws://127.0.0.1:5174`). */
  @property({ attribute: 'proxy-server' }) proxyServer?: string;

  /** The user to log in. Changing it logs the current user out and the new one in. */
  @property({ attribute: 'user-id' }) userId?: string;

  /** The user's UserSig as is. Wins over `user-sig-url`. */
  @property({ attribute: 'user-sig' }) userSig?: string;

  /** An endpoint answering `GET ?userID=<id>` with `{ sdkAppID, userID, userSig, expire }`. */
  @property({ attribute: 'user-sig-url' }) userSigUrl?: string;

  /** UI language handed down to the elements inside (`en`, `zh-CN`, `zh-TW`, `ja`, `ko`). */
  @property({ reflect: true }) override lang = '';

  /** `light` or `dark`, handed down to the elements inside (their own `theme` wins). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @provide({ context: coreContext })
  @state()
  protected providedCore?: TimCore;

  @provide({ context: langContext })
  @state()
  protected providedLang?: string;

  @provide({ context: themeContext })
  @state()
  protected providedTheme?: 'light' | 'dark';

  /** Why the chat cannot start, shown in place of the content; undefined when all is well. */
  @state() protected problem?: Problem;

  private ownCore?: TimCore;

  /** The core the elements inside use: the one set as `.core`, or the one the provider built. */
  get activeCore(): TimCore | undefined {
    return this.providedCore;
  }
  private ownKey = '';
  private target = '';
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element in the DOM reconnects it in the same task: only tear down for good.
    queueMicrotask(() => {
      if (!this.isConnected) this.teardown();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.providedLang = this.lang || undefined;
    if (changed.has('theme')) {
      this.providedTheme = this.theme === 'light' || this.theme === 'dark' ? this.theme : undefined;
    }
    if (this.core) {
      if (this.ownCore) this.teardown();
      this.providedCore = this.core;
      this.problem = undefined;
      return;
    }
    if (this.isConnected) this.sync();
  }

  /** Brings the self-created core in line with the attributes. */
  private sync(): void {
    const check = checkConfig({
      sdkAppId: this.sdkAppId,
      sdkAppIdText: this.getAttribute('sdk-app-id'),
      userId: this.userId,
      userSig: this.userSig,
      userSigUrl: this.userSigUrl,
      proxyServer: this.proxyServer,
    });
    if (check.kind === 'idle') {
      if (this.problem?.kind === 'config') this.problem = undefined;
      // The same mistake made again must show again.
      if (this.target.startsWith('invalid|')) this.target = '';
      return;
    }
    if (check.kind === 'invalid') {
      const target = `invalid|${check.problem}`;
      if (target === this.target) return;
      if (this.ownCore) this.teardown();
      this.target = target;
      const error = new TimError(
        TimErrorCode.INVALID_ARGUMENT,
        check.problem,
        'provider.attributes',
      );
      this.fail('config', toErrorDetail(error, 'provider.attributes'), check.reason);
      return;
    }
    void this.login(check.config);
  }

  private async login(config: ProviderConfig): Promise<void> {
    const { sdkAppId, userId, proxyServer, sig } = config;
    const key = `${sdkAppId}|${proxyServer ?? ''}`;
    if (this.ownCore && key !== this.ownKey) this.teardown();
    const target = `${key}|${userId}|${sig.kind}:${sig.kind === 'url' ? sig.url : sig.userSig}`;
    if (target === this.target) return;
    this.target = target;
    this.problem = undefined;
    const generation = ++this.generation;
    let operation = 'provider.createCore';
    try {
      if (!this.ownCore) {
        this.ownKey = key;
        const chat = await createChat({
          SDKAppID: sdkAppId,
          ...(proxyServer ? { proxyServer } : {}),
        });
        if (generation !== this.generation) return;
        this.ownCore = createTimCore({ chat });
        this.providedCore = this.ownCore;
      }
      const core = this.ownCore;
      if (core.auth.$loginStatus.get() !== 'logged-out') {
        // A failed logout (e.g. after a kick-out) must not keep the next user out.
        await core.auth.logout().catch(() => undefined);
      }
      operation = 'provider.userSig';
      const userSig =
        sig.kind === 'literal'
          ? sig.userSig
          : (await fetchUserSig(sig.url, userId, sdkAppId)).userSig;
      if (generation !== this.generation) return;
      operation = 'auth.login';
      await core.auth.login({ userID: userId, userSig });
    } catch (error) {
      if (generation !== this.generation) return;
      const reason = error instanceof UserSigError ? error.reason : undefined;
      this.fail('login', toErrorDetail(error, operation), reason);
    }
  }

  private fail(kind: Problem['kind'], detail: TimErrorDetail, reason?: ProviderReason): void {
    this.problem = { kind, ...detail, ...(reason ? { reason } : {}) };
    emit(this, 'tim-error', detail);
  }

  private teardown(): void {
    this.generation++;
    const core = this.ownCore;
    this.ownCore = undefined;
    this.target = '';
    this.ownKey = '';
    if (this.providedCore === core) this.providedCore = this.core;
    if (!core) return;
    const status = core.auth.$loginStatus.get();
    const logout = status === 'logged-in' ? core.auth.logout() : Promise.resolve();
    void logout.catch(() => undefined).finally(() => core.destroy());
  }

  protected override render() {
    const problem = this.problem;
    const lang = this.lang || navigator.language || 'en';
    const t = providerStrings(lang);
    return html`${
        problem
          ? html`<div part="message" class="message" role="alert">
              <strong class="title"
                >${problem.kind === 'config' ? t.configTitle : t.loginTitle}</strong
              >
              <span class="detail"
                >${
                  problem.reason
                    ? describeReason(lang, problem.reason)
                    : describeLoginFailure(lang, problem.code, problem.message)
                }</span
              >
              <span class="code">${t.code(problem.code)}</span>
            </div>`
          : nothing
      }<slot ?hidden=${problem !== undefined}></slot>`;
  }
}

import { provide } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createChat, createTimCore, type TimCore } from '@tim-kit/headless';
import { coreContext, langContext } from '../internal/core-context.js';
import { emit, toErrorDetail } from '../events/events.js';
import styles from './provider.styles.js';

interface UserSigResponse {
  sdkAppID: number;
  userID: string;
  userSig: string;
  expire: number;
}

/**
 * @tagname tim-provider
 * @summary Provides a headless chat core to every tim-kit element inside it.
 *
 * Either hand it a core (`provider.core = createTimCore(...)`), or let it build and log in one
 * from attributes: `sdk-app-id`, `proxy-server` (optional, e.g. the local emulator),
 * `user-id` and `user-sig-url`. The provider fetches `${userSigUrl}?userID=<id>`, which must
 * answer `{ sdkAppID, userID, userSig, expire }`, logs in, logs in again when `user-id`
 * changes, and logs out and destroys the core it built when it leaves the page.
 *
 * @slot - The elements that use the core.
 *
 * @event {CustomEvent<TimErrorDetail>} tim-error - Creating the core, fetching the UserSig or
 * logging in failed. `detail` has `code`, `message` and `operation`.
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

  /** An endpoint answering `GET ?userID=<id>` with `{ sdkAppID, userID, userSig, expire }`. */
  @property({ attribute: 'user-sig-url' }) userSigUrl?: string;

  /** UI language handed down to the elements inside (`en`, `zh-CN`). */
  @property({ reflect: true }) override lang = '';

  @provide({ context: coreContext })
  @state()
  protected providedCore?: TimCore;

  @provide({ context: langContext })
  @state()
  protected providedLang?: string;

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
    if (this.core) {
      if (this.ownCore) this.teardown();
      this.providedCore = this.core;
      return;
    }
    if (this.isConnected) void this.sync();
  }

  /** Brings the self-created core in line with the attributes. */
  private async sync(): Promise<void> {
    const { sdkAppId, userId, userSigUrl } = this;
    if (!sdkAppId || !userId || !userSigUrl) return;
    const key = `${sdkAppId}|${this.proxyServer ?? ''}`;
    if (this.ownCore && key !== this.ownKey) this.teardown();
    const target = `${key}|${userId}|${userSigUrl}`;
    if (target === this.target) return;
    this.target = target;
    const generation = ++this.generation;
    let operation = 'provider.createCore';
    try {
      if (!this.ownCore) {
        this.ownKey = key;
        const chat = await createChat({
          SDKAppID: sdkAppId,
          ...(this.proxyServer ? { proxyServer: this.proxyServer } : {}),
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
      const sig = await this.fetchUserSig(userSigUrl, userId);
      if (generation !== this.generation) return;
      operation = 'auth.login';
      await core.auth.login({ userID: userId, userSig: sig.userSig });
    } catch (error) {
      if (generation !== this.generation) return;
      emit(this, 'tim-error', toErrorDetail(error, operation));
    }
  }

  private async fetchUserSig(url: string, userID: string): Promise<UserSigResponse> {
    const separator = url.includes('?') ? '&' : '?';
    const response = await fetch(`${url}${separator}userID=${encodeURIComponent(userID)}`);
    if (!response.ok) {
      throw new Error(`could not get a UserSig for ${userID} from ${url}: HTTP ${response.status}`);
    }
    const body = (await response.json()) as Partial<UserSigResponse>;
    if (typeof body.userSig !== 'string' || body.userSig === '') {
      throw new Error(`the UserSig endpoint ${url} answered without a userSig`);
    }
    return body as UserSigResponse;
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
    return html`<slot></slot>`;
  }
}

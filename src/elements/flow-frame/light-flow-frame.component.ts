import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { now } from '../../api/clock.js';
import type { FlowScope } from '../../api/types.js';
import { LightElement } from '../../core/light-element.js';
import { LightApiError } from '../../api/errors.js';
import { flowTitle, renderFlowBody } from './flow-frame.templates.js';
import { DEFAULT_FRAME_ALLOW, frameAllow } from './frame-allow.js';
import { flowUrl, isFlowCloseMessage, trustedOrigins } from './flow-link.js';
import { FlowModal } from './flow-modal.js';
import {
  backendFlowProvider,
  callFlowProvider,
  ProviderTimeout,
  providerTimeoutMs,
  usableLink,
  type FlowProvider,
} from './flow-provider.js';
import {
  canRetry,
  closeReason,
  escapeCloses,
  IDLE,
  problemError,
  providerProblem,
  startPlan,
  type FlowCloseReason,
  type FlowProblem,
  type FlowState,
} from './flow-state.js';
import { flowFrameStyles } from './light-flow-frame.styles.js';

export type { FlowProvider, FlowProviderOptions } from './flow-provider.js';
export type { FlowCloseReason } from './flow-state.js';

export interface LightFlowOpenDetail {
  scope: FlowScope;
}

export interface LightFlowCloseDetail {
  scope: FlowScope;
  reason: FlowCloseReason;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-flow-open': CustomEvent<LightFlowOpenDetail>;
    'light-flow-close': CustomEvent<LightFlowCloseDetail>;
  }
}

/**
 * Shows one of Light's prebuilt flows (enrollment, payment method, billing, documents, renewal) in a frame, inline
 * or as a full-screen modal, and closes it when the flow says it is done.
 *
 * **Getting the link.** A login link is minted with the partner's app token, so this element never asks Light for
 * one: give it a `src` (a `login_link` you already have, with its `expires-at`), or a `flowProvider` function that
 * asks your backend to call `flow-login` and returns `{ login_link, expires_at }`. A `src` is used while it is
 * fresh; otherwise, and whenever a retry needs a fresh link, the provider is called (with an `AbortSignal`, and for
 * at most `provider-timeout`, after which it shows an error with a retry). A link that is expired (or expires
 * within 10 seconds) is never loaded: the provider is asked again once, and with only a `src` the element says the
 * link expired.
 *
 * **Expiry, whatever the customer's clock says.** A link's lifetime is measured from when the element received it,
 * not by comparing `expires_at` with this device's clock (which may run hours off). For a provider's link it is
 * `expires_at` minus the server's time, when the answer carries that as `server_time` (ISO 8601, or the `Date`
 * header of the `flow-login` response); without it, `expires_at` minus the time of receipt when that is positive and
 * under an hour, else an hour (Light documents no lifetime for these links; an hour is the sandbox's), since the
 * provider has just made the link. A `src` is judged the same way from when it was set, except that one whose
 * `expires-at` is past by more than an hour on receipt is taken as stale.
 *
 * **Opening.** The flow shows while `open` is set, in both modes: `<light-flow-frame open>` shows it inline at
 * page load; `show()` and `close()` (or toggling `open`) do the same from script. `mode="modal"` shows it as a
 * full-screen modal dialog in the top layer, above everything (Light asks that nothing be drawn over the frame):
 * the rest of the page is inert and does not scroll, focus moves into the frame and returns to where it was on
 * close. While the flow shows, Escape closes the modal only with `close-on-escape` (an Escape pressed inside the
 * flow belongs to the flow), and a close button shows above it only with `closable`. The modal never traps the
 * customer: while it gets the link and loads the flow, a Close button shows under the loading indicator from the
 * start (without `closable`; with it, the close button above serves), every error offers Close, and Escape closes
 * it in both cases.
 *
 * **Security.**
 * - Only `https:` links are loaded (`http:` only on localhost, 127.0.0.1 and [::1]); `javascript:`, `data:`,
 *   `blob:` and the rest are refused with a visible error.
 * - The flow closes only on a `{ type: 'light-flow-close' }` message whose source is this frame's window and whose
 *   origin is the loaded link's origin or one listed in `allowed-origins`. Other messages are ignored.
 * - The frame runs with `sandbox="allow-scripts allow-same-origin allow-forms allow-popups
 *   allow-popups-to-escape-sandbox"`: scripts, because the flow is an app; same-origin, so the flow keeps its own
 *   cookies and storage on its own origin (the sandbox protects the page only from a cross-origin flow, which is
 *   what Light's is); forms for its inputs; popups for the documents and plan facts it opens in new tabs, which
 *   escape the sandbox so they load as ordinary pages (a PDF cannot render in a sandboxed tab). Not granted:
 *   `allow-top-navigation` (the flow could otherwise navigate this page away; it closes itself by message
 *   instead), `allow-modals`, `allow-downloads`, `allow-pointer-lock`.
 * - `allow="camera; microphone; payment; encrypted-media"` by default, what Light's own example app grants its
 *   flows: the identity check in Light's flows may use the camera (and microphone) to capture the customer's ID or
 *   face, the payment step may use the Payment Request API (wallets), and `encrypted-media` as Light grants it.
 *   The `allow` attribute replaces it (see there). And `referrerpolicy="strict-origin"`: Light learns which site
 *   embeds it, never the page's path or query.
 * - The link is written only into the frame's `src`. The one exception: after the frame fails to load in time,
 *   the error offers an "Open in a new tab" link to the same address, with `rel="noopener noreferrer"`.
 *
 * @tag light-flow-frame
 * @summary Embeds one of Light's prebuilt flows, inline or as a modal, and closes it when the flow is done.
 *
 * @fires light-flow-open - When the flow opens (`open` becomes true). Detail: `{ scope }`.
 * @fires light-flow-close - When the flow closes (`open` becomes false). Detail: `{ scope, reason }`, reason one of
 * `flow`, `user`, `expired`, `error`.
 * @fires light-error - When the link is expired, refused or missing, the provider fails or does not answer in time,
 * or the frame does not load in time; with code `config` when `allow` is not a plain permissions policy.
 *
 * @csspart base - The inline box, or the modal `<dialog>`.
 * @csspart frame - The `<iframe>`.
 * @csspart close-button - The close button (with `closable`).
 * @csspart loading - The loading indicator shown until the frame has loaded.
 * @csspart loading-close - The Close button under the loading indicator of a modal without `closable`.
 * @csspart error - The error box.
 * @csspart button - Buttons in the error box, and the Close button under the loading indicator.
 * @csspart retry-button - The retry button.
 * @csspart fallback-link - The "Open in a new tab" link shown after a load failure.
 *
 * @cssprop --light-flow-frame-min-height - Minimum height of the inline frame (default 640px).
 * @cssprop --light-flow-frame-backdrop - Color behind the modal while it opens (default translucent black).
 * @cssprop --light-color-surface - Background of the frame area, loading indicator and modal.
 * @cssprop --light-color-primary - Accent color (spinner, buttons).
 * @cssprop --light-color-danger - Color of errors.
 */
export class LightFlowFrame extends LightElement {
  static override styles = [...(LightElement.styles as []), flowFrameStyles];

  /** Which flow to show: `enrollment`, `update-payment-method`, `billing`, `documents` or `renewal`. */
  @property({ reflect: true }) scope: FlowScope = 'enrollment';

  /** `inline` fills its container; `modal` covers the viewport above everything else. */
  @property({ reflect: true }) mode: 'inline' | 'modal' = 'inline';

  /** Whether the flow is shown. Set it, or call `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * A login link the page already has (the `login_link` of `flow-login`). Never reflected, never logged.
   * Changing it while open loads the new link.
   */
  @property() src?: string;

  /** When `src` expires (the `expires_at` of `flow-login`, ISO 8601). */
  @property({ attribute: 'expires-at' }) expiresAt?: string;

  /**
   * Gets a fresh link for a scope: `(scope, { signal }) => Promise<{ login_link, expires_at, server_time? }>`,
   * usually a call to the partner's backend, which calls `flow-login` with its app token (pass `signal` to `fetch`;
   * `server_time`, such as that response's `Date` header, keeps a wrong clock here from judging the link's expiry).
   * Property only. Replacing it does not reload a flow that is showing.
   */
  @property({ attribute: false }) flowProvider?: FlowProvider;

  /**
   * More origins (space-separated, e.g. `https://flow.example.com`) whose close messages are trusted, for a flow
   * that moves to another origin after its login link. The loaded link's own origin is always trusted.
   */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /**
   * The frame's permissions policy (its `allow` attribute): features separated by `;`, each optionally followed by
   * an allowlist (`'self'`, `'src'`, `'none'`, `*` or origins), e.g. `payment` to keep the flow off the camera.
   * Unset: `camera; microphone; payment; encrypted-media`, as Light's example app frames its flows (the identity
   * check may use the camera). Empty allows nothing. Anything else (commas, quotes, markup) is not used: the
   * default applies and `light-error` fires with code `config`. Read when a link loads; a change applies to the
   * next one.
   */
  @property() allow?: string;

  /** Shows a close button above the flow. */
  @property({ type: Boolean, reflect: true }) closable = false;

  /** Lets Escape close the modal (pressed outside the flow's own page). */
  @property({ type: Boolean, reflect: true, attribute: 'close-on-escape' }) closeOnEscape = false;

  /** Milliseconds the frame may take to load before the element offers a retry and a new-tab link; 0 waits forever. */
  @property({ type: Number, attribute: 'load-timeout' }) loadTimeout = 15_000;

  /**
   * Milliseconds the `flowProvider` may take to answer before the element aborts its signal and shows an error with
   * a retry. Always bounded: 0, a negative number or no number means the default, 20 000.
   */
  @property({ type: Number, attribute: 'provider-timeout' }) providerTimeout = 20_000;

  @state() private flow: FlowState = IDLE;

  /** Whether the element is running a flow: listening for messages, loading or showing a link. */
  #active = false;
  /** Bumped whenever a run starts or stops, so a late provider answer or timer can tell it is stale. */
  #run = 0;
  /** Bumped for each link loaded, so a retry of the same link gets a new frame. */
  #attempt = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** Aborts the provider call in progress. */
  #providerCall?: AbortController;
  /** When `src` (or `expires-at`) was last set, on this device's clock: its lifetime counts from then. */
  #srcReceivedAt = now();
  #closeReason?: FlowCloseReason;
  #pendingCloseReason?: FlowCloseReason;
  #announcedOpen = false;
  /** The `allow` value last reported as invalid, so each one is reported once. */
  #reportedAllow?: string;
  readonly #modal = new FlowModal(() => this.renderRoot);

  /** Opens the flow. */
  show(): void {
    this.open = true;
  }

  /** Closes the flow (`light-flow-close` with reason `user`, or `expired` / `error` when it could not be shown). */
  close(): void {
    this.#requestClose();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while open: pick the flow up again.
    if (this.open) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
    this.flow = IDLE;
    this.#modal.release();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') || changed.has('expiresAt')) this.#srcReceivedAt = now();
    if (this.open && !this.#active) {
      if (!this.isConnected) return;
      this.#active = true;
      window.addEventListener('message', this.#handleMessage);
      this.#start();
    } else if (!this.open && this.#active) {
      this.#pendingCloseReason = this.#closeReason ?? closeReason(this.flow);
      this.#closeReason = undefined;
      this.#stop();
      this.flow = IDLE;
    } else if (this.#active) {
      const relink = changed.has('src') || changed.has('scope') || changed.has('mode');
      // A new provider is used right away only when the flow is not showing (a framework may pass a new function
      // on every render; that must not reload the customer's flow).
      if (relink || (changed.has('flowProvider') && this.flow.status === 'error')) this.#start();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#reportInvalidAllow();
    this.#syncModal();
    // What had focus in the modal went away with the state it belonged to (a frame that failed, a retry button):
    // put focus back in the modal.
    if ((changed as PropertyValues).has('flow')) this.#modal.refocus();
    if (this.open !== this.#announcedOpen) {
      this.#announcedOpen = this.open;
      if (this.open) this.emit('light-flow-open', { scope: this.scope });
      else this.emit('light-flow-close', { scope: this.scope, reason: this.#pendingCloseReason ?? 'user' });
    }
    this.#modal.focusInto();
  }

  override render(): TemplateResult | typeof nothing {
    const label = flowTitle(this.scope, this.resolvedLocale);
    if (this.mode === 'modal') {
      return html`<dialog
        part="base"
        class="modal"
        aria-label=${label}
        @keydown=${this.#handleDialogKeydown}
        @cancel=${this.#handleDialogCancel}
        @close=${this.#handleDialogClose}
      >
        ${this.open ? this.#renderBody(label) : nothing}
      </dialog>`;
    }
    return this.open ? html`<div part="base" class="inline">${this.#renderBody(label)}</div>` : nothing;
  }

  /**
   * The flow provider in force: `flowProvider`, else the `light-elements/server` one of the `backend` in force;
   * `null` when a backend named by markup was refused (then nothing is asked or loaded).
   */
  get #provider(): FlowProvider | undefined | null {
    const backend = this.backendInForce;
    if (typeof backend === 'object') return null;
    return this.flowProvider ?? (backend ? backendFlowProvider(backend) : undefined);
  }

  #renderBody(label: string): TemplateResult {
    const { flow } = this;
    const backend = this.backendInForce;
    if (typeof backend === 'object') return this.renderNotSetUp(backend);
    return renderFlowBody({
      flow,
      attempt: this.#attempt,
      label,
      locale: this.resolvedLocale,
      closable: this.closable,
      modal: this.mode === 'modal',
      provider: Boolean(this.#provider),
      allow: frameAllow(this.allow).allow,
      retryable: flow.status === 'error' && this.#canRetry(flow.problem),
      onClose: () => this.#requestClose(),
      onRetry: () => this.#start({ fresh: true }),
      onFrameLoad: this.#handleFrameLoad,
    });
  }

  /** Fires `light-error` (`config`) once for each `allow` value that is not a plain permissions policy. */
  #reportInvalidAllow(): void {
    const value = this.allow;
    if (value === undefined || value === this.#reportedAllow || !frameAllow(value).invalid) return;
    this.#reportedAllow = value;
    this.reportError(
      new LightApiError(
        'config',
        `The allow attribute of <light-flow-frame> is not a permissions policy; the default is used: ${DEFAULT_FRAME_ALLOW}.`,
        { retryable: false },
      ),
    );
  }

  /** Gets a link and loads it: a fresh `src` first (unless `fresh` asks for a new one), else the provider. */
  #start({ fresh = false } = {}): void {
    const run = ++this.#run;
    this.#clearTimer();
    this.#abortProvider();
    const provider = this.#provider;
    const src = provider === null ? undefined : this.src?.trim();
    const plan = startPlan({
      src,
      expiresAt: this.expiresAt,
      srcReceivedAt: this.#srcReceivedAt,
      provider: Boolean(provider),
      fresh,
      now: now(),
    });
    if (plan === 'src') {
      this.#load(src!);
    } else if (plan === 'provider') {
      this.flow = { status: 'fetching' };
      void this.#fetchLink(provider!, run);
    } else {
      this.#fail(plan);
    }
  }

  /** Asks the provider for a link, and once more if the first is already expired. */
  async #fetchLink(provider: FlowProvider, run: number): Promise<void> {
    const scope = this.scope;
    try {
      for (let tries = 0; tries < 2; tries++) {
        const answer = await this.#callProvider(provider, scope);
        if (run !== this.#run) return;
        const link = usableLink(answer, now());
        if (link !== null) {
          this.#load(link);
          return;
        }
      }
      this.#fail('expired');
    } catch (error) {
      if (run !== this.#run) return;
      this.#fail(
        error instanceof ProviderTimeout ? 'provider-timeout' : providerProblem(error, navigator.onLine),
        error,
      );
    }
  }

  /** One provider call, bounded by `provider-timeout` and aborted when the run ends. */
  async #callProvider(provider: FlowProvider, scope: FlowScope): Promise<unknown> {
    const call = new AbortController();
    this.#providerCall = call;
    try {
      return await callFlowProvider(provider, scope, call, providerTimeoutMs(this.providerTimeout));
    } finally {
      if (this.#providerCall === call) this.#providerCall = undefined;
    }
  }

  #abortProvider(): void {
    this.#providerCall?.abort();
    this.#providerCall = undefined;
  }

  #load(value: string): void {
    const link = flowUrl(value);
    if (!link) {
      this.#fail('refused');
      return;
    }
    this.#attempt++;
    this.flow = { status: 'loading', link };
    if (this.loadTimeout > 0) {
      const run = this.#run;
      this.#timer = setTimeout(() => {
        if (run === this.#run && this.flow.status === 'loading') this.#fail('timeout', undefined, link);
      }, this.loadTimeout);
    }
  }

  #fail(problem: FlowProblem, cause?: unknown, link?: URL): void {
    this.#clearTimer();
    this.flow = { status: 'error', problem, link };
    this.reportError(problemError(problem, this.#canRetry(problem), cause));
  }

  #canRetry(problem: FlowProblem): boolean {
    return canRetry(problem, { provider: Boolean(this.#provider), src: Boolean(this.src) });
  }

  #requestClose(reason?: FlowCloseReason): void {
    if (!this.open) return;
    this.#closeReason = reason;
    this.open = false;
  }

  #stop(): void {
    this.#active = false;
    this.#run++;
    this.#clearTimer();
    this.#abortProvider();
    window.removeEventListener('message', this.#handleMessage);
  }

  #clearTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #handleFrameLoad = (): void => {
    const { flow } = this;
    if (flow.status !== 'loading') return;
    this.#clearTimer();
    this.flow = { status: 'ready', link: flow.link };
  };

  /** Closes the flow on its close message only: from this frame's own window, and from a trusted origin. */
  #handleMessage = (event: MessageEvent): void => {
    const { flow } = this;
    if (flow.status !== 'loading' && flow.status !== 'ready') return;
    const frame = this.renderRoot.querySelector('iframe');
    if (isFlowCloseMessage(event, frame?.contentWindow, trustedOrigins(flow.link, this.allowedOrigins))) {
      this.#requestClose('flow');
    }
  };

  /** Shows or hides the modal dialog to match `open` and `mode`. */
  #syncModal(): void {
    this.#modal.sync(this.open && this.mode === 'modal' && this.isConnected);
  }

  #escapeCloses(): boolean {
    return escapeCloses(this.closeOnEscape, this.flow);
  }

  #handleDialogKeydown(event: KeyboardEvent): void {
    // Cancelling the keydown stops the browser from turning it into a close request.
    if (event.key === 'Escape' && !this.#escapeCloses()) event.preventDefault();
  }

  #handleDialogCancel(event: Event): void {
    event.preventDefault();
    if (this.#escapeCloses()) this.#requestClose();
  }

  #handleDialogClose(): void {
    // The browser may close a modal on Escape without a cancellable event; keep `open` and the dialog in step.
    if (!this.open || this.mode !== 'modal') return;
    if (this.#escapeCloses()) this.#requestClose();
    else this.#syncModal();
  }
}

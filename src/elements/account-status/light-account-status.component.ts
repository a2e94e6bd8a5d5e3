import { html, type TemplateResult } from 'lit';
import type { Account } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { isServiceOnTheWay } from '../../core/account-poll.js';
import { explainStatus, type StatusTone } from '../../core/account-status.js';
import { LightDataElement } from '../../core/light-element.js';
import { renderErrorState, renderSkeleton, toLightError } from '../../core/templates.js';
import { accountStatusStyles } from './light-account-status.styles.js';

const TONE_MARK: Record<StatusTone, string> = {
  info: 'i',
  progress: '…',
  success: '✓',
  warning: '!',
  danger: '×',
};

/**
 * The customer's account status in plain words: where the enrollment stands, and what to do when the customer
 * must act (a frozen credit file, a switch hold). Every documented status has a sentence. While a finalized
 * enrollment is on its way to service, it keeps the status current, re-reading the account now and then.
 *
 * @tag light-account-status
 * @summary Explains the account's status to the customer.
 *
 * @fires light-error - When the account cannot be loaded or the element is not configured.
 * @fires light-service-active - Once, when the service it showed on its way becomes active. Detail: `{ accountUuid }`.
 *
 * @csspart base - The status box.
 * @csspart title - The status headline.
 * @csspart error - The error box.
 * @csspart skeleton - The loading placeholder.
 * @csspart button - Buttons (retry).
 * @csspart help - The support contacts (`<light-support-info>`) shown when the customer needs help.
 *
 * @cssprop --light-color-primary - Accent color.
 * @cssprop --light-color-success - Color of good news.
 * @cssprop --light-color-warning - Color of statuses that need the customer.
 * @cssprop --light-color-danger - Color of cancelled statuses and errors.
 */
export class LightAccountStatus extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), accountStatusStyles];

  readonly #account: AccountController = new AccountController(this, () => this.client, {
    watch: () => !!this.#account.value && isServiceOnTheWay(this.#account.value),
    onServiceActive: (account) => this.emit('light-service-active', { accountUuid: account.uuid }),
  });

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return this.#account.task.render({
      initial: () => renderSkeleton(locale, 2),
      pending: () => (this.#account.value ? this.#renderStatus(this.#account.value) : renderSkeleton(locale, 2)),
      complete: (account) => this.#renderStatus(account),
      error: (error) => {
        const failure = toLightError(error);
        return renderErrorState(failure, { locale, onRetry: () => void this.#account.task.run() });
      },
    }) as TemplateResult;
  }

  protected override get watchedTasks() {
    return [this.#account.task];
  }

  #renderStatus(account: Account): TemplateResult {
    const status = explainStatus(account, this.resolvedLocale);
    return html`<section class="surface status tone-${status.tone}" part="base" aria-labelledby="title">
      <span class="badge" aria-hidden="true">${TONE_MARK[status.tone]}</span>
      <h2 class="title" id="title" part="title">${status.title}</h2>
      <p class="body">${status.body}</p>
      ${status.action ? html`<p class="action">${status.action}</p>` : null}
      ${status.tone === 'warning' || status.tone === 'danger' ? this.#renderHelp(account) : null}
    </section>`;
  }

  /** Where to get help, when the customer must act or service has a problem: support contacts, loaded on need. */
  #renderHelp(account: Account): TemplateResult | null {
    if (!account.locations.length) return null;
    if (!customElements.get('light-support-info')) void import('../support-info/light-support-info.js');
    return html`<light-support-info class="help" part="help" heading-level="3"></light-support-info>`;
  }
}

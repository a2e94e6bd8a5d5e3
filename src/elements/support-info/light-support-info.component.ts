import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getSupportInfo } from '../../api/support-info.js';
import { LightApiError } from '../../api/errors.js';
import type { Account, Location, SupportContact, SupportInfo } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { keepTogetherStyles } from '../../core/keep-together.js';
import { LightDataElement } from '../../core/light-element.js';
import { resolveLocation } from '../../core/location.js';
import { headingLevel, renderEmptyState, renderSkeleton, renderTaskError } from '../../core/templates.js';
import { supportInfoMsg as msg } from './light-support-info.messages.js';
import { supportInfoStyles } from './light-support-info.styles.js';
import { contactLines, hasContact, isEmptySupportInfo, type ContactLine } from './support-contacts.js';

/**
 * Who to call, for a service location: the partner's customer support (powered by Light) for bills, plans and
 * the account, and the TDU, the utility that owns the poles and wires, for outages, explained in plain words.
 * It also says what to do when moving (contact support) and that switching providers needs no cancellation.
 * Phone numbers and email addresses become `tel:` and `mailto:` links only when they are valid; web addresses
 * only when they are http(s). Anything else is shown as text.
 *
 * @tag light-support-info
 * @summary Support and outage contacts (partner support and the TDU) for a service location.
 *
 * @fires light-error - When the contacts cannot be loaded or the element is not configured.
 *
 * @csspart base - The element's box.
 * @csspart heading - The element's heading.
 * @csspart subheading - The headings of the contacts and of the moving guidance.
 * @csspart contact - One contact (support, the utility).
 * @csspart contact-name - A contact's name.
 * @csspart list - A contact's phone, email and website.
 * @csspart link - A phone, email or web link.
 * @csspart moving - The guidance on moving and cancelling.
 * @csspart empty - The empty state.
 * @csspart error - The error box.
 * @csspart button - Buttons (retry).
 * @csspart skeleton - The loading placeholder.
 *
 * @cssprop --light-color-primary - Links.
 * @cssprop --light-color-divider - Separators between contacts.
 */
export class LightSupportInfo extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), keepTogetherStyles, supportInfoStyles];

  /** The service location whose contacts to show. Unset: the account's first location. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /** The level of the element's heading (2–6); the contacts' headings are one level below. Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private announcement = '';

  readonly #account = new AccountController(this, () => this.client);

  readonly #info = new Task(this, {
    task: async ([client, locationUuid], { signal }): Promise<SupportInfo | null | typeof initialState> => {
      if (!client || !locationUuid) return initialState;
      try {
        return await getSupportInfo(client, locationUuid, { signal });
      } catch (error) {
        // No contacts for this location: an empty state, not an error.
        if (error instanceof LightApiError && error.code === 'not_found') return null;
        throw error;
      }
    },
    args: () => [this.client, this.#location()?.uuid] as const,
    onComplete: (info) => {
      const locale = this.resolvedLocale;
      this.announcement = info && !isEmptySupportInfo(info) ? msg(locale, 'loaded') : msg(locale, 'emptyTitle');
    },
  });

  protected override get watchedTasks() {
    return [this.#account.task, this.#info];
  }

  #location(account: Account | undefined = this.#account.value): Location | null {
    return resolveLocation(account, this.locationUuid);
  }

  // Rendering ----------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="support surface" part="base" aria-labelledby="heading">
      ${this.#heading('heading', msg(locale, 'title'))}
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.#renderBody()}
    </section>`;
  }

  #heading(id: string, text: string, offset = 0): TemplateResult {
    const level = headingLevel(this.headingLevel, 2, offset);
    const part = offset ? 'subheading' : 'heading';
    return html`<div role="heading" aria-level=${level} id=${id} class="heading ${part}" part=${part}>${text}</div>`;
  }

  #renderBody(): unknown {
    const locale = this.resolvedLocale;
    const accountTask = this.#account.task;
    const account = this.#account.value;
    if (!account) {
      return accountTask.status === TaskStatus.ERROR ? renderTaskError(accountTask, locale) : renderSkeleton(locale, 4);
    }
    if (!this.#location(account)) return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyNoLocation'));
    const task = this.#info;
    if (task.status === TaskStatus.ERROR) return renderTaskError(task, locale);
    if (task.status !== TaskStatus.COMPLETE) return renderSkeleton(locale, 4);
    const info = task.value as SupportInfo | null;
    if (!info || isEmptySupportInfo(info)) {
      return renderEmptyState(msg(locale, 'emptyTitle'), msg(locale, 'emptyNoContacts'));
    }
    return html`<div class="contacts">${this.#renderSupport(info.support)} ${this.#renderTdu(info.tdu)}</div>
      <div class="moving" part="moving">
        ${this.#heading('moving', msg(locale, 'movingTitle'), 1)}
        <p>${msg(locale, 'moving')}</p>
        <p class="muted">${msg(locale, 'switching')}</p>
      </div>`;
  }

  #renderSupport(contact: SupportContact | null): TemplateResult {
    const locale = this.resolvedLocale;
    const name = contact?.name.trim() || msg(locale, 'supportFallbackName');
    return html`<div class="contact" part="contact" role="group" aria-labelledby="support">
      ${this.#heading('support', msg(locale, 'supportTitle'), 1)}
      ${hasContact(contact) ? html`<p class="name" part="contact-name">${name}</p>` : nothing}
      <p class="muted">${msg(locale, 'supportHelps')} ${msg(locale, 'poweredByLight')}</p>
      ${this.#renderLines(contactLines(contact), name)}
    </div>`;
  }

  #renderTdu(contact: SupportContact | null): TemplateResult {
    const locale = this.resolvedLocale;
    const named = contact?.name.trim();
    const name = named || msg(locale, 'tduFallbackName');
    return html`<div class="contact tdu" part="contact" role="group" aria-labelledby="tdu">
      ${this.#heading('tdu', msg(locale, 'tduTitle'), 1)}
      ${named ? html`<p class="name" part="contact-name">${named}</p>` : nothing}
      <p>${hasContact(contact) ? msg(locale, 'tduExplained', { name }) : msg(locale, 'tduUnknown')}</p>
      ${this.#renderLines(contactLines(contact), name)}
    </div>`;
  }

  #renderLines(lines: ContactLine[], name: string): unknown {
    if (!lines.length) return nothing;
    const locale = this.resolvedLocale;
    return html`<dl class="lines" part="list" aria-label=${msg(locale, 'listLabel', { name })}>
      ${lines.map(
        (line) =>
          html`<div>
            <dt>${msg(locale, line.kind)}</dt>
            <dd>${this.#renderValue(line)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  /** A value as a link when it is a valid one, else as text. */
  #renderValue(line: ContactLine): unknown {
    if (!line.href) return html`<span class="value">${line.label}</span>`;
    if (line.kind === 'phone') return html`<a class="value" data-value href=${line.href} part="link">${line.label}</a>`;
    if (line.kind === 'email') return html`<a class="value" href=${line.href} part="link">${breakable(line.label)}</a>`;
    return html`<a class="value" href=${line.href} target="_blank" rel="noopener noreferrer" part="link"
      >${breakable(line.label)}<span class="visually-hidden"> (${msg(this.resolvedLocale, 'opensInNewTab')})</span
      ><span class="arrow" aria-hidden="true">&nbsp;↗</span></a
    >`;
  }
}

/**
 * An address that may wrap only where a reader expects it to: before `@` and after `/` (on a narrow screen). Each
 * piece is kept whole (`keepTogetherStyles`): a domain's hyphen is no place to break `sandbox-energy.example`.
 */
function breakable(value: string): unknown[] {
  return value
    .split(/(?=@)|(?<=\/)/)
    .flatMap((piece, i) => [...(i ? [html`<wbr />`] : []), html`<span class="kept">${piece}</span>`]);
}

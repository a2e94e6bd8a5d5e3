import { initialState, Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { getBillingAddress, updateBillingAddress } from '../../api/endpoints.js';
import type { LightApiError } from '../../api/errors.js';
import type { BillingAddress, Location } from '../../api/types.js';
import { AccountController } from '../../core/account-controller.js';
import { formatAddress } from '../../core/address.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { formStyles } from '../../core/form.styles.js';
import { keepTogether, keepTogetherStyles } from '../../core/keep-together.js';
import { LightDataElement } from '../../core/light-element.js';
import { headingLevel, renderErrorState, renderSkeleton, renderTaskError } from '../../core/templates.js';
import { resolveLocation } from '../../core/location.js';
import {
  checkField,
  DEFAULT_STATE,
  firstInvalid,
  normalizeAddress,
  US_STATES,
  validateAddress,
  type AddressField,
  type AddressProblems,
  type AddressValues,
  type FieldProblem,
} from './billing-address-form.js';
import { billingAddressMsg as msg } from './light-billing-address.messages.js';
import { billingAddressStyles } from './light-billing-address.styles.js';

/** Detail of `light-billing-address-updated`: the address now on file. */
export interface BillingAddressUpdatedDetail {
  address: {
    address_1: string;
    address_2: string | null;
    city: string;
    state: string;
    postal_code: string;
  };
  sameAsServiceAddress: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-billing-address-updated': CustomEvent<BillingAddressUpdatedDetail>;
  }
}

const BLANK: AddressValues = { address_1: '', address_2: '', city: '', state: DEFAULT_STATE, postal_code: '' };
/** The ZIP+4 the hint and the error show as an example (kept on one line in the hint, hyphen included). */
const ZIP_EXAMPLE = '75201-1234';

type AddressLike = Pick<Location, 'address_1' | 'address_2' | 'city' | 'state' | 'postal_code'>;

function toValues(address: AddressLike): AddressValues {
  return {
    address_1: address.address_1 ?? '',
    address_2: address.address_2 ?? '',
    city: address.city ?? '',
    state: address.state || DEFAULT_STATE,
    postal_code: address.postal_code ?? '',
  };
}

/**
 * The customer's billing address, and a form to change it. Usually it is the service address: with "Same as my
 * service address" on, the service address is shown once, as text, no fields are asked, and Save stays
 * unavailable (`aria-disabled`) until the choice differs from what is on file.
 *
 * Fields are checked before anything is sent (street, city, a US state — Texas by default — and a 5-digit ZIP
 * code or ZIP+4); each problem is shown under its field and linked to it, and focus moves to the first one. An
 * address on file that would fail these checks is flagged as soon as it loads.
 * A rejection from the API (422) shows its own message; any failure keeps what the customer typed, and a failure
 * that may be temporary offers to send the same address again. The save button is marked `aria-disabled` while
 * saving (it keeps focus, and a second press sends nothing). Success is announced politely.
 *
 * @tag light-billing-address
 * @summary The billing address, the same as the service address or another one.
 *
 * @fires light-billing-address-updated - When a new billing address is saved. Detail: `{ address, sameAsServiceAddress }`.
 * @fires light-error - When the address cannot be loaded or saved, or the element is not configured.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The heading.
 * @csspart form - The form.
 * @csspart input - Text fields and the state list.
 * @csspart field-error - A field's error message.
 * @csspart button - Buttons (save, retry).
 * @csspart success - The saved message.
 * @csspart empty - The note shown when no address is on file yet.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - Error boxes.
 *
 * @cssprop --light-color-primary - The save button and focus.
 * @cssprop --light-color-border - Field borders.
 * @cssprop --light-color-danger - Field errors.
 * @cssprop --light-color-success - The saved message.
 */
export class LightBillingAddress extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), formStyles, keepTogetherStyles, billingAddressStyles];

  /** The service location whose address "same as service address" uses. Default: the account's first. */
  @property({ attribute: 'location-uuid' }) locationUuid?: string;

  /** Heading level of the element's heading (2–6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private same = false;
  @state() private values: AddressValues = { ...BLANK };
  @state() private problems: AddressProblems = {};
  @state() private saving = false;
  @state() private saveError: LightApiError | null = null;
  @state() private savedMessage = '';
  /** The address as the API last gave or accepted it. */
  @state() private onFile: BillingAddress | null = null;

  readonly #account = new AccountController(this, () => this.client);

  readonly #address = new Task(this, {
    task: async ([client], { signal }) => (client ? getBillingAddress(client, { signal }) : initialState),
    args: () => [this.client] as const,
    onComplete: (address: BillingAddress) => this.#useOnFile(address),
  });

  #lastSent: BillingAddress | null = null;
  #focusField: AddressField | null = null;

  protected override get watchedTasks() {
    return [this.#address];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusField) {
      this.renderRoot.querySelector<HTMLElement>(`#${this.#focusField}`)?.focus();
      this.#focusField = null;
    }
  }

  #useOnFile(address: BillingAddress): void {
    this.onFile = address;
    this.same = address.same_as_service_address;
    this.values = address.same_as_service_address ? { ...BLANK } : toValues(address);
    // An address on file that would not pass the checks (no ZIP code, say) is flagged at once, without moving focus.
    this.problems = address.same_as_service_address || !address.address_1 ? {} : validateAddress(this.values);
  }

  /** The service address "same as service address" refers to, if known. */
  get #serviceAddress(): AddressLike | null {
    const location = resolveLocation(this.#account.value, this.locationUuid);
    if (location?.address_1) return location;
    // Light fills the fields with the service address while the two are the same.
    if (this.onFile?.same_as_service_address && this.onFile.address_1) return this.onFile;
    return null;
  }

  /** "Same as my service address" is on, as it is on file: saving would change nothing. */
  get #unchanged(): boolean {
    return this.same && this.#serviceAddress !== null && this.onFile?.same_as_service_address === true;
  }

  // Rendering ---------------------------------------------------------------------------------------------------

  protected override renderContent(): TemplateResult {
    const locale = this.resolvedLocale;
    const level = headingLevel(this.headingLevel, 2);
    const body = this.#address.render({
      initial: () => renderSkeleton(locale, 4),
      pending: () => (this.onFile ? this.#renderForm(locale) : renderSkeleton(locale, 4)),
      error: () => renderTaskError(this.#address, locale),
      complete: () => this.#renderForm(locale),
    });
    return html`<section class="base surface" part="base" aria-labelledby="heading">
      <div role="heading" aria-level=${level} id="heading" class="heading" part="heading">
        ${msg(locale, 'heading')}
      </div>
      ${body}
    </section>`;
  }

  #renderForm(locale: SupportedLocale): TemplateResult {
    const service = this.#serviceAddress;
    const same = this.same && service !== null;
    const nothingOnFile = !service && !this.onFile?.address_1;
    const unchanged = this.#unchanged;
    return html`<form class="form" part="form" novalidate @submit=${this.#submit}>
      <p class="muted intro">${msg(locale, 'intro')}</p>
      ${
        nothingOnFile
          ? html`<div class="state empty-note" part="empty">
              <p class="state-title">${msg(locale, 'emptyTitle')}</p>
              <p class="muted">${msg(locale, 'emptyBody')}</p>
            </div>`
          : nothing
      }
      ${
        service
          ? html`<div class="toggle">
              <input
                type="checkbox"
                id="same"
                .checked=${same}
                aria-describedby="same-hint"
                @change=${this.#onToggle}
              />
              <label for="same">${msg(locale, 'same')}</label>
              <p id="same-hint" class="muted hint">${msg(locale, 'sameHint', { address: formatAddress(service) })}</p>
            </div>`
          : nothing
      }
      ${
        same
          ? nothing
          : html`<div class="fields">
              ${this.#field('address_1', msg(locale, 'address1'), 'address-line1')}
              ${this.#field('address_2', msg(locale, 'address2'), 'address-line2')}
              ${this.#field('city', msg(locale, 'city'), 'address-level2')}
              <div class="row">
                ${this.#field('state', msg(locale, 'state'), 'address-level1')}
                ${this.#field('postal_code', msg(locale, 'postalCode'), 'postal-code')}
              </div>
            </div>`
      }
      ${
        this.saveError
          ? renderErrorState(this.saveError, {
              locale,
              title: msg(locale, 'saveFailedTitle'),
              busy: this.saving,
              onRetry: this.#lastSent ? this.#retry : undefined,
            })
          : nothing
      }
      <div class="actions">
        <button
          type="submit"
          class="save"
          part="button save-button"
          aria-disabled=${this.saving || unchanged ? 'true' : 'false'}
        >
          ${this.saving ? msg(locale, 'saving') : msg(locale, 'save')}
        </button>
      </div>
      <p class="success" part="success" role="status" aria-live="polite">
        ${this.savedMessage ? html`<span aria-hidden="true">✓ </span>${this.savedMessage}` : nothing}
      </p>
    </form>`;
  }

  #problemText(field: AddressField, problem: FieldProblem): string {
    const locale = this.resolvedLocale;
    switch (problem) {
      case 'required':
        return field === 'address_1' || field === 'city' || field === 'state' || field === 'postal_code'
          ? msg(locale, `errorRequired_${field}`)
          : '';
      case 'state':
        return msg(locale, 'errorState');
      case 'zip':
        return msg(locale, 'errorZip', { example: ZIP_EXAMPLE });
      case 'too_long':
        return msg(locale, 'errorTooLong');
    }
  }

  #field(field: AddressField, label: string, autocomplete: string) {
    const locale = this.resolvedLocale;
    const value = this.values[field];
    const problem = this.problems[field];
    const required = field !== 'address_2';
    const hint = field === 'postal_code' ? msg(locale, 'postalHint', { example: ZIP_EXAMPLE }) : '';
    const describedBy = [hint && `${field}-hint`, problem && `${field}-error`].filter(Boolean).join(' ');
    const common = {
      invalid: problem ? 'true' : 'false',
      describedBy: describedBy || nothing,
      autocomplete: `billing ${autocomplete}`,
    };
    let control: TemplateResult;
    if (field === 'state') {
      const known = US_STATES.some(([code]) => code === value.toUpperCase());
      control = html`<select
        id="state"
        name="state"
        part="input"
        autocomplete=${common.autocomplete}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        required
        @change=${this.#onInput('state')}
      >
        ${known ? nothing : html`<option value="" ?selected=${!known}>—</option>`}
        ${US_STATES.map(
          ([code, name]) => html`<option value=${code} ?selected=${code === value.toUpperCase()}>${name}</option>`,
        )}
      </select>`;
    } else {
      control = html`<input
        id=${field}
        name=${field}
        part="input"
        type="text"
        .value=${value}
        ?required=${required}
        inputmode=${field === 'postal_code' ? 'numeric' : nothing}
        maxlength=${field === 'postal_code' ? 10 : nothing}
        autocomplete=${common.autocomplete}
        aria-invalid=${common.invalid}
        aria-describedby=${common.describedBy}
        @input=${this.#onInput(field)}
      />`;
    }
    return html`<div class="field field-${field.replace('_', '-')} ${problem ? 'invalid' : ''}">
      <label for=${field}>${label}</label>
      ${hint ? html`<p id="${field}-hint" class="hint muted">${keepTogether(hint, [ZIP_EXAMPLE])}</p>` : nothing}
      ${control}
      ${
        problem
          ? html`<p id="${field}-error" class="field-error" part="field-error">
              <span class="error-mark" aria-hidden="true">!</span> ${this.#problemText(field, problem)}
            </p>`
          : nothing
      }
    </div>`;
  }

  // Actions -----------------------------------------------------------------------------------------------------

  #onInput(field: AddressField) {
    return (event: Event) => {
      const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
      this.values = { ...this.values, [field]: value };
      // Once shown, a field's error clears as soon as it is fixed (new errors wait for the next save).
      if (this.problems[field]) {
        const problem = checkField(field, value);
        const problems = { ...this.problems };
        if (problem) problems[field] = problem;
        else delete problems[field];
        this.problems = problems;
      }
      this.savedMessage = '';
      this.saveError = null;
    };
  }

  #onToggle = (event: Event): void => {
    this.same = (event.target as HTMLInputElement).checked;
    this.problems = {};
    this.savedMessage = '';
    this.saveError = null;
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.saving || this.#unchanged) return;
    const service = this.#serviceAddress;
    let body: BillingAddress;
    if (this.same && service) {
      const address = normalizeAddress(toValues(service));
      body = { ...address, address_2: address.address_2 || null, same_as_service_address: true };
    } else {
      const problems = validateAddress(this.values);
      this.problems = problems;
      const first = firstInvalid(problems);
      if (first) {
        this.savedMessage = '';
        this.#focusField = first;
        return;
      }
      const address = normalizeAddress(this.values);
      this.values = address;
      body = { ...address, address_2: address.address_2 || null, same_as_service_address: false };
    }
    await this.#send(body);
  };

  /** Sends the same address again, unchanged. */
  #retry = (): void => {
    if (this.#lastSent) void this.#send(this.#lastSent);
  };

  async #send(body: BillingAddress): Promise<void> {
    const client = this.client;
    if (!client || this.saving) return;
    this.#lastSent = body;
    this.saving = true;
    this.saveError = null;
    this.savedMessage = '';
    try {
      await updateBillingAddress(client, body);
      this.onFile = body;
      this.savedMessage = msg(this.resolvedLocale, 'saved');
      this.emit('light-billing-address-updated', {
        address: {
          address_1: body.address_1,
          address_2: body.address_2,
          city: body.city,
          state: body.state,
          postal_code: body.postal_code,
        },
        sameAsServiceAddress: body.same_as_service_address,
      });
      // The account's enrollment flags may have changed (billing address confirmed): tell the other elements.
      void this.#account.refresh().catch(() => undefined);
    } catch (error) {
      const failure = this.reportError(error);
      if (failure) this.saveError = failure;
    } finally {
      this.saving = false;
    }
  }
}

import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { searchAddresses, searchEsiId } from '../../api/endpoints.js';
import type { LightApiError } from '../../api/errors.js';
import type { ServiceAddress } from '../../api/types.js';
import { formatAddress } from '../../core/address.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import { focusTarget, toLightError } from '../../core/templates.js';
import {
  renderAddressSearch,
  renderConfirm,
  renderConfirmed,
  renderEsiSearch,
  type Mode,
  type Status,
} from './address-search.templates.js';
import { checkEsiId, esiIdFailure, esiIdProblem } from './esi-id.js';
import { LatestSearch } from './latest-search.js';
import { addressSearchMsg as msg } from './light-address-search.messages.js';
import { addressSearchStyles } from './light-address-search.styles.js';
import { listboxKey } from './listbox-keys.js';

export interface AddressSelectDetail {
  /** The service address as the utility has it. */
  address: ServiceAddress;
  /** Its ESI ID (the meter). */
  esiId: string;
  /** How it was found. */
  source: 'address' | 'esi-id';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'light-address-select': CustomEvent<AddressSelectDetail>;
    'light-address-confirm': CustomEvent<AddressSelectDetail>;
  }
}

/**
 * Finds the customer's service address and its ESI ID: a type-ahead combobox (ARIA 1.2) over Light's address
 * search, with a search by ESI ID as the fallback. Choosing an address does not confirm it — the docs require the
 * customer to confirm the utility's address and ESI ID in a separate step — so with `confirm` the element shows
 * that step itself and emits `light-address-confirm`.
 *
 * Works in forms: its value is the chosen ESI ID, it supports `required`, `name`, reset and disabled fieldsets.
 *
 * @tag light-address-search
 * @summary Type-ahead service address search with an ESI ID fallback.
 *
 * @fires light-address-select - When the customer chooses an address. Detail: `{ address, esiId, source }`.
 * @fires light-address-confirm - When the customer confirms the chosen address (with `confirm`). Same detail.
 * @fires light-error - When a search fails or the element is not configured.
 *
 * @csspart base - The wrapper.
 * @csspart label - The field label.
 * @csspart input - The text field.
 * @csspart listbox - The suggestion list.
 * @csspart option - One suggestion.
 * @csspart confirm - The confirmation box.
 * @csspart button - Buttons.
 * @csspart error - The error box.
 *
 * @cssprop --light-color-primary - Accent, focus and the active suggestion.
 * @cssprop --light-color-border - Field border.
 */
export class LightAddressSearch extends LightDataElement {
  static override styles = [...(LightDataElement.styles as []), formStyles, addressSearchStyles];
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Text to search for at start, for partners who already have the customer's address. */
  @property() query = '';

  /** Form field name; the submitted value is the ESI ID. */
  @property({ reflect: true }) name?: string;

  /** The form cannot be submitted until an address is chosen (and confirmed, with `confirm`). */
  @property({ type: Boolean, reflect: true }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** After a choice, ask the customer to confirm the address and ESI ID, and emit `light-address-confirm`. */
  @property({ type: Boolean }) confirm = false;

  /** Characters typed before searching. */
  @property({ type: Number, attribute: 'min-chars' }) minChars = 3;

  /** Milliseconds of quiet typing before a search. */
  @property({ type: Number }) debounce = 250;

  /** Field label; default "Service address". */
  @property() label?: string;

  @state() private mode: Mode = 'address';
  @state() private text = '';
  @state() private results: ServiceAddress[] = [];
  @state() private status: Status = 'idle';
  @state() private error: LightApiError | null = null;
  @state() private open = false;
  @state() private activeIndex = -1;
  @state() private selected: ServiceAddress | null = null;
  @state() private selectedSource: Mode = 'address';
  @state() private confirmed = false;
  @state() private esiText = '';
  @state() private esiError: string | null = null;
  @state() private esiResults: ServiceAddress[] | null = null;
  @state() private announcement = '';

  private get input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#input');
  }

  readonly #internals = this.attachInternals();
  #search?: LatestSearch<ServiceAddress[]>;
  #lastQuery = '';
  #prefilled = false;
  #valueToLoad = '';

  /**
   * The chosen ESI ID, or `''`. Setting it — to an ESI ID the partner already has — looks the address up and
   * shows it as chosen (awaiting confirmation with `confirm`), without firing `light-address-select`.
   */
  @property()
  get value(): string {
    return this.selected?.esi_id ?? this.#valueToLoad;
  }
  set value(esiId: string | null | undefined) {
    const next = (esiId ?? '').trim();
    const old = this.value;
    if (next === old) return;
    this.#valueToLoad = next;
    if (!next) {
      this.selected = null;
      this.confirmed = false;
    }
    this.requestUpdate('value', old);
  }

  /** The chosen address, or `null`. */
  get selectedAddress(): ServiceAddress | null {
    return this.selected;
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Clears the choice and the search. */
  reset(): void {
    this.#search?.cancel();
    this.#valueToLoad = '';
    this.text = '';
    this.results = [];
    this.status = 'idle';
    this.error = null;
    this.open = false;
    this.activeIndex = -1;
    this.selected = null;
    this.confirmed = false;
    this.esiText = '';
    this.esiError = null;
    this.esiResults = null;
    this.mode = 'address';
    this.announcement = '';
  }

  formResetCallback(): void {
    this.reset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('debounce') || changed.has('client' as keyof LightAddressSearch)) {
      this.#search?.cancel();
      const client = this.client;
      this.#search = client
        ? new LatestSearch({
            search: (text, signal) => searchAddresses(client, text, { signal }),
            debounceMs: this.debounce,
          })
        : undefined;
    }
    if (changed.has('query') && this.query !== undefined && !this.selected) this.text = this.query;
    if (this.#valueToLoad && this.client && this.#valueToLoad !== this.selected?.esi_id) {
      void this.#loadValue(this.#valueToLoad);
    }
    // A prefilled query is searched once, as soon as there is a client to search with.
    if (!this.#prefilled && this.#search && this.text.trim().length >= this.minChars) {
      this.#prefilled = true;
      void this.#runSearch(this.text, true);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const missing = this.required && (!this.selected || (this.confirm && !this.confirmed));
    this.#internals.setFormValue(this.selected ? this.selected.esi_id : null);
    if (missing)
      this.#internals.setValidity(
        { valueMissing: true },
        msg(this.resolvedLocale, 'required'),
        this.input ?? undefined,
      );
    else this.#internals.setValidity({});
  }

  protected override get watchedTasks() {
    return [{ error: this.error }];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#search?.cancel();
  }

  protected override renderContent(): TemplateResult {
    return html`<div class="base" part="base">
      ${this.#renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  #renderBody(): TemplateResult {
    const locale = this.resolvedLocale;
    const selected = this.selected;
    const onUnselect = () => void this.#unselect();
    if (selected && this.confirm) {
      return this.confirmed
        ? renderConfirmed(locale, selected, { disabled: this.disabled, onUnselect })
        : renderConfirm(locale, selected, { onConfirm: () => void this.#confirm(), onUnselect });
    }
    if (this.mode === 'esi-id') {
      return renderEsiSearch(locale, {
        text: this.esiText,
        fieldError: this.esiError,
        matches: this.esiResults,
        status: this.status,
        error: this.error,
        disabled: this.disabled,
        onInput: (value) => {
          this.esiText = value;
          this.esiError = null;
        },
        onSubmit: () => void this.#searchEsi(),
        onRetry: () => void this.#searchEsi(),
        onUseAddress: () => void this.#setMode('address'),
        onChoose: (address) => void this.#choose(address, 'esi-id'),
      });
    }
    return renderAddressSearch(locale, {
      label: this.label,
      text: this.text,
      results: this.results,
      status: this.status,
      error: this.error,
      open: this.open,
      activeIndex: this.activeIndex,
      answered: this.#lastQuery,
      minChars: this.minChars,
      disabled: this.disabled,
      required: this.required,
      onInput: (event) => this.#onInput(event),
      onKeyDown: (event) => this.#onKeyDown(event),
      onFocus: () => this.#onFocus(),
      onBlur: () => this.#onBlur(),
      onHover: (index) => {
        if (this.activeIndex !== index) this.activeIndex = index;
      },
      onChoose: (address) => void this.#choose(address, 'address'),
      onRetry: () => void this.#runSearch(this.text, true),
      onUseEsiId: () => void this.#setMode('esi-id'),
    });
  }

  // Address mode ------------------------------------------------------------------------------------------------

  #onInput(event: InputEvent): void {
    this.text = (event.target as HTMLInputElement).value;
    this.selected = null;
    this.confirmed = false;
    this.activeIndex = -1;
    const trimmed = this.text.trim();
    if (trimmed.length < this.minChars) {
      this.#search?.cancel();
      this.results = [];
      this.open = false;
      this.status = 'idle';
      this.announcement = '';
      return;
    }
    void this.#runSearch(this.text);
  }

  async #runSearch(text: string, immediate = false): Promise<void> {
    const search = this.#search;
    if (!search) return;
    this.status = 'loading';
    this.error = null;
    this.announcement = msg(this.resolvedLocale, 'searching');
    const outcome = await search.request(text, { immediate });
    if (outcome.status === 'superseded') return;
    this.#lastQuery = outcome.query.trim();
    if (outcome.status === 'error') {
      this.status = 'error';
      this.error = toLightError(outcome.error);
      this.results = [];
      this.open = false;
      this.announcement = '';
      return;
    }
    this.status = 'done';
    this.results = outcome.value;
    this.activeIndex = -1;
    this.open = outcome.value.length > 0;
    const locale = this.resolvedLocale;
    this.announcement = outcome.value.length
      ? msg(locale, 'results', { count: outcome.value.length })
      : msg(locale, 'noResults');
  }

  #onKeyDown(event: KeyboardEvent): void {
    const state = { open: this.open, activeIndex: this.activeIndex, count: this.results.length, hasText: !!this.text };
    const action = listboxKey(event.key, state);
    if (!action) return;
    if (action.kind !== 'leave') event.preventDefault();
    switch (action.kind) {
      case 'move':
        this.open = true;
        this.activeIndex = action.activeIndex;
        break;
      case 'choose':
        void this.#choose(this.results[action.index], 'address');
        break;
      case 'close':
        this.open = false;
        this.activeIndex = -1;
        break;
      case 'clear':
        this.#search?.cancel();
        this.text = '';
        this.results = [];
        this.status = 'idle';
        this.selected = null;
        break;
      case 'leave':
        this.open = false;
        break;
    }
  }

  #onFocus(): void {
    if (this.results.length && !this.selected) this.open = true;
  }

  #onBlur(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  // ESI ID mode -------------------------------------------------------------------------------------------------

  async #searchEsi(): Promise<void> {
    const locale = this.resolvedLocale;
    const check = checkEsiId(this.esiText);
    if (!check.valid) {
      this.esiError = msg(locale, esiIdProblem(check.reason));
      this.esiResults = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#esi')?.focus();
      return;
    }
    if (!this.client || this.status === 'loading') return;
    this.status = 'loading';
    this.error = null;
    this.esiResults = null;
    try {
      const matches = await searchEsiId(this.client, check.value);
      this.status = 'done';
      this.esiResults = matches;
      this.announcement = matches.length
        ? msg(locale, 'results', { count: matches.length })
        : msg(locale, 'esiNoMatch');
      if (matches.length === 1) this.#choose(matches[0], 'esi-id');
    } catch (error) {
      const failure = toLightError(error);
      const where = esiIdFailure(failure.code);
      if (where === 'failed') {
        this.status = 'error';
        this.error = failure;
      } else {
        // A 4xx on an ESI ID means the number itself was refused: say so at the field.
        this.status = 'done';
        this.esiError = where === 'no-match' ? msg(locale, 'esiNoMatch') : failure.message;
      }
    }
  }

  /** Selects the address of a given ESI ID (a programmatic choice: no select event). */
  async #loadValue(esiId: string): Promise<void> {
    const client = this.client!;
    this.#prefilled = true;
    this.status = 'loading';
    try {
      const [match] = await searchEsiId(client, esiId);
      if (this.#valueToLoad !== esiId) return;
      this.#valueToLoad = '';
      this.status = 'done';
      if (match) {
        this.selected = match;
        this.selectedSource = 'esi-id';
        this.confirmed = false;
        this.text = formatAddress(match);
      } else {
        this.mode = 'esi-id';
        this.esiText = esiId;
        this.esiError = msg(this.resolvedLocale, 'esiNoMatch');
      }
    } catch (error) {
      if (this.#valueToLoad !== esiId) return;
      this.#valueToLoad = '';
      this.status = 'error';
      this.error = toLightError(error);
      this.mode = 'esi-id';
      this.esiText = esiId;
    }
  }

  async #setMode(mode: Mode): Promise<void> {
    this.#search?.cancel();
    this.mode = mode;
    this.status = 'idle';
    this.error = null;
    this.open = false;
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(mode === 'address' ? '#input' : '#esi')?.focus();
  }

  // Choice and confirmation -------------------------------------------------------------------------------------

  async #choose(address: ServiceAddress, source: Mode): Promise<void> {
    this.selected = address;
    this.selectedSource = source;
    this.confirmed = false;
    this.open = false;
    this.activeIndex = -1;
    this.text = formatAddress(address);
    this.emit('light-address-select', { address, esiId: address.esi_id, source });
    if (this.confirm) {
      await this.updateComplete;
      focusTarget(this.renderRoot.querySelector<HTMLElement>('#confirm-title'));
    }
  }

  async #confirm(): Promise<void> {
    const address = this.selected;
    if (!address) return;
    this.confirmed = true;
    this.emit('light-address-confirm', { address, esiId: address.esi_id, source: this.selectedSource });
    await this.updateComplete;
    focusTarget(this.renderRoot.querySelector<HTMLElement>('#confirmed-title'));
  }

  async #unselect(): Promise<void> {
    this.selected = null;
    this.confirmed = false;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLInputElement>(this.mode === 'address' ? '#input' : '#esi');
    field?.focus();
    field?.select();
  }
}

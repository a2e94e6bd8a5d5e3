import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { searchAddresses, searchEsiId } from '../../api/endpoints.js';
import type { LightApiError } from '../../api/errors.js';
import type { ServiceAddress } from '../../api/types.js';
import { formatAddress } from '../../core/address.js';
import { formStyles } from '../../core/form.styles.js';
import { LightDataElement } from '../../core/light-element.js';
import { renderErrorState, toLightError } from '../../core/templates.js';
import { checkEsiId } from './esi-id.js';
import { LatestSearch } from './latest-search.js';
import { addressSearchMsg as msg } from './light-address-search.messages.js';
import { addressSearchStyles } from './light-address-search.styles.js';

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

type Mode = 'address' | 'esi-id';
type Status = 'idle' | 'loading' | 'done' | 'error';

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

  @query('#input') private input?: HTMLInputElement;

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
    if (missing) this.#internals.setValidity({ valueMissing: true }, msg(this.resolvedLocale, 'required'), this.input);
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
    const body =
      this.selected && this.confirm
        ? this.confirmed
          ? this.#renderConfirmed(this.selected)
          : this.#renderConfirm(this.selected)
        : this.mode === 'address'
          ? this.#renderAddressSearch()
          : this.#renderEsiSearch();
    return html`<div class="base" part="base">
      ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  // Address mode ------------------------------------------------------------------------------------------------

  #renderAddressSearch(): TemplateResult {
    const locale = this.resolvedLocale;
    const showList = this.open && this.results.length > 0;
    const active = showList && this.activeIndex >= 0 ? `option-${this.activeIndex}` : '';
    const noMatch = this.status === 'done' && !this.results.length && this.#lastQuery === this.text.trim();
    return html`
      <label id="label" for="input" part="label">${this.label ?? msg(locale, 'label')}</label>
      <div class="combo">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          aria-labelledby="label"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${showList ? 'true' : 'false'}
          aria-activedescendant=${active || nothing}
          aria-describedby="hint"
          aria-busy=${this.status === 'loading' ? 'true' : 'false'}
          placeholder=${msg(locale, 'placeholder')}
          .value=${this.text}
          ?disabled=${this.disabled}
          ?required=${this.required}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
          @focus=${this.#onFocus}
          @blur=${this.#onBlur}
        />
        ${this.status === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        <ul
          id="listbox"
          role="listbox"
          part="listbox"
          aria-label=${this.label ?? msg(locale, 'label')}
          ?hidden=${!showList}
        >
          ${showList ? this.results.map((address, i) => this.#renderOption(address, i)) : nothing}
        </ul>
      </div>
      <p id="hint" class="hint muted">${msg(locale, 'hint', { min: this.minChars })}</p>
      ${
        noMatch
          ? html`<div class="state" part="empty">
              <p class="state-title">${msg(locale, 'noResults')}</p>
              <p class="muted">${msg(locale, 'noResultsHelp')}</p>
            </div>`
          : nothing
      }
      ${
        this.status === 'error' && this.error
          ? renderErrorState(this.error, {
              locale,
              title: msg(locale, 'searchFailed'),
              onRetry: () => void this.#runSearch(this.text, true),
            })
          : nothing
      }
      <button
        type="button"
        class="link"
        part="button"
        ?disabled=${this.disabled}
        @click=${() => this.#setMode('esi-id')}
      >
        ${msg(locale, 'useEsiId')}
      </button>
    `;
  }

  #renderOption(address: ServiceAddress, index: number): TemplateResult {
    const locale = this.resolvedLocale;
    const active = index === this.activeIndex;
    // Keyboard users reach options from the combobox input (aria-activedescendant), as the ARIA 1.2 pattern
    // prescribes; options themselves take pointer events only.
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<li
      id="option-${index}"
      role="option"
      part="option"
      class=${classMap({ option: true, active })}
      aria-selected=${active ? 'true' : 'false'}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.#choose(address, 'address')}
      @mousemove=${() => {
        if (this.activeIndex !== index) this.activeIndex = index;
      }}
    >
      <span class="street">${formatAddress(address)}</span>
      <span class="esi muted"
        >${msg(locale, 'esiIdOf', { id: address.esi_id })}${address.utility ? ` · ${address.utility}` : ''}</span
      >
    </li>`;
  }

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
    const count = this.results.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!this.open) {
          this.open = true;
          this.activeIndex = step > 0 ? 0 : count - 1;
        } else {
          this.activeIndex = (this.activeIndex + step + count) % count;
        }
        break;
      }
      case 'Home':
      case 'End':
        if (!this.open || !count) return;
        event.preventDefault();
        this.activeIndex = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'Enter':
        if (this.open && this.activeIndex >= 0) {
          event.preventDefault();
          this.#choose(this.results[this.activeIndex], 'address');
        }
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
          this.activeIndex = -1;
        } else if (this.text) {
          event.preventDefault();
          this.#search?.cancel();
          this.text = '';
          this.results = [];
          this.status = 'idle';
          this.selected = null;
        }
        break;
      case 'Tab':
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

  #renderEsiSearch(): TemplateResult {
    const locale = this.resolvedLocale;
    const matches = this.esiResults;
    return html`
      <form class="esi-form" novalidate @submit=${this.#onEsiSubmit}>
        <label for="esi" part="label">${msg(locale, 'esiLabel')}</label>
        <input
          id="esi"
          part="input"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="esi-hint${this.esiError ? ' esi-error' : ''}"
          aria-invalid=${this.esiError ? 'true' : 'false'}
          .value=${this.esiText}
          ?disabled=${this.disabled}
          @input=${(event: InputEvent) => {
            this.esiText = (event.target as HTMLInputElement).value;
            this.esiError = null;
          }}
        />
        <p id="esi-hint" class="hint muted">${msg(locale, 'esiHint')}</p>
        ${this.esiError ? html`<p id="esi-error" class="field-error">${this.esiError}</p>` : nothing}
        <div class="actions">
          <button type="submit" part="button" ?disabled=${this.disabled || this.status === 'loading'}>
            ${this.status === 'loading' ? msg(locale, 'searching') : msg(locale, 'esiSearch')}
          </button>
          <button type="button" class="secondary" part="button" @click=${() => this.#setMode('address')}>
            ${msg(locale, 'useAddress')}
          </button>
        </div>
      </form>
      ${
        this.status === 'error' && this.error
          ? renderErrorState(this.error, {
              locale,
              title: msg(locale, 'searchFailed'),
              onRetry: () => void this.#searchEsi(),
            })
          : nothing
      }
      ${matches && !matches.length ? html`<p class="state" role="alert">${msg(locale, 'esiNoMatch')}</p>` : nothing}
      ${
        matches?.length
          ? html`<fieldset class="matches">
              <legend>${msg(locale, 'esiResults')}</legend>
              ${matches.map(
                (address) =>
                  html`<button
                    type="button"
                    class="secondary match"
                    part="button option"
                    @click=${() => this.#choose(address, 'esi-id')}
                  >
                    <span class="street">${formatAddress(address)}</span>
                    <span class="esi">${msg(locale, 'esiIdOf', { id: address.esi_id })}</span>
                  </button>`,
              )}
            </fieldset>`
          : nothing
      }
    `;
  }

  #onEsiSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#searchEsi();
  }

  async #searchEsi(): Promise<void> {
    const locale = this.resolvedLocale;
    const check = checkEsiId(this.esiText);
    if (!check.valid) {
      this.esiError = msg(
        locale,
        check.reason === 'empty' ? 'esiEmpty' : check.reason === 'characters' ? 'esiCharacters' : 'esiLength',
      );
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
      this.status = 'error';
      const failure = toLightError(error);
      // A 4xx on an ESI ID means the number itself was refused: say so at the field.
      if (failure.code === 'validation' || failure.code === 'not_found') {
        this.status = 'done';
        this.esiError = failure.code === 'not_found' ? msg(locale, 'esiNoMatch') : failure.message;
      } else this.error = failure;
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
      this.renderRoot.querySelector<HTMLElement>('#confirm-title')?.focus();
    }
  }

  #renderConfirm(address: ServiceAddress): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="surface confirm" part="confirm" aria-labelledby="confirm-title">
      <h3 id="confirm-title" tabindex="-1">${msg(locale, 'confirmTitle')}</h3>
      <p class="muted">${msg(locale, 'confirmBody')}</p>
      ${this.#renderAddressBlock(address)}
      <div class="actions">
        <button type="button" part="button" @click=${this.#confirm}>${msg(locale, 'confirmYes')}</button>
        <button type="button" class="secondary" part="button" @click=${this.#unselect}>
          ${msg(locale, 'confirmNo')}
        </button>
      </div>
    </section>`;
  }

  #renderConfirmed(address: ServiceAddress): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<section class="surface confirm" part="confirm" aria-labelledby="confirmed-title">
      <h3 id="confirmed-title" tabindex="-1"><span aria-hidden="true">✓ </span>${msg(locale, 'confirmed')}</h3>
      ${this.#renderAddressBlock(address)}
      <div class="actions">
        <button type="button" class="secondary" part="button" ?disabled=${this.disabled} @click=${this.#unselect}>
          ${msg(locale, 'change')}
        </button>
      </div>
    </section>`;
  }

  #renderAddressBlock(address: ServiceAddress): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<address class="address">
      <span class="street">${[address.address_1, address.address_2].filter(Boolean).join(' ')}</span>
      <span>${address.city}, ${address.state} ${address.postal_code}</span>
      <span class="esi"><strong>${msg(locale, 'esiId')}:</strong> <span class="mono">${address.esi_id}</span></span>
      ${address.utility ? html`<span class="muted">${msg(locale, 'utility', { name: address.utility })}</span>` : nothing}
    </address>`;
  }

  async #confirm(): Promise<void> {
    const address = this.selected;
    if (!address) return;
    this.confirmed = true;
    this.emit('light-address-confirm', { address, esiId: address.esi_id, source: this.selectedSource });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirmed-title')?.focus();
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

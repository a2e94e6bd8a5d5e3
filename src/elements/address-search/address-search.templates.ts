/**
 * The address search's views: the combobox and its suggestions, the search by ESI ID, and the confirmation of
 * the chosen address. Each takes what it shows and the handlers it calls; the element owns the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { LightApiError } from '../../api/errors.js';
import type { ServiceAddress } from '../../api/types.js';
import { formatAddress } from '../../core/address.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { renderErrorState } from '../../core/templates.js';
import { addressSearchMsg as msg } from './light-address-search.messages.js';

/** How the customer searches. */
export type Mode = 'address' | 'esi-id';
/** Where the search in progress stands. */
export type Status = 'idle' | 'loading' | 'done' | 'error';

export interface AddressSearchView {
  /** The partner's label, or the default. */
  label: string | undefined;
  text: string;
  results: ServiceAddress[];
  status: Status;
  error: LightApiError | null;
  open: boolean;
  activeIndex: number;
  /** The text of the query the last answer was for (trimmed). */
  answered: string;
  minChars: number;
  disabled: boolean;
  required: boolean;
  onInput: (event: InputEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onFocus: () => void;
  onBlur: () => void;
  /** The pointer is over a suggestion. */
  onHover: (index: number) => void;
  onChoose: (address: ServiceAddress) => void;
  onRetry: () => void;
  onUseEsiId: () => void;
}

/** The combobox over the address search, its suggestions, "no match", the search's error and the ESI ID link. */
export function renderAddressSearch(locale: SupportedLocale, view: AddressSearchView): TemplateResult {
  const label = view.label ?? msg(locale, 'label');
  const showList = view.open && view.results.length > 0;
  const active = showList && view.activeIndex >= 0 ? `option-${view.activeIndex}` : '';
  const noMatch = view.status === 'done' && !view.results.length && view.answered === view.text.trim();
  return html`
    <label id="label" for="input" part="label">${label}</label>
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
        aria-busy=${view.status === 'loading' ? 'true' : 'false'}
        placeholder=${msg(locale, 'placeholder')}
        .value=${view.text}
        ?disabled=${view.disabled}
        ?required=${view.required}
        @input=${view.onInput}
        @keydown=${view.onKeyDown}
        @focus=${view.onFocus}
        @blur=${view.onBlur}
      />
      ${view.status === 'loading' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
      <ul id="listbox" role="listbox" part="listbox" aria-label=${label} ?hidden=${!showList}>
        ${showList ? view.results.map((address, i) => renderOption(locale, view, address, i)) : nothing}
      </ul>
    </div>
    <p id="hint" class="hint muted">${msg(locale, 'hint', { min: view.minChars })}</p>
    ${
      noMatch
        ? html`<div class="state" part="empty">
            <p class="state-title">${msg(locale, 'noResults')}</p>
            <p class="muted">${msg(locale, 'noResultsHelp')}</p>
          </div>`
        : nothing
    }
    ${
      view.status === 'error' && view.error
        ? renderErrorState(view.error, { locale, title: msg(locale, 'searchFailed'), onRetry: view.onRetry })
        : nothing
    }
    <button type="button" class="link" part="button" ?disabled=${view.disabled} @click=${view.onUseEsiId}>
      ${msg(locale, 'useEsiId')}
    </button>
  `;
}

function renderOption(
  locale: SupportedLocale,
  view: AddressSearchView,
  address: ServiceAddress,
  index: number,
): TemplateResult {
  const active = index === view.activeIndex;
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
    @click=${() => view.onChoose(address)}
    @mousemove=${() => view.onHover(index)}
  >
    <span class="street">${formatAddress(address)}</span>
    <span class="esi muted"
      >${msg(locale, 'esiIdOf', { id: address.esi_id })}${address.utility ? ` · ${address.utility}` : ''}</span
    >
  </li>`;
}

export interface EsiSearchView {
  text: string;
  /** What is wrong with the typed ESI ID, said at the field. */
  fieldError: string | null;
  /** The addresses found for it, or `null` before an answer. */
  matches: ServiceAddress[] | null;
  status: Status;
  error: LightApiError | null;
  disabled: boolean;
  onInput: (value: string) => void;
  /** The form is submitted (its default action already prevented). */
  onSubmit: () => void;
  onRetry: () => void;
  onUseAddress: () => void;
  onChoose: (address: ServiceAddress) => void;
}

/** The search by ESI ID: its field and errors, and the addresses found to choose from. */
export function renderEsiSearch(locale: SupportedLocale, view: EsiSearchView): TemplateResult {
  const { matches, fieldError } = view;
  const loading = view.status === 'loading';
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    view.onSubmit();
  };
  return html`
    <form class="esi-form" novalidate @submit=${onSubmit}>
      <label for="esi" part="label">${msg(locale, 'esiLabel')}</label>
      <input
        id="esi"
        part="input"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="esi-hint${fieldError ? ' esi-error' : ''}"
        aria-invalid=${fieldError ? 'true' : 'false'}
        .value=${view.text}
        ?disabled=${view.disabled}
        @input=${(event: InputEvent) => view.onInput((event.target as HTMLInputElement).value)}
      />
      <p id="esi-hint" class="hint muted">${msg(locale, 'esiHint')}</p>
      ${fieldError ? html`<p id="esi-error" class="field-error">${fieldError}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="button" ?disabled=${view.disabled || loading}>
          ${loading ? msg(locale, 'searching') : msg(locale, 'esiSearch')}
        </button>
        <button type="button" class="secondary" part="button" @click=${view.onUseAddress}>
          ${msg(locale, 'useAddress')}
        </button>
      </div>
    </form>
    ${
      view.status === 'error' && view.error
        ? renderErrorState(view.error, { locale, title: msg(locale, 'searchFailed'), onRetry: view.onRetry })
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
                  @click=${() => view.onChoose(address)}
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

/** The chosen address, for the customer to confirm (`onConfirm`) or to choose again (`onUnselect`). */
export function renderConfirm(
  locale: SupportedLocale,
  address: ServiceAddress,
  handlers: { onConfirm: () => void; onUnselect: () => void },
): TemplateResult {
  return html`<section class="surface confirm" part="confirm" aria-labelledby="confirm-title">
    <h3 id="confirm-title" tabindex="-1">${msg(locale, 'confirmTitle')}</h3>
    <p class="muted">${msg(locale, 'confirmBody')}</p>
    ${renderAddressBlock(locale, address)}
    <div class="actions fill-narrow">
      <button type="button" part="button" @click=${handlers.onConfirm}>${msg(locale, 'confirmYes')}</button>
      <button type="button" class="secondary" part="button" @click=${handlers.onUnselect}>
        ${msg(locale, 'confirmNo')}
      </button>
    </div>
  </section>`;
}

/** The confirmed address, with the way to change it. */
export function renderConfirmed(
  locale: SupportedLocale,
  address: ServiceAddress,
  view: { disabled: boolean; onUnselect: () => void },
): TemplateResult {
  return html`<section class="surface confirm" part="confirm" aria-labelledby="confirmed-title">
    <h3 id="confirmed-title" tabindex="-1"><span aria-hidden="true">✓ </span>${msg(locale, 'confirmed')}</h3>
    ${renderAddressBlock(locale, address)}
    <div class="actions">
      <button type="button" class="secondary" part="button" ?disabled=${view.disabled} @click=${view.onUnselect}>
        ${msg(locale, 'change')}
      </button>
    </div>
  </section>`;
}

/** An address as the utility has it, with its ESI ID and utility. */
export function renderAddressBlock(locale: SupportedLocale, address: ServiceAddress): TemplateResult {
  return html`<address class="address">
    <span class="street"
      >${address.address_1}${address.address_2 ? html` <span class="unit">${address.address_2}</span>` : nothing}</span
    >
    <span>${address.city}, ${address.state} ${address.postal_code}</span>
    <span class="esi"><strong>${msg(locale, 'esiId')}:</strong> <span class="mono">${address.esi_id}</span></span>
    ${address.utility ? html`<span class="muted">${msg(locale, 'utility', { name: address.utility })}</span>` : nothing}
  </address>`;
}

/**
 * The address the partner already has, tried first with the full-address search through the partner's backend
 * (exact matches after normalization, the docs' "90+% accuracy"): one match goes straight to confirmation
 * (still showing the ESI ID), several (more than one meter) are offered to choose from, none — or no backend, or
 * a failed search — leaves the type-ahead search, started from the address.
 *
 * Fetched only when the partner gave an address: the first step of an enrollment without one downloads none of it.
 */
import { Task, TaskStatus } from '@lit/task';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { toServiceAddresses } from '../../api/normalize.js';
import type { Account, ServiceAddress } from '../../api/types.js';
import { formatAddress } from '../../core/address.js';
import { postToBackend } from '../../core/clients.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { laterMsg as msg } from './steps/later.messages.js';
import { heading } from './steps/heading.js';

export interface AddressPrefillOptions {
  /** The partner's backend, if any. */
  backend: () => string | undefined;
  /** The address the partner gave (`service-address`), if any. */
  given: () => KnownAddress | undefined;
  /** The account, once read (its `preliminary_address` stands in for `given`). */
  account: () => Pick<Account, 'preliminary_address'> | undefined;
  /** Whether the address step still waits for the customer. */
  needed: () => boolean;
}

/** What the address step starts from. */
export type PrefillState =
  | { kind: 'searching' }
  | { kind: 'match'; address: ServiceAddress }
  | { kind: 'choose'; matches: ServiceAddress[] }
  | { kind: 'type-ahead'; query: string };

export class AddressPrefill {
  readonly task: Task<readonly [string | undefined, string | undefined], ServiceAddress[] | null>;
  readonly #host: ReactiveControllerHost;
  readonly #options: AddressPrefillOptions;
  /** The customer set the found addresses aside ("none of these", or changing the address later). */
  #dismissed = false;

  constructor(host: ReactiveControllerHost, options: AddressPrefillOptions) {
    this.#host = host;
    this.#options = options;
    this.task = new Task(host, {
      task: async ([backend], { signal }) => {
        const address = this.#address();
        if (!backend || !address) return null;
        return toServiceAddresses(await postToBackend(`${backend}/full-address-search`, address, signal));
      },
      // Keyed by the address's text: the same address read again is not searched again.
      args: () => {
        const address = this.#address();
        return [this.#dismissed ? undefined : options.backend(), address ? addressLine(address) : undefined] as const;
      },
    });
  }

  /** Where the address step starts, or `null` when the partner gave no address. */
  get state(): PrefillState | null {
    const address = this.#address();
    if (!address) return null;
    const typeAhead = { kind: 'type-ahead', query: addressLine(address) } as const;
    if (this.#dismissed || !this.#options.backend()) return typeAhead;
    const { status, value } = this.task;
    if (status === TaskStatus.PENDING || status === TaskStatus.INITIAL) return { kind: 'searching' };
    // A failed search only loses the shortcut: the type-ahead still finds the address.
    if (status === TaskStatus.ERROR || !value?.length) return typeAhead;
    return value.length === 1 ? { kind: 'match', address: value[0] } : { kind: 'choose', matches: value };
  }

  /** The found addresses are set aside for good: the type-ahead from now on. */
  dismiss = (): void => {
    this.#dismissed = true;
    this.#host.requestUpdate();
  };

  /**
   * The meters found to choose from under the step's `title` (`onChoose` takes the one chosen), when there are
   * several; else `null`.
   */
  meters(locale: SupportedLocale, title: string, onChoose: (address: ServiceAddress) => void): TemplateResult | null {
    const state = this.state;
    return state?.kind === 'choose'
      ? renderMeters(locale, title, state.matches, { onChoose, onNoneOfThese: this.dismiss })
      : null;
  }

  /** The address to search for, while the step needs one: the partner's, else the account's preliminary one. */
  #address(): KnownAddress | null {
    if (!this.#options.needed()) return null;
    return this.#options.given() ?? parseAddressLine(this.#options.account()?.preliminary_address);
  }
}

/** An address the partner already has (`service-address`), as the full-address search takes it. */
export interface KnownAddress {
  address_1: string;
  address_2?: string | null;
  city?: string;
  state?: string;
  postal_code: string;
}

/**
 * A one-line address ("123 Main St Apt 1, Dallas, TX 75202", as an account's `preliminary_address` may hold it)
 * split into the full-address search's fields, or `null` when it has no street and 5-digit ZIP to search with.
 */
export function parseAddressLine(line: unknown): KnownAddress | null {
  if (typeof line !== 'string') return null;
  const parts = line
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const zip = /(?:^|\s)(?:([A-Za-z]{2})\s+)?(\d{5})(?:-\d{4})?$/.exec(parts[parts.length - 1] ?? '');
  if (parts.length < 2 || !zip) return null;
  const state = zip[1]?.toUpperCase();
  const rest = parts.slice(0, -1);
  const last = parts[parts.length - 1].slice(0, zip.index).trim();
  // "…, Dallas TX 75202": the city sits before the state in the last part.
  if (last) rest.push(last);
  const city = rest.length > 1 ? rest.pop() : undefined;
  const [address_1, ...more] = rest;
  return { address_1, address_2: more.join(' ') || null, city, state, postal_code: zip[2] };
}

/** A known address as one line, for the type-ahead search to start from. */
export function addressLine(address: KnownAddress): string {
  const street = [address.address_1, address.address_2].filter(Boolean).join(' ');
  const place = [address.city, [address.state, address.postal_code].filter(Boolean).join(' ')].filter(Boolean);
  return [street, ...place].join(', ');
}

/** What choosing among the meters does. */
export interface MetersView {
  /** One of the addresses was chosen. */
  onChoose: (address: ServiceAddress) => void;
  /** None of them: search instead. */
  onNoneOfThese: () => void;
}

/** Several meters at the partner's address (the full-address search found more than one): the customer picks theirs. */
export function renderMeters(
  locale: SupportedLocale,
  title: string,
  matches: ServiceAddress[],
  view: MetersView,
): TemplateResult {
  const choose = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = new FormData(event.target as HTMLFormElement).get('meter');
    view.onChoose(matches[Number(checked ?? 0)] ?? matches[0]);
  };
  return html`${heading(title)}
    <form class="form" @submit=${choose}>
      <fieldset class="meters">
        <legend>${msg(locale, 'chooseMeter')}</legend>
        ${matches.map(
          (address, i) =>
            html`<div class="check">
              <input type="radio" name="meter" id=${`meter-${i}`} value=${i} ?checked=${i === 0} />
              <label for=${`meter-${i}`}
                >${formatAddress(address)}<br /><span class="muted">ESI ID ${address.esi_id}</span></label
              >
            </div>`,
        )}
      </fieldset>
      <div class="actions">
        <button type="submit" part="button">${msg(locale, 'useMeter')}</button>
        <button type="button" class="secondary" part="button" @click=${view.onNoneOfThese}>
          ${msg(locale, 'noneOfThese')}
        </button>
      </div>
    </form>`;
}

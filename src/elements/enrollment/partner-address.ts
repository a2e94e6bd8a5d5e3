/**
 * The address the partner gave (`service-address`, or the account's `preliminary_address`) at the address step:
 * fetches the code that searches it (`address-prefill.ts`) only when there is one, and gives the step's view
 * what that search found.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ServiceAddress } from '../../api/types.js';
import type { SupportedLocale } from '../../core/i18n.js';
import type { AddressPrefill, AddressPrefillOptions, PrefillState } from './address-prefill.js';
import { LazyViews } from './enrollment-loaders.js';
import { enrollmentMsg as msg } from './light-enrollment.messages.js';

export class PartnerAddress implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: AddressPrefillOptions;
  readonly #code: LazyViews<typeof import('./address-prefill.js')>;
  #prefill?: AddressPrefill;

  constructor(host: ReactiveControllerHost, options: AddressPrefillOptions) {
    this.#host = host;
    this.#options = options;
    this.#code = new LazyViews(host, () => import('./address-prefill.js'));
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdate(): void {
    if (this.#prefill || !(this.#options.given() || this.#options.account()?.preliminary_address)) return;
    const code = this.#code.get();
    if (code) this.#prefill = new code.AddressPrefill(this.#host, this.#options);
  }

  /** Where the address step starts (`searching` while the code is fetched), or `null` without a partner address. */
  get state(): PrefillState | null {
    return this.#prefill?.state ?? (this.#code.pending ? { kind: 'searching' } : null);
  }

  /** The meters found to choose from, when there are several (`onChoose` takes the one chosen). */
  meters(locale: SupportedLocale, onChoose: (address: ServiceAddress) => void): TemplateResult | null {
    return this.#prefill?.meters(locale, msg(locale, 'step.address'), onChoose) ?? null;
  }

  /** The found addresses are set aside: the type-ahead from now on. */
  dismiss(): void {
    this.#prefill?.dismiss();
  }
}

import { html, type TemplateResult } from 'lit';
import type { LightApiError } from '../../../api/errors.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { renderErrorState, renderSkeleton } from '../../../core/templates.js';
import type { AddressSelectDetail } from '../../address-search/light-address-search.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import type { PrefillState } from '../address-prefill.js';
import { heading } from './heading.js';

export interface AddressView {
  /** The partner's ESI ID is still being looked up (or failed to be); `null` shows the search. */
  lookup: 'pending' | LightApiError | null;
  query: string;
  /** The ESI ID to show for confirmation. */
  value: string;
  /**
   * Where the partner's address led (the full-address search), if the partner gave one; `searching` also while
   * its code is fetched.
   */
  prefill: PrefillState | null;
  /** The meters found at the partner's address to choose from, when it has several. */
  meters: TemplateResult | null;
  onRetryLookup: () => void;
  onSelect: (event: CustomEvent<AddressSelectDetail>) => void;
  onConfirm: (event: CustomEvent<AddressSelectDetail>) => void;
}

/**
 * The service address: `<light-address-search>` in confirm mode (started from the partner's address, or on the
 * one address found for it), the meters found at the partner's address to choose from, or the partner's ESI ID
 * or address being looked up.
 */
export function renderAddress(locale: SupportedLocale, view: AddressView): TemplateResult {
  const prefill = view.prefill;
  if (prefill?.kind === 'searching') return html`${heading(msg(locale, 'step.address'))}${renderSkeleton(locale, 2)}`;
  if (view.meters) return view.meters;
  if (view.lookup) {
    return html`${heading(msg(locale, 'step.address'))}
    ${
      view.lookup === 'pending'
        ? renderSkeleton(locale, 2)
        : renderErrorState(view.lookup, { locale, onRetry: view.onRetryLookup })
    }`;
  }
  return html`${heading(msg(locale, 'step.address'))}
    <p class="muted">${msg(locale, 'addressIntro')}</p>
    <light-address-search
      confirm
      .query=${prefill?.kind === 'type-ahead' ? prefill.query : view.query}
      .value=${prefill?.kind === 'match' ? prefill.address.esi_id : view.value}
      @light-address-select=${view.onSelect}
      @light-address-confirm=${view.onConfirm}
    ></light-address-search>`;
}

import { html, type TemplateResult } from 'lit';
import type { LightApiError } from '../../../api/errors.js';
import type { SupportedLocale } from '../../../core/i18n.js';
import { renderErrorState, renderSkeleton } from '../../../core/templates.js';
import type { AddressSelectDetail } from '../../address-search/light-address-search.js';
import { enrollmentMsg as msg } from '../light-enrollment.messages.js';
import { heading } from './heading.js';

export interface AddressView {
  /** The partner's ESI ID is still being looked up (or failed to be); `null` shows the search. */
  lookup: 'pending' | LightApiError | null;
  query: string;
  /** The ESI ID to show for confirmation. */
  value: string;
  onRetryLookup: () => void;
  onSelect: (event: CustomEvent<AddressSelectDetail>) => void;
  onConfirm: (event: CustomEvent<AddressSelectDetail>) => void;
}

/** The service address: `<light-address-search>` in confirm mode, or the partner's ESI ID being looked up. */
export function renderAddress(locale: SupportedLocale, view: AddressView): TemplateResult {
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
      .query=${view.query}
      .value=${view.value}
      @light-address-select=${view.onSelect}
      @light-address-confirm=${view.onConfirm}
    ></light-address-search>`;
}

/**
 * How a partner's developer routes each inferred call (`INFERRED_CALLS` in `./endpoints.ts`) through their own
 * backend, with the option the elements have for it, or says that none exists. Loaded only when such a call
 * fails, so the directions cost nothing on pages where every call works.
 */
import type { InferredCall } from './endpoints.js';

const NO_OPTION = 'No option routes it through your backend.';

export const INFERRED_ROUTES: Readonly<Record<InferredCall, string>> = {
  addressSearch:
    'No option routes <light-address-search> through your backend; <light-enrollment> skips it given esi-id and ' +
    'start-step="plan" (search on your backend with the app token).',
  plansRequest:
    'Set plansProvider on <light-enrollment> to get plans from your backend (app-token ' +
    'POST /v1/app/accounts/{uuid}/enroll/plans/request).',
  identity: `${NO_OPTION} Give the details when your backend creates the account (POST /v1/app/accounts).`,
  creditCheck: 'Submit it from your backend and set hide-steps="credit" on <light-enrollment>.',
  paymentSession:
    "Set flowProvider on <light-payment-method> to use Light's card flow instead; enrollment's payment step has no " +
    'such option.',
};

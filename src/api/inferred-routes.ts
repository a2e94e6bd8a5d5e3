/**
 * What a partner's developer is told when an inferred call (`INFERRED_CALLS` in `./endpoints.ts`) does not work:
 * which call, and how to route it through their own backend with the option the elements have for it, or that
 * none exists. Loaded only when such a call fails, so pages where every call works never download it. It imports
 * nothing at run time (callers hand it `LightApiError` and the call's path), which keeps the bundles' chunks as
 * they are.
 */
import type { InferredCall } from './endpoints.js';
import type { LightApiError, LightErrorCode } from './errors.js';

/** What every inferred call can fall back on (the README shows the wrapper). */
const FETCH_WRAPPER =
  'Or route this one call through your backend with a fetch wrapper in configure({ fetch }) (README: "Calls that ' +
  'are inferred").';

/** How to do without each inferred call. */
export const INFERRED_ROUTES: Readonly<Record<InferredCall, string>> = {
  addressSearch:
    'Route it through your backend (the app-token full-address search) with a fetch wrapper in configure({ fetch }) ' +
    '(README: "Calls that are inferred"); <light-enrollment> skips it given esi-id and start-step="plan".',
  plansRequest:
    'Set plansProvider on <light-enrollment> to get plans from your backend (app-token ' +
    `POST /v1/app/accounts/{uuid}/enroll/plans/request). ${FETCH_WRAPPER}`,
  identity: `Give the details when your backend creates the account (POST /v1/app/accounts). ${FETCH_WRAPPER}`,
  creditCheck: `Submit it from your backend and set hide-steps="credit" on <light-enrollment>. ${FETCH_WRAPPER}`,
  paymentSession: `Set flowProvider on <light-payment-method> to use Light's card flow instead. ${FETCH_WRAPPER}`,
};

/** Statuses that say the call itself is wrong (no such path for this token, or not this method there). */
const MISSING_CALL: ReadonlySet<number> = new Set([404, 405]);

/**
 * The error for an inferred call that did not work (`what` says how: "answered HTTP 404"), made with `ErrorClass`:
 * `call` names it, `message` is for the partner's developer (the call, its `path` under `/v1`, how to route it
 * through their backend). `code` stays what the customer should be told; never retryable, as trying the same
 * call again cannot help.
 */
export function inferredCallError(
  ErrorClass: typeof LightApiError,
  call: InferredCall,
  path: string,
  what: string,
  code: LightErrorCode,
  init: { status?: number; cause?: unknown } = {},
): LightApiError {
  const message = `Light call ${call} (/v1${path}) ${what}; it is inferred, not documented. ${INFERRED_ROUTES[call]}`;
  return new ErrorClass(code, message, { ...init, retryable: false, call });
}

/**
 * What an inferred call's failure becomes: a 404 or 405, as the API gives for a call that does not exist for
 * account tokens or for that method, a `not_found` error from `inferredCallError`; anything else, unchanged.
 */
export function directed(ErrorClass: typeof LightApiError, error: unknown, call: InferredCall, path: string): unknown {
  if (!(error instanceof ErrorClass) || !MISSING_CALL.has(error.status)) return error;
  return inferredCallError(ErrorClass, call, path, `answered HTTP ${error.status}`, 'not_found', {
    status: error.status,
    cause: error,
  });
}

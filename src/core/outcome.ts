import { LightApiError } from '../api/errors.js';

/** Failures of a POST whose request may have reached the server: its answer, not necessarily its effect, was lost. */
const UNKNOWN_OUTCOME_CODES: ReadonlySet<string> = new Set(['timeout', 'network', 'server', 'bad_response']);

/**
 * Whether a failed POST (or PATCH) may nevertheless have done what it asked: it timed out, the network failed,
 * the server answered 5xx, or its answer could not be read. Then the server's state, not the error, says what
 * happened: read the account again before sending anything twice.
 *
 * Uses the error's `outcomeUnknown` flag when it has one; otherwise decides by its code. Only meaningful for
 * errors of requests that change state (a failed GET changed nothing).
 */
export function isOutcomeUnknown(error: unknown): boolean {
  if (!(error instanceof LightApiError)) return false;
  const flag = (error as { outcomeUnknown?: unknown }).outcomeUnknown;
  if (typeof flag === 'boolean') return flag;
  return UNKNOWN_OUTCOME_CODES.has(error.code);
}

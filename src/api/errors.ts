/** What went wrong, in a form an element can act on. */
export type LightErrorCode =
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'config'
  | 'bad_response';

/**
 * The codes whose failures are `retryable` by default (see `LightApiError.retryable`): transient trouble on the
 * way or at the server, never the request's content or the customer's rights.
 */
const RETRYABLE: ReadonlySet<LightErrorCode> = new Set([
  'auth',
  'rate_limited',
  'server',
  'network',
  'timeout',
  'bad_response',
]);

export interface LightApiErrorInit {
  status?: number;
  /** See `LightApiError.retryable`. Default: by `code` (transient codes are retryable). */
  retryable?: boolean;
  /** See `LightApiError.outcomeUnknown`. Default `false`. */
  outcomeUnknown?: boolean;
  /** See `LightApiError.call`. Default `null`. */
  call?: string | null;
  cause?: unknown;
}

const ERROR_BRAND = Symbol.for('light-elements.error');

/**
 * Every failure the library reports. `message` is safe to show a customer or log: it never contains a token,
 * and API messages are included only as text.
 */
export class LightApiError extends Error {
  /**
   * `instanceof` holds for an error made by any copy of the library on the page (two script tags, or the script
   * tag beside an npm build share clients, so one copy may catch what another threw).
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [ERROR_BRAND]?: true })[ERROR_BRAND] === true;
  }

  override readonly name = 'LightApiError';
  readonly [ERROR_BRAND] = true as const;
  readonly code: LightErrorCode;
  /** HTTP status, 0 when no response was received. */
  readonly status: number;
  /**
   * Whether trying the same request again, unchanged, can succeed: the failure was transient (the network, a
   * timeout, the server's own trouble, the rate limit, a sign-in that can be asked for again), not caused by what
   * was sent or by what the customer may do, so nothing has to change before another try. This is the one
   * meaning of `retryable` everywhere in Light Elements; it is what decides whether a retry button is offered.
   *
   * It says nothing about whether the failed request took effect: that is `outcomeUnknown`. A retryable error
   * whose outcome is unknown may be tried again only after re-reading the state it would have changed.
   */
  readonly retryable: boolean;
  /**
   * `true` when a request that changes state (anything but a GET) may have reached the server and taken effect,
   * but no answer says whether it did: it timed out, the connection failed, the server answered 5xx, or a success
   * could not be read. Re-read the account (and continue from what the server says) before sending it again;
   * the client itself never resends such a request. `false` when the outcome is known: the request was answered
   * (accepted or refused), never sent (signing in failed, a bad path), or is a GET, which changes nothing.
   */
  readonly outcomeUnknown: boolean;
  /**
   * The stable name of the API call that failed, when the failure says something about the integration rather
   * than the moment: an inferred call (one whose path, method or fields are not documented, `INFERRED_CALLS` in
   * `endpoints.ts`) that the API did not answer as expected. Then `message` is for the partner's developer (which
   * call failed and how to route it through their backend); the customer is shown the sentence for `code`.
   * `null` otherwise.
   */
  readonly call: string | null;

  constructor(code: LightErrorCode, message: string, init: LightApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status ?? 0;
    this.retryable = init.retryable ?? RETRYABLE.has(code);
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.call = init.call ?? null;
  }
}

/** What `promise` resolves to, or `none` when it fails with a 404 (nothing there yet, which is not an error). */
export async function orNone<T, N>(promise: Promise<T>, none: N): Promise<T | N> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof LightApiError && error.code === 'not_found') return none;
    throw error;
  }
}

/** Maps an HTTP status to an error code. */
export function codeForStatus(status: number): LightErrorCode {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'validation';
}

/**
 * Pulls a human message out of an error body. Accepts the shapes APIs commonly use:
 * `{ message }`, `{ error }`, `{ detail: "..." }`, `{ detail: [{ msg }] }`, `{ errors: [...] }`.
 */
export function messageFromBody(body: unknown): string | null {
  if (typeof body === 'string') return body.trim() || null;
  if (!body || typeof body !== 'object') return null;
  const record = body as Record<string, unknown>;
  for (const key of ['message', 'error', 'detail', 'errors']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (Array.isArray(value) && value.length) {
      const first = value[0] as unknown;
      if (typeof first === 'string') return first;
      if (first && typeof first === 'object') {
        const inner = first as Record<string, unknown>;
        const text = inner.msg ?? inner.message;
        if (typeof text === 'string') return text;
      }
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const nested = messageFromBody(value);
      if (nested) return nested;
    }
  }
  return null;
}

/** True for the DOMException a fetch throws when its signal aborts. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** What replaces anything the request carried in an error message. */
export const REDACTED = '[redacted]';

/**
 * `message` (an API's error text) with everything the request carried replaced by `[redacted]`: every string of
 * the request body of 3 or more characters (nested objects, arrays and form fields included, matched without
 * regard to case), every run of 4 or more digits in those strings, and their digits run together (an SSN or a
 * phone number echoed in another format), plus each of `secrets` (the token). So an API that echoes what the
 * customer typed cannot put it into an error, an event or a log.
 */
export function redact(message: string, sent: unknown, secrets: readonly string[] = []): string {
  const fragments = new Set<string>();
  for (const secret of secrets) if (secret) fragments.add(secret);
  for (const value of stringsIn(sent)) {
    const text = value.trim();
    if (text.length >= 3) fragments.add(text);
    for (const run of text.match(/\d{4,}/g) ?? []) fragments.add(run);
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 4) fragments.add(digits);
  }
  if (!fragments.size) return message;
  const pattern = [...fragments]
    .sort((a, b) => b.length - a.length)
    .map((fragment) => fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return message.replace(new RegExp(pattern, 'gi'), REDACTED);
}

/** Every string (and number, as text) in a JSON-like value or a `FormData`, depth-first. */
function stringsIn(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
  if (!value || typeof value !== 'object' || depth > 20) return [];
  if (typeof FormData !== 'undefined' && value instanceof FormData) {
    return [...value.values()].filter((entry): entry is string => typeof entry === 'string');
  }
  const values = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return values.flatMap((inner: unknown) => stringsIn(inner, depth + 1));
}

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
  /** `true` when the request may have changed state on the server (a POST that failed mid-way). */
  retryable?: boolean;
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
  /** Whether trying again (the same request, unchanged) can succeed. */
  readonly retryable: boolean;

  constructor(code: LightErrorCode, message: string, init: LightApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.status = init.status ?? 0;
    this.retryable = init.retryable ?? RETRYABLE.has(code);
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

import { codeForStatus, isAbortError, LightApiError, messageFromBody } from './errors.js';
import { TokenManager, type TokenProvider } from './token-manager.js';
import { now } from './clock.js';

export const DEFAULT_API_BASE = 'https://api.light.dev';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  /** JSON-serialised; a `FormData` is sent as multipart. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface LightClientOptions {
  tokenProvider: TokenProvider;
  /** Default `https://api.light.dev`. Paths are appended after `/v1`. */
  apiBase?: string;
  /** The `fetch` to use (the sandbox's adapter in tests). Default: the global one. */
  fetch?: typeof fetch;
  /** Per-attempt timeout. Default 20 s. */
  timeoutMs?: number;
  /** Attempts for a retryable failure, first try included. Default 3. */
  maxAttempts?: number;
  /** Self-imposed pace under the documented limit of 10 requests/second per account. */
  requestsPerSecond?: number;
  /** Seams for tests. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET']);
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4000;
/** A `Retry-After` longer than this is reported instead of waited out. */
const MAX_RETRY_AFTER_MS = 30_000;

/** Waits `ms`, or rejects with an AbortError when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Keeps at most `limit` request starts inside any one-second window, so a page full of elements stays under
 * the API's per-account rate limit instead of collecting 429s.
 */
export class Pacer {
  #starts: number[] = [];
  #limit: number;
  #now: () => number;
  #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(limit: number, now: () => number, wait: (ms: number, signal?: AbortSignal) => Promise<void>) {
    this.#limit = limit;
    this.#now = now;
    this.#sleep = wait;
  }

  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.#now();
      this.#starts = this.#starts.filter((t) => now - t < 1000);
      if (this.#starts.length < this.#limit) {
        this.#starts.push(now);
        return;
      }
      await this.#sleep(this.#starts[0] + 1000 - now, signal);
    }
  }
}

/** Milliseconds from a `Retry-After` header (seconds or an HTTP date), or `null`. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}

/**
 * An authenticated connection to the Light account API for one customer. Shared by every element that uses the
 * same token provider and base URL, so they share one token and one pace.
 */
export class LightClient {
  readonly apiBase: string;
  readonly tokens: TokenManager;
  #fetch: typeof fetch;
  #timeoutMs: number;
  #maxAttempts: number;
  #now: () => number;
  #sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  #random: () => number;
  #pacer: Pacer;

  constructor(options: LightClientOptions) {
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.#now = options.now ?? now;
    this.tokens = new TokenManager(options.tokenProvider, this.#now);
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#sleep = options.sleep ?? sleep;
    this.#random = options.random ?? Math.random;
    this.#pacer = new Pacer(options.requestsPerSecond ?? 8, this.#now, this.#sleep);
  }

  /** The full URL for an API path such as `/account`. */
  url(path: string, query?: RequestOptions['query']): string {
    const url = new URL(`${this.apiBase}/v1${path}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /**
   * Sends one API request and returns its parsed JSON (`{}` for an empty body).
   *
   * GETs are retried on 5xx, network errors and timeouts; every method is retried on 429 (the server did not
   * act on it). A 401 refreshes the token and resends once. Other failures throw a `LightApiError`;
   * an abort through `signal` rethrows the AbortError untouched.
   */
  async request(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<unknown> {
    const { signal } = options;
    const url = this.url(path, options.query);
    let refreshedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const token = await this.tokens.getToken();
      await this.#pacer.take(signal);
      let response: Response;
      try {
        response = await this.#send(method, url, token, options.body, signal);
      } catch (error) {
        if (isAbortError(error) && signal?.aborted) throw error;
        const failure = error instanceof LightApiError ? error : networkError(error);
        if (IDEMPOTENT.has(method) && attempt < this.#maxAttempts) {
          await this.#sleep(this.#backoff(attempt), signal);
          continue;
        }
        throw failure;
      }

      if (response.ok) return readJson(response);

      if (response.status === 401 && !refreshedAfter401) {
        refreshedAfter401 = true;
        this.tokens.invalidate(token);
        attempt--;
        continue;
      }
      if (response.status === 429 && attempt < this.#maxAttempts) {
        const wait = parseRetryAfter(response.headers.get('Retry-After'), this.#now()) ?? this.#backoff(attempt);
        if (wait <= MAX_RETRY_AFTER_MS) {
          await this.#sleep(wait, signal);
          continue;
        }
      }
      if (response.status >= 500 && IDEMPOTENT.has(method) && attempt < this.#maxAttempts) {
        await this.#sleep(this.#backoff(attempt), signal);
        continue;
      }
      throw await errorFromResponse(response, token);
    }
  }

  async #send(method: HttpMethod, url: string, token: string, body: unknown, signal?: AbortSignal) {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    signal?.throwIfAborted();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    const onAbort = () => timeout.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await this.#fetch(url, {
        method,
        headers,
        body: payload,
        signal: timeout.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      if (timeout.signal.aborted) {
        throw new LightApiError('timeout', 'The Light API took too long to answer. Check your connection and try again.');
      }
      throw error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Exponential backoff with full jitter. */
  #backoff(attempt: number): number {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }
}

function networkError(cause: unknown): LightApiError {
  return new LightApiError('network', 'Could not reach the Light API. Check your connection and try again.', {
    cause,
  });
}

async function readJson(response: Response): Promise<unknown> {
  const body = await response.text().catch((cause: unknown) => {
    throw networkError(cause);
  });
  if (!body.trim()) return {};
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new LightApiError('bad_response', 'The Light API sent a response that could not be read.', {
      status: response.status,
      cause,
    });
  }
}

async function errorFromResponse(response: Response, token: string): Promise<LightApiError> {
  const { status } = response;
  const code = codeForStatus(status);
  let body: unknown = null;
  try {
    const raw = await response.text();
    body = raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    body = null;
  }
  const fromApi = messageFromBody(body);
  // An API message is shown as text; never let it carry the credential back out.
  const message = (fromApi ?? DEFAULT_MESSAGES[code]).split(token).join('[redacted]');
  return new LightApiError(code, message, { status });
}

const DEFAULT_MESSAGES: Record<string, string> = {
  auth: 'Your session has expired. Sign in again to continue.',
  forbidden: 'This account is not allowed to do that.',
  not_found: 'That could not be found.',
  validation: 'Some details were not accepted. Check them and try again.',
  rate_limited: 'Too many requests right now. Wait a moment and try again.',
  server: 'The Light API had a problem. Try again in a moment.',
};

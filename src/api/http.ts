import { codeForStatus, LightApiError, messageFromBody, redact } from './errors.js';
import { TokenManager, type TokenProvider } from './token-manager.js';
import { now } from './clock.js';
import { DEFAULT_API_BASE } from './defaults.js';
import { deadline, sleep, untilAborted, type Sleep } from './timing.js';

export { sleep } from './timing.js';

export { DEFAULT_API_BASE };

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  /** JSON-serialised; a `FormData` is sent as multipart. */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether the caller reads the answer (default `true`): a 2xx must then carry JSON, and an empty or blank body
   * is a `bad_response` (a 204 gives `null`). `false` for calls that read nothing from it: any 2xx is a success
   * and its body is not read.
   */
  expectBody?: boolean;
}

export interface LightClientOptions {
  tokenProvider: TokenProvider;
  /** Default `https://api.light.dev`. Paths are appended after `/v1`. */
  apiBase?: string;
  /** The `fetch` to use (the sandbox's adapter in tests). Default: the global one. */
  fetch?: typeof fetch;
  /**
   * Per-attempt timeout, from sending the request to having read the whole answer (a body that stalls times out
   * too). Default 20 s.
   */
  timeoutMs?: number;
  /** How long the token provider may take to answer before the request fails with `timeout`. Default `timeoutMs`. */
  tokenTimeoutMs?: number;
  /** Attempts for a retryable failure, first try included. Default 3. */
  maxAttempts?: number;
  /** Self-imposed pace under the documented limit of 10 requests/second per account. */
  requestsPerSecond?: number;
  /** Seams for tests. `sleep` waits out backoff and pacing; `timer` runs out the timeouts (both default to real timers). */
  now?: () => number;
  sleep?: Sleep;
  timer?: Sleep;
  random?: () => number;
}

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET']);

/** How long a GET started ahead of its first caller (`LightClient.prefetch`) waits to be taken. */
const PREFETCH_TTL_MS = 10_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_CAP_MS = 4000;
/** The API's rate-limit window: a 429 with no readable `Retry-After` waits at least this long. */
const RATE_LIMIT_WINDOW_MS = 1000;
/** A `Retry-After` longer than this is reported instead of waited out. */
const MAX_RETRY_AFTER_MS = 30_000;

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

/** One answer from the API, its body read (or `null` when it was not needed). */
interface Answer {
  status: number;
  ok: boolean;
  headers: Headers;
  /** When the server sent it, by its own clock (the `Date` header), epoch ms; `null` when unreadable. */
  serverTime: number | null;
  text: string | null;
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
  #sleep: Sleep;
  #timer: Sleep;
  #random: () => number;
  #pacer: Pacer;
  /** GET answers started ahead of their first caller (see `prefetch`), by URL. */
  #early = new Map<string, { answer: Promise<unknown>; at: number }>();
  /** How many GETs of each URL are under way (so `prefetch` never doubles one a caller already made). */
  #getting = new Map<string, number>();

  constructor(options: LightClientOptions) {
    this.apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
    this.#now = options.now ?? now;
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#timer = options.timer ?? sleep;
    this.tokens = new TokenManager(options.tokenProvider, this.#now, {
      timeoutMs: options.tokenTimeoutMs ?? this.#timeoutMs,
      timer: this.#timer,
    });
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#maxAttempts = options.maxAttempts ?? 3;
    this.#sleep = options.sleep ?? sleep;
    this.#random = options.random ?? Math.random;
    this.#pacer = new Pacer(options.requestsPerSecond ?? 8, this.#now, this.#sleep);
  }

  /**
   * The full URL for an API path such as `/account`.
   *
   * @throws LightApiError `config` when the URL parser would take the path anywhere but where it reads (`.` or
   *   `..` segments, in any encoding, or backslashes): path parameters are checked by `fillPath`, and this
   *   guards the API base against any path that was not built by it.
   */
  url(path: string, query?: RequestOptions['query']): string {
    const base = new URL(this.apiBase);
    const url = new URL(`${this.apiBase}/v1${path}`);
    const expected = `${base.pathname.replace(/\/+$/, '')}/v1${path}`;
    if (!path.startsWith('/') || /[\\?#]/.test(path) || url.origin !== base.origin || url.pathname !== expected) {
      throw new LightApiError('config', 'Refused a request path that would leave its place on the Light API.', {
        retryable: false,
      });
    }
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    return url.toString();
  }

  /**
   * Sends one API request and returns its parsed JSON (`null` for a 204; `undefined` with `expectBody: false`).
   *
   * GETs are retried on 5xx, network errors and timeouts; every method is retried on 429 (the server did not
   * act on it). A request that changes state is never resent when its outcome is unknown (see
   * `LightApiError.outcomeUnknown`). A 401 refreshes the token and resends once. Redirects are never followed:
   * one is a `config` error. Other failures throw a `LightApiError`; an abort through `signal` rethrows the
   * AbortError untouched. Every wait (the token, the answer and its body) is bounded by a timeout and `signal`.
   */
  async request(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<unknown> {
    const { signal } = options;
    const url = this.url(path, options.query);
    if (method !== 'GET') return this.#send(method, url, options);
    const early = this.#takeEarly(url);
    if (early) return untilAborted(early, signal);
    this.#getting.set(url, (this.#getting.get(url) ?? 0) + 1);
    try {
      return await this.#send(method, url, options);
    } finally {
      const left = this.#getting.get(url)! - 1;
      if (left) this.#getting.set(url, left);
      else this.#getting.delete(url);
    }
  }

  /** `request` once its URL is made: the attempts, retries and errors. */
  async #send(method: HttpMethod, url: string, options: RequestOptions): Promise<unknown> {
    const { signal } = options;
    const expectBody = options.expectBody ?? true;
    const changesState = !IDEMPOTENT.has(method);
    let refreshedAfter401 = false;
    for (let attempt = 1; ; attempt++) {
      signal?.throwIfAborted();
      const token = await this.tokens.getToken(signal);
      await this.#pacer.take(signal);
      let answer: Answer;
      try {
        answer = await this.#exchange(method, url, token, options.body, expectBody, signal);
      } catch (error) {
        // Not ours: the caller's abort, rethrown as it came.
        if (!(error instanceof LightApiError)) throw error;
        const transient = error.code === 'network' || error.code === 'timeout';
        if (transient && !error.outcomeUnknown && attempt < this.#maxAttempts) {
          await this.#sleep(this.#backoff(attempt), signal);
          continue;
        }
        throw error;
      }

      if (answer.ok) return expectBody ? parseAnswer(answer, changesState) : undefined;

      if (answer.status === 401 && !refreshedAfter401) {
        refreshedAfter401 = true;
        this.tokens.invalidate(token);
        attempt--;
        continue;
      }
      if (answer.status === 429 && attempt < this.#maxAttempts) {
        const retryAfter = parseRetryAfter(answer.headers.get('Retry-After'), answer.serverTime ?? this.#now());
        const wait = retryAfter ?? this.#rateLimitWait(attempt);
        if (wait <= MAX_RETRY_AFTER_MS) {
          await this.#sleep(wait, signal);
          continue;
        }
      }
      if (answer.status >= 500 && !changesState && attempt < this.#maxAttempts) {
        await this.#sleep(this.#backoff(attempt), signal);
        continue;
      }
      throw errorFromAnswer(answer, token, options.body, changesState);
    }
  }

  /**
   * Starts `GET path` now, ahead of the code that will ask for it: the first `request('GET', …)` for the same URL
   * within `PREFETCH_TTL_MS` takes this answer (or failure) instead of sending its own, once. The script-tag build
   * starts an element's first request this way while the element's code loads. Nothing starts when an answer for
   * the URL is already waiting, or when a caller's GET of it is already under way.
   */
  prefetch(path: string, query?: RequestOptions['query']): void {
    const url = this.url(path, query);
    const waiting = this.#early.get(url);
    if ((waiting && this.#now() - waiting.at < PREFETCH_TTL_MS) || this.#getting.has(url)) return;
    const answer = this.request('GET', path, { query });
    // A failure is the first caller's to report; unclaimed, it is nobody's.
    answer.catch(() => undefined);
    this.#early.set(url, { answer, at: this.#now() });
  }

  #takeEarly(url: string): Promise<unknown> | undefined {
    const waiting = this.#early.get(url);
    if (!waiting) return undefined;
    this.#early.delete(url);
    return this.#now() - waiting.at < PREFETCH_TTL_MS ? waiting.answer : undefined;
  }

  /**
   * One attempt: sends the request and reads its answer, all within one timeout. Throws a `LightApiError` for a
   * redirect, a timeout or a network failure, and the caller's abort reason when `signal` aborts.
   */
  async #exchange(
    method: HttpMethod,
    url: string,
    token: string,
    body: unknown,
    expectBody: boolean,
    signal?: AbortSignal,
  ): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    signal?.throwIfAborted();
    // Anything but a GET may have reached the server and acted once it left.
    const mayHaveActed = !IDEMPOTENT.has(method);
    const bound = deadline(this.#timeoutMs, this.#timer, signal);
    try {
      const response = await untilAborted(
        this.#fetch(url, {
          method,
          headers,
          body: payload,
          signal: bound.signal,
          credentials: 'omit',
          cache: 'no-store',
          // Never follow: a redirect would resend the body (an SSN) and the token's request to another origin.
          // 'manual' rather than 'error', so that a redirect is told apart from a network failure.
          redirect: 'manual',
        }),
        bound.signal,
      );
      const serverTime = this.#observeServerTime(response.headers);
      if (isRedirect(response)) {
        discard(response);
        throw new LightApiError(
          'config',
          'The Light API answered with a redirect, which Light Elements never follow. Set the API base to the ' +
            "API's own address.",
          { status: response.status, retryable: false, outcomeUnknown: mayHaveActed },
        );
      }
      let text: string | null = null;
      if (!response.ok) {
        // The status says what happened; a body that cannot be read only loses the API's own sentence.
        text = await untilAborted(response.text(), bound.signal).catch(() => {
          if (signal?.aborted) throw signal.reason;
          return null;
        });
      } else if (expectBody) {
        text = await untilAborted(response.text(), bound.signal);
      } else {
        discard(response);
      }
      return { status: response.status, ok: response.ok, headers: response.headers, serverTime, text };
    } catch (error) {
      if (error instanceof LightApiError) throw error;
      if (signal?.aborted) throw signal.reason ?? error;
      if (bound.expired) {
        throw new LightApiError(
          'timeout',
          'The Light API took too long to answer. Check your connection and try again.',
          {
            outcomeUnknown: mayHaveActed,
          },
        );
      }
      throw networkError(error, mayHaveActed);
    } finally {
      bound.done();
    }
  }

  /** Tells the token manager the server's time from an answer's `Date`, and returns it (epoch ms) or `null`. */
  #observeServerTime(headers: Headers): number | null {
    const date = headers.get('Date');
    const serverTime = date ? Date.parse(date) : NaN;
    if (!Number.isFinite(serverTime)) return null;
    this.tokens.observeServerTime(serverTime, this.#now());
    return serverTime;
  }

  /** Exponential backoff with full jitter. */
  #backoff(attempt: number): number {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + (this.#random() * ceiling) / 2);
  }

  /** After a 429 with no readable `Retry-After`: past the API's one-second window, doubling, with jitter above. */
  #rateLimitWait(attempt: number): number {
    const floor = RATE_LIMIT_WINDOW_MS * 2 ** (attempt - 1);
    return Math.round(floor + (this.#random() * floor) / 2);
  }
}

function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** Lets go of a body nobody will read. */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function networkError(cause: unknown, outcomeUnknown: boolean): LightApiError {
  return new LightApiError('network', 'Could not reach the Light API. Check your connection and try again.', {
    cause,
    outcomeUnknown,
  });
}

/** The JSON of a 2xx the caller reads: `null` for a 204; an empty, blank or malformed body is a `bad_response`. */
function parseAnswer(answer: Answer, changesState: boolean): unknown {
  if (answer.status === 204) return null;
  const text = answer.text ?? '';
  const unreadable = (cause?: unknown) =>
    new LightApiError(
      'bad_response',
      text.trim()
        ? 'The Light API sent a response that could not be read.'
        : 'The Light API sent an empty response where it should have sent data.',
      // A success whose answer is lost: the request did act, but what it did is not known.
      { status: answer.status, outcomeUnknown: changesState, cause },
    );
  if (!text.trim()) throw unreadable();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw unreadable(cause);
  }
}

function errorFromAnswer(answer: Answer, token: string, sent: unknown, changesState: boolean): LightApiError {
  return refusalError(answer.status, answer.text, sent, changesState, [token]);
}

/**
 * The error for an answer that refuses a request (any status but 2xx and 3xx), from the Light API or from the
 * partner's backend: the code for its status (`codeForStatus`), the answer's own sentence when it has one (with
 * what was `sent` and the `secrets` redacted), and `retryable` by code unless told.
 */
export function refusalError(
  status: number,
  text: string | null | undefined,
  sent: unknown,
  changesState: boolean,
  secrets?: readonly string[],
  retryable?: boolean,
): LightApiError {
  const code = codeForStatus(status);
  const fromServer = messageFromBody(errorBody(text));
  // A server's message is shown as text; never let it carry the credential, or what the customer typed, back out.
  const message = fromServer ? redact(fromServer, sent, secrets) : DEFAULT_MESSAGES[code];
  // A 5xx may come after the server acted; any other refusal means it did not.
  return new LightApiError(code, message, { status, retryable, outcomeUnknown: changesState && status >= 500 });
}

/** The longest plain-text error body taken as the API's sentence; anything longer is a page, not a message. */
const PLAIN_TEXT_LIMIT = 300;

/**
 * An error answer's body as `messageFromBody` reads it. JSON as parsed: a bare string (the docs' 422
 * `"Cannot finalize enrollment"`), `{ error: "…" }` (what Light's example app reads), `{ error: { code, message } }`,
 * `{ message }`, `{ detail }`. A body that is not JSON is taken as the message itself when it is short plain text,
 * and dropped when it is markup (a proxy's HTML error page) or too long to be a sentence; the status then speaks.
 */
function errorBody(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const plain = text.trim();
    if (!plain || plain.length > PLAIN_TEXT_LIMIT || /[<>]/.test(plain)) return null;
    return plain;
  }
}

const DEFAULT_MESSAGES: Record<string, string> = {
  auth: 'Your session has expired. Sign in again to continue.',
  forbidden: 'This account is not allowed to do that.',
  not_found: 'That could not be found.',
  validation: 'Some details were not accepted. Check them and try again.',
  rate_limited: 'Too many requests right now. Wait a moment and try again.',
  server: 'The Light API had a problem. Try again in a moment.',
};

/**
 * Calls to the Light API from the partner's backend: the app token on `/v1/app/*`, an account token elsewhere;
 * app-token calls paced under the documented 30 requests/second per app; a 429 retried after its `Retry-After`
 * (bounded). Errors carry Light's message with the app token removed, never the request's headers.
 */

/** Options shared by everything that talks to Light from the server. */
export interface UpstreamOptions {
  /** The app token (server only; never sent to a browser, never logged, never in an error). */
  appToken: string;
  /** Light's base URL. Default `https://api.light.dev`. */
  apiBase?: string;
  /** The fetch to call Light with. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** App-token requests started per second, at most. Default 25 (Light allows 30 per app). */
  maxRequestsPerSecond?: number;
  /** How many times a 429 is retried. Default 2. */
  maxRetries?: number;
  /** The longest `Retry-After` honoured, in seconds; a longer one answers the 429 at once. Default 10. */
  maxRetryAfterSeconds?: number;
  /** The clock, ms (tests). Default `Date.now`. */
  now?: () => number;
  /** Waits `ms` (tests). Default a timer. */
  sleep?: (ms: number) => Promise<void>;
}

/** A failed call to Light: its HTTP status (0 when Light could not be reached) and a message safe to show. */
export class LightUpstreamError extends Error {
  /** Light's HTTP status, or 0 for a network failure. */
  readonly status: number;
  /** For a 429 given up on: the seconds Light asked to wait (its `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  /**
   * @param status Light's HTTP status (0: unreachable)
   * @param message the message, already free of the app token
   * @param retryAfterSeconds for a 429, Light's `Retry-After` in seconds
   */
  constructor(status: number, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'LightUpstreamError';
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** One JSON call to Light. */
export interface UpstreamCall {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT';
  /** The path after the base, starting `/v1/`. */
  path: string;
  body?: unknown;
  /** The bearer token for an account-token path; app-token paths (`/v1/app/`) use the app token. */
  accountToken?: string;
}

/** What `createUpstream` returns. */
export interface Upstream {
  /** Sends one call and returns its JSON (`{}` for an empty body); throws {@link LightUpstreamError}. */
  call<T>(call: UpstreamCall): Promise<T>;
  /** Removes the app token from a string. */
  redact(text: string): string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds to wait from a `Retry-After` header (seconds or an HTTP date); 1 when absent or unreadable. */
function retryAfterSeconds(header: string | null, nowMs: number): number {
  if (header === null || header.trim() === '') return 1;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? 1 : Math.max(0, (date - nowMs) / 1000);
}

function errorMessage(body: unknown, status: number): string {
  if (typeof body === 'string' && body.trim() !== '') return body.slice(0, 300);
  if (typeof body === 'object' && body !== null) {
    const record = body as Record<string, unknown>;
    for (const key of ['error', 'message', 'detail']) {
      const value = record[key];
      if (typeof value === 'string' && value !== '') return value.slice(0, 300);
      if (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string') {
        return (value as { message: string }).message.slice(0, 300);
      }
    }
  }
  return `Light answered ${status}`;
}

/**
 * Creates the server's Light caller.
 * @param options the app token, base URL, fetch and the pacing/retry bounds
 * @returns a caller that paces, retries and redacts
 */
export function createUpstream(options: UpstreamOptions): Upstream {
  const {
    appToken,
    fetch: fetchImpl = globalThis.fetch.bind(globalThis),
    maxRequestsPerSecond = 25,
    maxRetries = 2,
    maxRetryAfterSeconds = 10,
    now = Date.now,
    sleep = defaultSleep,
  } = options;
  if (typeof appToken !== 'string' || appToken === '')
    throw new TypeError('light-elements/server: appToken is required');
  const apiBase = (options.apiBase ?? 'https://api.light.dev').replace(/\/+$/, '');
  const redact = (text: string) => text.split(appToken).join('[redacted]');

  // Start times of the app-token requests in the last second; `queue` serialises the waiting.
  const started: number[] = [];
  let queue: Promise<void> = Promise.resolve();
  const pace = (): Promise<void> => {
    const turn = queue.then(async () => {
      for (;;) {
        const t = now();
        while (started.length > 0 && started[0]! <= t - 1000) started.shift();
        if (started.length < maxRequestsPerSecond) {
          started.push(t);
          return;
        }
        await sleep(started[0]! + 1000 - t);
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function call<T>({ method, path, body, accountToken }: UpstreamCall): Promise<T> {
    const isApp = path.startsWith('/v1/app/');
    const token = isApp ? appToken : accountToken;
    if (!token) throw new LightUpstreamError(0, `an account token is needed for ${path}`);
    for (let attempt = 0; ; attempt++) {
      if (isApp) await pace();
      let response: Response;
      try {
        response = await fetchImpl(`${apiBase}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        throw new LightUpstreamError(0, 'The Light API could not be reached');
      }
      if (response.status === 429 && attempt < maxRetries) {
        const wait = retryAfterSeconds(response.headers.get('Retry-After'), now());
        if (wait <= maxRetryAfterSeconds) {
          await response.body?.cancel();
          await sleep(wait * 1000);
          continue;
        }
      }
      const text = await response.text().catch(() => '');
      let parsed: unknown = text;
      try {
        parsed = text === '' ? {} : JSON.parse(text);
      } catch {
        // Not JSON: keep the text for the error message.
      }
      if (!response.ok) {
        const wait =
          response.status === 429
            ? Math.ceil(retryAfterSeconds(response.headers.get('Retry-After'), now()))
            : undefined;
        throw new LightUpstreamError(response.status, redact(errorMessage(parsed, response.status)), wait);
      }
      if (typeof parsed === 'string') throw new LightUpstreamError(502, 'Light answered something other than JSON');
      return parsed as T;
    }
  }

  return { call, redact };
}

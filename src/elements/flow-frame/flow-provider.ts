/**
 * Asking a flow provider for a login link: one call bounded in time and abortable, and the test of whether its
 * answer is a link the element may still load.
 */
import type { FlowScope } from '../../api/types.js';
import { postToBackend } from '../../core/clients.js';
import { isUsableUntil, linkDeadline, toFlowLink, type FlowLink } from './flow-link.js';

/** What the element hands a flow provider besides the scope. */
export interface FlowProviderOptions {
  /** Aborts when the element stops waiting: after `provider-timeout`, or when the flow closes or changes. */
  signal: AbortSignal;
}

/**
 * Gets a fresh login link for a scope, usually by asking the partner's backend to call `flow-login`. Pass `signal`
 * on to `fetch` so that the request stops when the element gives up on it.
 */
export type FlowProvider = (scope: FlowScope, options?: FlowProviderOptions) => Promise<FlowLink> | FlowLink;

/**
 * The flow provider of the partner's `light-elements/server` at `backend`: POSTs `{ scope }` to its `/flow-login`
 * with the page's cookie (no account token), which answers `{ login_link, expires_at }`.
 */
export const backendFlowProvider =
  (backend: string): FlowProvider =>
  (scope, options) =>
    postToBackend(`${backend}/flow-login`, { scope }, options?.signal) as Promise<FlowLink>;

/** How long a flow provider may take to answer when `provider-timeout` says 0 or nonsense (its default too). */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 20_000;

/** The milliseconds a provider may take: `provider-timeout` when it is a positive number, else the default. */
export function providerTimeoutMs(value: number): number {
  return value > 0 ? value : DEFAULT_PROVIDER_TIMEOUT_MS;
}

/** Why a provider call was given up on. */
export class ProviderTimeout extends Error {
  constructor() {
    super('The flow provider did not answer in time.');
    this.name = 'TimeoutError';
  }
}

/**
 * One provider call, bounded by `limitMs` (then `call` aborts with a `ProviderTimeout`) and given up as soon as
 * `call` aborts, whether the provider heeds its signal or not. A provider that throws rejects the same way.
 */
export async function callFlowProvider(
  provider: FlowProvider,
  scope: FlowScope,
  call: AbortController,
  limitMs: number,
): Promise<unknown> {
  const timer = setTimeout(() => call.abort(new ProviderTimeout()), limitMs);
  // Settles as soon as the call is aborted, whether the provider heeds its signal or not.
  const aborted = new Promise<never>((_, reject) => {
    call.signal.addEventListener('abort', () => reject(call.signal.reason), { once: true });
  });
  try {
    return await Promise.race([Promise.resolve().then(() => provider(scope, { signal: call.signal })), aborted]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The login link of a provider's answer received at `receivedAt` when it may still be loaded, `null` when it has
 * (nearly) expired. Throws a `TypeError` when the answer is not a flow link.
 */
export function usableLink(answer: unknown, receivedAt: number): string | null {
  const link = toFlowLink(answer);
  const deadline = linkDeadline(link.expires_at, { receivedAt, fresh: true, serverTime: link.server_time });
  return isUsableUntil(deadline, receivedAt) ? link.login_link : null;
}

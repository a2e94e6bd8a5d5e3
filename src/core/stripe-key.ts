/**
 * Which Stripe publishable key a payment form uses. Light documents the key only on the app-token account payload
 * (`GET /v1/app/accounts/{uuid}` → `app.stripe_public_key`), which the browser cannot read, so it is looked for in
 * this order, first found wins:
 *
 * 1. **configured**: the element's `stripe-publishable-key` attribute, then `<light-provider>`'s (or the
 *    enclosing Light element's), then `configure({ stripePublishableKey })`;
 * 2. **token**: the `stripe_public_key` the partner's token endpoint (or token provider) returned beside the
 *    token, held in memory by the client's token manager;
 * 3. **account**: `app.stripe_public_key` on the account-token `GET /v1/account`, where Light includes it.
 *
 * With none, `missingStripeKeyError()` says what is missing and how to give it.
 */
import { LightApiError } from '../api/errors.js';
import type { LightClient } from '../api/http.js';
import { accountStore } from './account-store.js';
import { stripeKeyMsg } from './stripe-key.messages.js';

/** Where a publishable key came from: see the module's order. */
export type StripeKeySource = 'configured' | 'token' | 'account';

export interface ResolvedStripeKey {
  key: string;
  source: StripeKeySource;
}

/**
 * The `config` error (not retryable) of a payment form without a key. Its message, which `light-error` carries for
 * the partner's developer, is the English of what the form shows: what is missing and the three ways to give it,
 * in the order they are tried.
 */
export function missingStripeKeyError(): LightApiError {
  return new LightApiError('config', stripeKeyMsg('en', 'missingBody'), { retryable: false });
}

const present = (key: string | null | undefined): key is string => typeof key === 'string' && key.trim() !== '';

/**
 * The publishable key in force and where it came from, or `null` when there is none. Asks only as far as it
 * needs: a configured key sends nothing; else the token (fetched if none is held yet), then the account (shared
 * with every element on the client, so usually already loaded). Rejects when getting the token or the account
 * fails, as the payment form could not open then anyway.
 */
export async function resolveStripeKey(
  configured: string | null | undefined,
  client: LightClient,
  signal?: AbortSignal,
): Promise<ResolvedStripeKey | null> {
  if (present(configured)) return { key: configured.trim(), source: 'configured' };
  const fromToken = await client.tokens.stripePublishableKey(signal);
  if (present(fromToken)) return { key: fromToken, source: 'token' };
  signal?.throwIfAborted();
  const fromAccount = (await accountStore(client).load()).app?.stripe_public_key;
  if (present(fromAccount)) return { key: fromAccount.trim(), source: 'account' };
  return null;
}

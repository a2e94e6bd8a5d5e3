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
 * With none, `missingStripeKey()` says what is missing and how to give it.
 *
 * `./stripe.ts` imports this module only when a card form opens, so a page loads it (and its text) only then; it
 * also holds the rest of what the form needs only from then on: its appearance and the payment session's failure.
 */
import { PATHS } from '../api/endpoints.js';
import { LightApiError } from '../api/errors.js';
import { inferredCallError } from '../api/inferred-routes.js';
import type { LightClient } from '../api/http.js';
import { accountStore } from './account-store.js';
import type { SupportedLocale } from './i18n.js';
import type { StripeAppearance } from './stripe.js';
import { stripeKeyMsg } from './stripe-key.messages.js';

/** Where a publishable key came from: see the module's order. */
export type StripeKeySource = 'configured' | 'token' | 'account';

export interface ResolvedStripeKey {
  key: string;
  source: StripeKeySource;
}

/** A payment form without a key: the error it reports, and what it shows in the customer's language. */
export interface MissingStripeKey {
  error: LightApiError;
  text(locale: SupportedLocale): { title: string; body: string };
}

/**
 * The `config` error (not retryable) of a payment form without a key, and the form's text. The error's message,
 * which `light-error` carries for the partner's developer, is the English of what the form shows: what is missing
 * and the three ways to give it, in the order they are tried.
 */
export function missingStripeKey(): MissingStripeKey {
  return {
    error: new LightApiError('config', stripeKeyMsg('en', 'missingBody'), { retryable: false }),
    text: (locale) => ({ title: stripeKeyMsg(locale, 'missingTitle'), body: stripeKeyMsg(locale, 'missingBody') }),
  };
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

/**
 * Stripe's Appearance from the host's resolved theme tokens, so the card form matches the element (and the
 * partner's overrides, and dark mode).
 */
export function stripeAppearance(host: Element): StripeAppearance {
  const style = getComputedStyle(host);
  const token = (name: string) => style.getPropertyValue(name).trim();
  const dark = style.colorScheme.includes('dark');
  const variables: Record<string, string> = {
    colorPrimary: token('--_primary'),
    colorBackground: token('--_surface'),
    colorText: token('--_text'),
    colorTextSecondary: token('--_text-muted'),
    colorDanger: token('--_danger'),
    fontFamily: token('--_font'),
    borderRadius: token('--_radius'),
  };
  for (const key of Object.keys(variables)) if (!variables[key]) delete variables[key];
  return { theme: dark ? 'night' : 'stripe', variables };
}

/**
 * The error for a payment session that answered without a client secret under any name tried: a `bad_response`
 * (the customer is told the answer could not be read) whose message names the call and the inferred field, for
 * the developer.
 */
export function missingClientSecret(): LightApiError {
  return inferredCallError(
    LightApiError,
    'paymentSession',
    PATHS.paymentSession,
    'answered without client_secret, setup_intent_client_secret or secret',
    'bad_response',
  );
}

/**
 * Switches how the test server answers Stripe.js's URL for this page (see `stripe-route.mjs`), and tells what
 * the page requested from js.stripe.com.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type StripeJsAnswer = 'answer' | 'fail' | 'hang';

export interface StripeRouteState {
  mode: StripeJsAnswer;
  /** The js.stripe.com URLs this page (its frames included) requested since its top document loaded. */
  requests: string[];
}

/** `fail`: Stripe.js fails to load (blocked or offline); `hang`: it never arrives; `answer`: the stand-in. */
export function answerStripeJs(mode: StripeJsAnswer): Promise<StripeRouteState> {
  return executeServerCommand<StripeRouteState, { mode: StripeJsAnswer }>('stripe-stand-in', { mode });
}

export function stripeRoute(): Promise<StripeRouteState> {
  return executeServerCommand<StripeRouteState, undefined>('stripe-stand-in');
}

/** How many times the stand-in Stripe.js ran in `win`. */
export function standInLoads(win: Window = window): number {
  return (win as Window & { __stripeStandIn?: { loads: number } }).__stripeStandIn?.loads ?? 0;
}

/** The offers for an address: their order, the one a partner preselected, and the refusal that says one is gone. */
import { LightApiError } from '../../api/errors.js';
import type { Plan } from '../../api/types.js';

/** Cheapest average price at 1,000 kWh first (the usual Texas comparison), then by energy rate. */
export function byAveragePrice(a: Plan, b: Plan): number {
  const price = (p: Plan) => p.average_price_1000_cents ?? p.energy_rate_cents_per_kwh ?? Infinity;
  return price(a) - price(b);
}

/** The offers, cheapest first (a new list). */
export function cheapestFirst(plans: readonly Plan[]): Plan[] {
  return [...plans].sort(byAveragePrice);
}

/** The offer with `uuid`, when it is still among the offers. */
export function offeredPlan(offers: readonly Plan[], uuid: string | undefined): Plan | undefined {
  return uuid ? offers.find((plan) => plan.uuid === uuid) : undefined;
}

/** An accept refused because the offer is gone: the plan expired or is no longer offered. */
export function isExpiredPlan(error: unknown): boolean {
  if (!(error instanceof LightApiError)) return false;
  if (error.code === 'not_found') return true;
  return (
    (error.status === 409 || error.status === 410 || error.status === 422) && /expire|no longer/i.test(error.message)
  );
}

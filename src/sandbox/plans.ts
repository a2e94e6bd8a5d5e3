/**
 * Plans: the plan groups the sandbox partner sells, the delivery (TDU) charges of each utility, and the priced
 * offers built from both for one address on one day. Offers expire (5 business days by default, like the docs'
 * priced plans) and carry the start-date window that plans/accept enforces.
 */
import type { Json } from '../api/parse.js';
import type { Tdu } from './addresses.js';
import { readEsiId } from './addresses.js';
import { invalid, notFound } from './responses.js';
import type { AccountRecord, SandboxState } from './state.js';
import { addBusinessDays, isIsoDate } from './time.js';

/** Priced plans expire after this many business days unless accepted (the docs' rule). */
export const PLAN_LIFETIME_BUSINESS_DAYS = 5;

export interface PlanGroup {
  uuid: string;
  name: string;
  description: string;
  term_months: number;
  /** Energy rate before the load-zone adjustment, cents per kWh. */
  energy_cents: number;
  base_charge_dollars: number;
  renewable_percent: number;
  plan_type: string;
  rate_structure: string;
}

/** The sandbox partner's plan groups (stable uuids, usable as `plan_group` in comparisons). */
export const PLAN_GROUPS: readonly PlanGroup[] = [
  {
    uuid: '4e7acc79-58af-4be1-881f-c9ccbbe02a80',
    name: 'Light Simple 12',
    description: 'One fixed energy rate for 12 months. No deposit with approved credit.',
    term_months: 12,
    energy_cents: 9.4,
    base_charge_dollars: 9.95,
    renewable_percent: 31,
    plan_type: 'fixed',
    rate_structure: 'flat',
  },
  {
    uuid: '7b1f3d2a-9c4e-4f6b-8a2d-1e5c7f9b3a60',
    name: 'Light Simple 24',
    description: 'Lock in one fixed energy rate for two years.',
    term_months: 24,
    energy_cents: 9.9,
    base_charge_dollars: 9.95,
    renewable_percent: 31,
    plan_type: 'fixed',
    rate_structure: 'flat',
  },
  {
    uuid: 'c3d9e8f1-2a4b-4c6d-9e8f-0a1b2c3d4e5f',
    name: 'Light Green 12',
    description: '100% Texas wind and solar, at one fixed rate for 12 months.',
    term_months: 12,
    energy_cents: 10.3,
    base_charge_dollars: 9.95,
    renewable_percent: 100,
    plan_type: 'fixed',
    rate_structure: 'flat',
  },
  {
    uuid: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
    name: 'Light Saver 6',
    description: 'A short six-month fixed rate with a lower monthly charge.',
    term_months: 6,
    energy_cents: 8.9,
    base_charge_dollars: 4.95,
    renewable_percent: 31,
    plan_type: 'fixed',
    rate_structure: 'flat',
  },
];

export interface TduInfo {
  /** How the utility is named in plan charges and support info. */
  display_name: string;
  delivery_cents_per_kwh: number;
  monthly_dollars: number;
  /** Wholesale price difference of the utility's load zone, cents per kWh. */
  zone_adder_cents: number;
  outage_phone: string;
  url: string;
}

/** Delivery charges approximate each utility's published residential rates; phones are the outage lines. */
export const TDUS: Record<Tdu, TduInfo> = {
  ONCOR: {
    display_name: 'Oncor',
    delivery_cents_per_kwh: 5.5833,
    monthly_dollars: 4.23,
    zone_adder_cents: 0,
    outage_phone: '1-888-313-4747',
    url: 'https://www.oncor.com',
  },
  CENTERPOINT: {
    display_name: 'CenterPoint Energy',
    delivery_cents_per_kwh: 5.9213,
    monthly_dollars: 4.9,
    zone_adder_cents: 0.3,
    outage_phone: '1-713-207-2222',
    url: 'https://www.centerpointenergy.com',
  },
  'AEP TEXAS CENTRAL': {
    display_name: 'AEP Texas Central',
    delivery_cents_per_kwh: 6.1024,
    monthly_dollars: 4.79,
    zone_adder_cents: 0.5,
    outage_phone: '1-866-223-8508',
    url: 'https://www.aeptexas.com',
  },
  'AEP TEXAS NORTH': {
    display_name: 'AEP Texas North',
    delivery_cents_per_kwh: 5.6122,
    monthly_dollars: 3.24,
    zone_adder_cents: 0.4,
    outage_phone: '1-866-223-8508',
    url: 'https://www.aeptexas.com',
  },
  TNMP: {
    display_name: 'TNMP',
    delivery_cents_per_kwh: 6.6987,
    monthly_dollars: 7.85,
    zone_adder_cents: 0.6,
    outage_phone: '1-888-866-7456',
    url: 'https://www.tnmp.com',
  },
  'LUBBOCK POWER & LIGHT': {
    display_name: 'Lubbock Power & Light',
    delivery_cents_per_kwh: 4.8432,
    monthly_dollars: 3.57,
    zone_adder_cents: 0.2,
    outage_phone: '1-806-775-2509',
    url: 'https://lpandl.com',
  },
};

/** Where the sandbox's plan documents live (never fetched; https so elements link them). */
export const DOCUMENTS_BASE = 'https://sandbox.light.dev/documents';

/** One priced offer, as stored. `json` is exactly what plans/request returns for it. */
export interface PlanOffer {
  json: PlanJson;
  group: PlanGroup;
  tdu: Tdu;
  esi_id: string;
  /**
   * `renewal` offers are tied to one location and accepted through renewal-plans/accept. `app` offers came from
   * the app-token plans request (custom rates): accepted through plans/accept, or through renewal-plans/accept for
   * a location at the same ESI ID (the renewal guide's "Customizing renewal rates").
   */
  kind: 'enrollment' | 'renewal' | 'app';
  location_uuid: string | null;
}

/** Raw JSON of a plan, named as `normalize.ts` `toPlan` reads first. */
export interface PlanJson {
  uuid: string;
  name: string;
  description: string;
  term_months: number;
  energy_rate_cents_per_kwh: number;
  tdu_charges: Array<{ name: string; cents_per_kwh?: number; dollars_per_month?: number }>;
  base_charge_dollars: number;
  average_price_500_cents: number;
  average_price_1000_cents: number;
  average_price_2000_cents: number;
  renewable_percent: number;
  efl_url: string;
  tos_url: string;
  yrac_url: string;
  earliest_start_date: string;
  latest_start_date: string;
  expires_at: string;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** The all-in price per kWh at a monthly use, in cents, as an EFL states it (energy, delivery and fixed charges). */
export function averagePriceCents(group: PlanGroup, tdu: Tdu, kwh: number): number {
  return round((monthlyCostDollars(group, tdu, kwh) * 100) / kwh, 1);
}

/** A month's energy, delivery and fixed charges at a use, in dollars (before taxes). */
export function monthlyCostDollars(group: PlanGroup, tdu: Tdu, kwh: number): number {
  const t = TDUS[tdu];
  const perKwh = energyRate(group, tdu) + t.delivery_cents_per_kwh;
  return (kwh * perKwh) / 100 + group.base_charge_dollars + t.monthly_dollars;
}

export function energyRate(group: PlanGroup, tdu: Tdu): number {
  return round(group.energy_cents + TDUS[tdu].zone_adder_cents, 2);
}

export interface OfferTerms {
  uuid: string;
  tdu: Tdu;
  esi_id: string;
  earliest: string;
  latest: string;
  expiresAt: string;
  kind?: PlanOffer['kind'];
  location_uuid?: string | null;
}

/** Prices one plan group for one address. */
export function priceOffer(group: PlanGroup, terms: OfferTerms): PlanOffer {
  const t = TDUS[terms.tdu];
  const docs = `${DOCUMENTS_BASE}/${terms.uuid}`;
  return {
    group,
    tdu: terms.tdu,
    esi_id: terms.esi_id,
    kind: terms.kind ?? 'enrollment',
    location_uuid: terms.location_uuid ?? null,
    json: {
      uuid: terms.uuid,
      name: group.name,
      description: group.description,
      term_months: group.term_months,
      energy_rate_cents_per_kwh: energyRate(group, terms.tdu),
      tdu_charges: [
        { name: `${t.display_name} delivery charge`, cents_per_kwh: t.delivery_cents_per_kwh },
        { name: `${t.display_name} monthly charge`, dollars_per_month: t.monthly_dollars },
      ],
      base_charge_dollars: group.base_charge_dollars,
      average_price_500_cents: averagePriceCents(group, terms.tdu, 500),
      average_price_1000_cents: averagePriceCents(group, terms.tdu, 1000),
      average_price_2000_cents: averagePriceCents(group, terms.tdu, 2000),
      renewable_percent: group.renewable_percent,
      efl_url: `${docs}/efl.pdf`,
      tos_url: `${docs}/tos.pdf`,
      yrac_url: `${docs}/yrac.pdf`,
      earliest_start_date: terms.earliest,
      latest_start_date: terms.latest,
      expires_at: terms.expiresAt,
    },
  };
}

/**
 * Prices every plan group for one address and remembers the offers on the account, so accept can check them.
 * Offers expire after {@link PLAN_LIFETIME_BUSINESS_DAYS} business days, or the sandbox's `planLifetimeMs`.
 */
export function offerPlans(
  state: SandboxState,
  account: AccountRecord,
  terms: Omit<OfferTerms, 'uuid' | 'expiresAt'>,
): PlanOffer[] {
  const now = state.now().getTime();
  const lifetime = state.config.planLifetimeMs;
  const expiresAt = new Date(lifetime === null ? addBusinessDays(now, PLAN_LIFETIME_BUSINESS_DAYS) : now + lifetime);
  return PLAN_GROUPS.map((group) => {
    const offer = priceOffer(group, { ...terms, uuid: state.uuid(), expiresAt: expiresAt.toISOString() });
    account.offers.set(offer.json.uuid, offer);
    return offer;
  });
}

/** What a plans/accept or renewal-plans/accept body asks for, once read. */
export interface AcceptRequest {
  plan_uuid: string;
  esi_id: string | null;
  service_start_date: string;
}

/** Reads an accept body; a 422 for a missing plan, terms not accepted, a bad ESI ID or date. */
export function readAcceptBody(body: Json, options: { requireEsiId: boolean }): AcceptRequest {
  const planUuid = body.plan_uuid;
  if (typeof planUuid !== 'string' || !planUuid.trim()) throw invalid('plan_uuid is required.');
  if (body.terms_accepted !== true) {
    throw invalid("terms_accepted must be true: the customer has to accept the plan's terms to enroll.");
  }
  const esiId = options.requireEsiId || body.esi_id !== undefined ? readEsiId(body.esi_id) : null;
  if (!isIsoDate(body.service_start_date)) {
    throw invalid('service_start_date must be a date written YYYY-MM-DD.');
  }
  return { plan_uuid: planUuid.trim(), esi_id: esiId, service_start_date: body.service_start_date };
}

/**
 * Checks an accept request against the offer it names: the offer exists (404), has not expired, is for the same
 * ESI ID, and the start date is inside its window, or inside `window` when the accept sets its own (a custom-rate
 * plan accepted as a renewal starts the day after the contract ends) (422s with a sentence saying which).
 */
export function checkAcceptable(
  offer: PlanOffer | undefined,
  request: AcceptRequest,
  now: Date,
  window?: { earliest: string; latest: string },
): PlanOffer {
  if (!offer) throw notFound('No plan with that plan_uuid was offered to this account. Request plans again.');
  if (now.getTime() >= Date.parse(offer.json.expires_at)) {
    throw invalid('Plan expired: its rates are no longer offered. Request plans again for current rates.');
  }
  if (request.esi_id !== null && request.esi_id !== offer.esi_id) {
    throw invalid('esi_id does not match the service address this plan was priced for.');
  }
  const { earliest, latest } = window ?? {
    earliest: offer.json.earliest_start_date,
    latest: offer.json.latest_start_date,
  };
  if (request.service_start_date < earliest || request.service_start_date > latest) {
    throw invalid(
      earliest === latest
        ? `service_start_date must be ${earliest} for this plan.`
        : `service_start_date must be between ${earliest} and ${latest}.`,
    );
  }
  return offer;
}

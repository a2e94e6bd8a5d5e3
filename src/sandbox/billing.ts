/**
 * Billing: monthly invoices priced from the location's own usage and contract, the card on file (set up through
 * the fake Stripe's SetupIntents), and the billing address.
 *
 * Invoices are built from the records on request (and cached for the day), so they always agree with usage:
 * an invoice's kWh is the usage of its billing period, and its charges groups add up to its total to the cent.
 */
import type { Json } from '../api/parse.js';
import type { AccountRoutes } from './context.js';
import { TDUS, type PlanOffer } from './plans.js';
import { invalid, notFound, paginate, readJsonBody } from './responses.js';
import {
  currentContract,
  refreshStatus,
  type AccountRecord,
  type BillingAddressRecord,
  type CardOnFile,
  type LocationRecord,
  type SandboxState,
} from './state.js';
import { addDays, addMonths, minDay } from './time.js';
import { lastCompleteDay, periodTotals } from './usage.js';

/** Auto-pay charges the card this many days after the invoice date (the docs' default). */
export const AUTOPAY_DAYS = 16;
/** Cents paid per kWh of solar export. */
const SOLAR_BUYBACK_CENTS = 6;
const PUC_ASSESSMENT_RATE = 0.001667;
const GROSS_RECEIPTS_RATE = 0.01997;

/** Which invoice states a scenario shows besides paid and due. */
export interface InvoiceOptions {
  /** The previous invoice's auto-pay failed: it is unpaid past its due date. */
  pastDue?: boolean;
  /** One older invoice was voided (an estimated read) and re-issued. */
  voided?: boolean;
}

/**
 * One line of an invoice's charges (an inferred shape: the docs name `charges_groups` and their charges only).
 * The amount is given twice, like the invoice's own total: integer cents, and dollars as a decimal string.
 */
export interface ChargeJson {
  name: string;
  amount_cents: number;
  /** Dollars, a decimal string (`"12.34"`), as the invoice's `total`. */
  amount: string;
  quantity: number;
  unit: string;
  /** Dollars per unit. */
  rate: number;
}

export interface ChargesGroupJson {
  name: string;
  total_cents: number;
  charges: ChargeJson[];
}

/**
 * Raw JSON of a list entry (`GET /account/billing/invoices`), as Light's example app types it
 * (`app/types/energy.ts`): amounts other than `total_cents` are decimal strings, and `paid_at` / `voided_at` are
 * left out when the invoice is not paid or voided.
 */
export interface InvoiceJson {
  number: string;
  invoice_date: string;
  payment_due_date: string;
  billing_period_start: string;
  billing_period_end: string;
  total_cents: number;
  total: string;
  total_kwh: string;
  avg_cents_per_kwh: string;
  pdf: string;
  paid_at?: string;
  voided_at?: string;
}

export interface InvoiceRecord {
  json: InvoiceJson;
  charges_groups: ChargesGroupJson[];
}

export interface InvoiceCache {
  day: string;
  /** Newest first. */
  list: InvoiceRecord[];
}

function charge(name: string, quantity: number, unit: string, rate: number): ChargeJson {
  const exactRate = Number(rate.toFixed(6));
  const amount_cents = Math.round(quantity * exactRate * 100);
  return { name, quantity, unit, rate: exactRate, amount_cents, amount: (amount_cents / 100).toFixed(2) };
}

function group(name: string, charges: ChargeJson[]): ChargesGroupJson {
  return { name, charges, total_cents: charges.reduce((sum, c) => sum + c.amount_cents, 0) };
}

/** The charges of one billing period under a plan: energy, delivery, solar credit, then taxes on the subtotal. */
export function chargesFor(plan: PlanOffer, importKwh: number, exportKwh: number): ChargesGroupJson[] {
  const tdu = TDUS[plan.tdu];
  const groups = [
    group('Energy charges', [
      charge('Energy charge', importKwh, 'kWh', plan.json.energy_rate_cents_per_kwh / 100),
      charge('Base charge', 1, 'month', plan.json.base_charge_dollars),
    ]),
    group(`Delivery charges (${tdu.display_name})`, [
      charge(`${tdu.display_name} delivery charge`, importKwh, 'kWh', tdu.delivery_cents_per_kwh / 100),
      charge(`${tdu.display_name} monthly charge`, 1, 'month', tdu.monthly_dollars),
    ]),
  ];
  if (exportKwh > 0) {
    groups.push(group('Credits', [charge('Solar buyback credit', exportKwh, 'kWh', -SOLAR_BUYBACK_CENTS / 100)]));
  }
  const subtotal = groups.reduce((sum, g) => sum + g.total_cents, 0) / 100;
  groups.push(
    group('Taxes and fees', [
      charge('PUC assessment', subtotal, 'USD', PUC_ASSESSMENT_RATE),
      charge('Gross receipts tax reimbursement', subtotal, 'USD', GROSS_RECEIPTS_RATE),
    ]),
  );
  return groups;
}

interface Draft {
  start: string;
  end: string;
  invoice_date: string;
  importKwh: number;
  exportKwh: number;
  plan: PlanOffer;
  voided_at: string | null;
}

/** Billing periods of a location: monthly from service start, each invoiced two days after it closes. */
function drafts(location: LocationRecord, lastDataDay: string, today: string): Draft[] {
  if (!location.is_service_active && !location.final_service_date) return [];
  const out: Draft[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(location.service_start_date, k);
    if (location.final_service_date && start > location.final_service_date) break;
    let end = addDays(addMonths(location.service_start_date, k + 1), -1);
    if (location.final_service_date) end = minDay(end, location.final_service_date);
    const invoiceDate = addDays(end, 2);
    if (end > lastDataDay || invoiceDate > today) break;
    const plan = currentContract(location, start)?.plan;
    if (!plan) break;
    const totals = periodTotals(location.usage, start, end);
    out.push({
      start,
      end,
      invoice_date: invoiceDate,
      importKwh: Math.round(totals.consumption / 1000),
      exportKwh: Math.round(totals.generation / 1000),
      plan,
      voided_at: null,
    });
  }
  return out;
}

/** An instant on `day` (15:00 UTC, mid-morning in Texas), when auto-pay and voids happen. */
function midday(day: string): string {
  return `${day}T15:00:00.000Z`;
}

/** Builds an account's invoices, newest first. */
function buildInvoices(state: SandboxState, account: AccountRecord): InvoiceRecord[] {
  const today = state.today();
  const lastDataDay = lastCompleteDay(state.now());
  const all = account.locations.flatMap((l) => drafts(l, lastDataDay, today));
  all.sort((a, b) => a.invoice_date.localeCompare(b.invoice_date));

  if (account.invoice_options.voided && all.length >= 5) {
    // An estimated read, voided three days later and re-issued with the actual read.
    const original = all[all.length - 4];
    const reissue = { ...original, invoice_date: addDays(original.invoice_date, 3) };
    original.importKwh = Math.round(original.importKwh * 1.07);
    original.voided_at = midday(reissue.invoice_date);
    all.splice(all.length - 3, 0, reissue);
  }

  const open = all.filter((d) => !d.voided_at);
  const failed = account.invoice_options.pastDue && open.length >= 2 ? open[open.length - 2] : null;

  return all
    .map((draft, index): InvoiceRecord => {
      const number = `${account.account_number}-${String(index + 1).padStart(4, '0')}`;
      const charges_groups = chargesFor(draft.plan, draft.importKwh, draft.exportKwh);
      const total_cents = charges_groups.reduce((sum, g) => sum + g.total_cents, 0);
      const due = addDays(draft.invoice_date, AUTOPAY_DAYS);
      const autopaid = !draft.voided_at && draft !== failed && account.card !== null && due < today;
      return {
        charges_groups,
        json: {
          number,
          invoice_date: draft.invoice_date,
          payment_due_date: due,
          billing_period_start: draft.start,
          billing_period_end: draft.end,
          total_cents,
          total: (total_cents / 100).toFixed(2),
          total_kwh: draft.importKwh.toFixed(1),
          avg_cents_per_kwh: (draft.importKwh ? total_cents / draft.importKwh : 0).toFixed(2),
          pdf: `https://sandbox.light.dev/invoices/${number}.pdf`,
          ...(autopaid ? { paid_at: midday(due) } : {}),
          ...(draft.voided_at ? { voided_at: draft.voided_at } : {}),
        },
      };
    })
    .reverse();
}

/** The account's invoices, newest first (rebuilt when the sandbox day changes or the account does). */
export function invoicesOf(state: SandboxState, account: AccountRecord): InvoiceRecord[] {
  const today = state.today();
  if (account.invoices?.day !== today) account.invoices = { day: today, list: buildInvoices(state, account) };
  return account.invoices.list;
}

// Payment methods ----------------------------------------------------------------------------------------------

/** POST payment-session: a SetupIntent for this account; its client secret goes to Stripe Elements. */
export function createSetupIntent(state: SandboxState, account: AccountRecord): string {
  const id = state.stripeId('seti');
  const client_secret = `${id}_secret_${state.stripeId('x').slice(2)}`;
  state.setupIntents.set(client_secret, {
    id,
    client_secret,
    accountUuid: account.uuid,
    status: 'requires_payment_method',
    payment_method: null,
  });
  return client_secret;
}

/** Stripe's answer to confirming a SetupIntent: the intent, or an error in Stripe's shape. */
export type ConfirmSetupResult =
  | { setupIntent: { id: string; object: 'setup_intent'; status: 'succeeded'; payment_method: string } }
  | { error: { type: string; code: string; decline_code?: string; message: string } };

/**
 * What Stripe does when the customer confirms a card against a SetupIntent: creates a `pm_…` payment method
 * tied to the intent's account. Used by the fake Stripe.
 */
export function confirmSetupIntent(
  state: SandboxState,
  clientSecret: string,
  card: Omit<CardOnFile, 'id'>,
): ConfirmSetupResult {
  const intent = state.setupIntents.get(clientSecret);
  if (!intent) {
    return {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        message: 'No such SetupIntent: the client secret did not come from payment-session.',
      },
    };
  }
  if (intent.status !== 'succeeded') {
    const id = state.stripeId('pm');
    state.paymentMethods.set(id, { accountUuid: intent.accountUuid, card: { id, ...card } });
    intent.status = 'succeeded';
    intent.payment_method = id;
  }
  const { id, payment_method } = intent;
  return { setupIntent: { id, object: 'setup_intent', status: 'succeeded', payment_method: payment_method! } };
}

/** Puts a payment method the fake Stripe produced for this account on file; a 422 for any other. */
export function addPaymentMethod(state: SandboxState, account: AccountRecord, paymentMethodId: unknown): void {
  if (typeof paymentMethodId !== 'string' || !/^pm_\w+$/.test(paymentMethodId)) {
    throw invalid('payment_method_id must be the pm_… id returned by Stripe.');
  }
  const method = state.paymentMethods.get(paymentMethodId);
  if (!method || method.accountUuid !== account.uuid) {
    throw invalid('That payment method was not set up for this account: confirm the card with Stripe first.');
  }
  account.card = { ...method.card };
  account.invoices = null;
  refreshStatus(account);
}

// Billing address --------------------------------------------------------------------------------------------

function serviceAddress(account: AccountRecord): BillingAddressRecord | null {
  const address = account.locations[0]?.address;
  if (!address) return null;
  const { address_1, address_2, city, state, postal_code } = address;
  return { address_1, address_2, city, state, postal_code };
}

/** Reads a billing address body; one 422 naming every field that is wrong. */
function readBillingAddress(body: Json): BillingAddressRecord | null {
  if (body.same_as_service_address !== undefined && typeof body.same_as_service_address !== 'boolean') {
    throw invalid('same_as_service_address must be true or false.');
  }
  if (body.same_as_service_address === true) return null;
  const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string).trim() : '');
  const problems: string[] = [];
  if (!text('address_1')) problems.push('address_1 is required');
  if (!text('city')) problems.push('city is required');
  if (!/^[A-Za-z]{2}$/.test(text('state'))) problems.push('state must be a two-letter code such as TX');
  if (!/^\d{5}(-\d{4})?$/.test(text('postal_code'))) problems.push('postal_code must be a 5-digit ZIP code');
  if (problems.length) throw invalid(`Billing address not accepted: ${problems.join('; ')}.`);
  return {
    address_1: text('address_1'),
    address_2: text('address_2') || null,
    city: text('city'),
    state: text('state').toUpperCase(),
    postal_code: text('postal_code'),
  };
}

// Routes -----------------------------------------------------------------------------------------------------

export const billingRoutes = {
  paymentSession: {
    POST: ({ state, account }) => ({ client_secret: createSetupIntent(state, account) }),
  },
  ensurePaymentMethod: {
    POST: async ({ state, account, request }) => {
      addPaymentMethod(state, account, (await readJsonBody(request)).payment_method_id);
      return {};
    },
  },
  paymentMethod: {
    GET: ({ account }) => {
      const card = account.card;
      if (!card) throw notFound('No payment method is on file for this account.');
      return {
        type: 'card',
        card_brand: card.brand,
        card_last4: card.last4,
        card_exp_month: card.exp_month,
        card_exp_year: card.exp_year,
        card_postal_code: card.postal_code,
      };
    },
  },
  invoices: {
    GET: ({ state, account, url }) => {
      const page = paginate(invoicesOf(state, account), url, 10);
      return { ...page, data: page.data.map((invoice) => invoice.json) };
    },
  },
  invoice: {
    GET: ({ state, account, params }) => {
      const invoice = invoicesOf(state, account).find((i) => i.json.number === params.invoice_number);
      if (!invoice) throw notFound('No invoice with that number on this account.');
      const { json } = invoice;
      // Inferred: the docs say the detail has "payment information"; left out, like `paid_at`, until paid.
      return {
        ...json,
        charges_groups: invoice.charges_groups,
        ...(json.paid_at ? { payment: { method: 'card', paid_at: json.paid_at, amount_cents: json.total_cents } } : {}),
      };
    },
  },
  billingAddress: {
    GET: ({ account }) => {
      const same = account.billing_address === null;
      const address = same ? serviceAddress(account) : account.billing_address;
      // Inferred names (the location's); `address_2` left out when there is none, as on a location.
      return {
        address_1: address?.address_1 ?? '',
        ...(address?.address_2 ? { address_2: address.address_2 } : {}),
        city: address?.city ?? '',
        state: address?.state ?? '',
        postal_code: address?.postal_code ?? '',
        same_as_service_address: same,
      };
    },
    PUT: async ({ account, request }) => {
      account.billing_address = readBillingAddress(await readJsonBody(request));
      account.billing_address_confirmed = true;
      return {};
    },
  },
} satisfies AccountRoutes;

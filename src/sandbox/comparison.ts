/**
 * Plan comparison from an uploaded bill: the upload is "parsed" in the background (it turns `processed` after a
 * poll or two), then simple and annual comparisons price the bill's usage on one of the partner's plan groups.
 * Amounts are decimal strings, as in the docs' examples.
 *
 * A bill the sandbox cannot read (to see `processing_error`): a file whose name contains `unreadable`
 * (`unreadable-bill.pdf`), or one that is not a PDF, JPEG or PNG. Every other upload is read.
 *
 * Usage profiles (app token): `POST /v1/app/usage-profiles/fetch` answers 202 `pending`, as the docs show, and the
 * synthetic profile is ready at once (sandbox apps use synthetic usage, per the docs): a later
 * `GET /v1/app/usage-profiles/{uuid}` reads `completed`, and every comparison of that bill then names it in
 * `usage_profile_uuid` and prices the plan on it (4% below the average-customer rate).
 */
import type { AccountRoutes, AppRoutes } from './context.js';
import { monthlyCostDollars, PLAN_GROUPS, type PlanGroup } from './plans.js';
import { createRng, choose, hashSeed, randomBetween } from './random.js';
import { badRequest, invalid, jsonResponse, notFound, readJsonBody, requiredText } from './responses.js';
import type { AccountRecord, SandboxState } from './state.js';
import { addDays, addMonths, splitDay } from './time.js';

/** GETs of a pending upload before it reads as processed. */
const POLLS_TO_PROCESS = 2;
const PROVIDERS = ['TXU Energy', 'Reliant', 'Green Mountain Energy', 'Direct Energy', 'Gexa Energy'];
/** Typical Texas monthly use relative to the year's average, January first. */
const SEASON = [0.85, 0.75, 0.7, 0.72, 0.9, 1.2, 1.45, 1.5, 1.25, 0.9, 0.75, 0.85];

export interface ComparisonRecord {
  uuid: string;
  status: 'pending' | 'processed';
  utility_account_number: string | null;
  processed_at: string | null;
  processing_error: string | null;
  polls_left: number;
  readable: boolean;
  parsed: {
    contract_end_date: string;
    invoice_date: string;
    provider_display_name: string;
    total_dollars: number;
    total_kwh: number;
  };
}

/** A usage profile as the docs show it. */
export interface UsageProfileRecord {
  uuid: string;
  status: 'pending' | 'completed' | 'failed';
  utility_account_number: string | null;
  error_message: string | null;
  created_at: string;
  start_date: string | null;
  end_date: string | null;
  /** The comparison invoice it was fetched for. */
  comparison_invoice_uuid: string;
}

/** What a personal profile does to the plan's price in the sandbox. */
const PROFILE_FACTOR = 0.96;

const money = (n: number) => n.toFixed(2);

function comparisonJson(record: ComparisonRecord) {
  const { uuid, status, utility_account_number, processed_at, processing_error } = record;
  return { uuid, status, utility_account_number, processed_at, processing_error };
}

function parsedJson(record: ComparisonRecord) {
  const p = record.parsed;
  return { ...p, total_dollars: money(p.total_dollars), total_kwh: p.total_kwh.toFixed(1) };
}

function planComparison(group: PlanGroup, totalDollars: string, profile: UsageProfileRecord | null) {
  return {
    group_uuid: group.uuid,
    name: group.name,
    total_dollars: totalDollars,
    usage_profile_uuid: profile?.uuid ?? null,
  };
}

function profileJson(profile: UsageProfileRecord) {
  const { comparison_invoice_uuid: _invoice, ...json } = profile;
  return json;
}

/** The processed upload named by `uuid`, or the error a comparison answers before it is ready. */
function readyComparison(account: AccountRecord, query: URLSearchParams) {
  const planGroup = requiredText(Object.fromEntries(query), 'plan_group');
  const uuid = requiredText(Object.fromEntries(query), 'uuid');
  const record = account.comparison;
  if (!record || record.uuid !== uuid) throw notFound('No comparison invoice with that uuid on this account.');
  if (record.status === 'pending') throw invalid('The comparison invoice is still being processed. Try again shortly.');
  const group = PLAN_GROUPS.find((g) => g.uuid === planGroup);
  if (!group) throw notFound('No plan group with that uuid.');
  const tdu = account.locations[0]?.address.utility ?? 'ONCOR';
  const profile = account.usage_profile?.status === 'completed' ? account.usage_profile : null;
  const offered = (kwh: number) => monthlyCostDollars(group, tdu, kwh) * (profile ? PROFILE_FACTOR : 1);
  return { record, group, offered, profile };
}

const READABLE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];

/** Whether the sandbox "reads" this bill: a PDF, JPEG or PNG not named `unreadable`. */
function isReadable(file: File): boolean {
  if (/unreadable/i.test(file.name)) return false;
  return READABLE_TYPES.includes(file.type) || /\.(pdf|jpe?g|png)$/i.test(file.name);
}

/** Turns a pending upload processed: read (with the meter's number) or not (with a `processing_error`). */
function finishProcessing(state: SandboxState, account: AccountRecord, record: ComparisonRecord): void {
  record.status = 'processed';
  record.processed_at = state.now().toISOString();
  if (record.readable) record.utility_account_number = account.locations[0]?.address.esi_id ?? '10443720000000000';
  else record.processing_error = 'The file could not be read as an electricity bill. Upload a clear PDF of the bill.';
}

/**
 * A bill already uploaded (for scenarios): `file` names it, as an upload would. Processed, unless `pollsLeft`
 * says how many more GETs it stays pending.
 */
export function seedComparison(
  state: SandboxState,
  account: AccountRecord,
  file: File,
  pollsLeft = 0,
): ComparisonRecord {
  const record = upload(state, account, file);
  if (pollsLeft > 0) record.polls_left = pollsLeft;
  else finishProcessing(state, account, record);
  account.comparison = record;
  return record;
}

function upload(state: SandboxState, account: AccountRecord, file: File): ComparisonRecord {
  const rng = createRng(hashSeed(state.config.seed, account.uuid, file.name, file.size));
  const kwh = Math.round(randomBetween(rng, 900, 1900) * 10) / 10;
  const today = state.today();
  return {
    uuid: state.uuid(),
    status: 'pending',
    utility_account_number: null,
    processed_at: null,
    processing_error: null,
    polls_left: POLLS_TO_PROCESS,
    readable: isReadable(file),
    parsed: {
      contract_end_date: addMonths(today, 3),
      invoice_date: addDays(today, -20),
      provider_display_name: choose(rng, PROVIDERS),
      total_kwh: kwh,
      total_dollars: Math.round(kwh * randomBetween(rng, 0.14, 0.18) * 100) / 100,
    },
  };
}

export const comparisonRoutes = {
  comparisonInvoice: {
    POST: async ({ state, account, request }) => {
      const missingFile = () => invalid('file is required: attach a PDF of the current electricity bill.');
      let form: FormData;
      try {
        form = await request.clone().formData();
      } catch {
        // Some browsers (Chromium 150) refuse to parse a multipart body with no parts at all: that is an upload
        // without its file, not a malformed one.
        const multipart = /^multipart\/form-data\b/i.test(request.headers.get('Content-Type') ?? '');
        if (multipart && !/content-disposition/i.test(await request.text())) throw missingFile();
        throw badRequest('Upload the bill as multipart/form-data with the PDF in a field named "file".');
      }
      const file = form.get('file');
      if (!(file instanceof File) || file.size === 0) throw missingFile();
      account.comparison = upload(state, account, file);
      return jsonResponse(comparisonJson(account.comparison), 201);
    },
    GET: ({ state, account }) => {
      const record = account.comparison;
      if (!record) throw notFound('No comparison invoice has been uploaded for this account.');
      if (record.status === 'pending' && --record.polls_left <= 0) finishProcessing(state, account, record);
      return comparisonJson(record);
    },
  },
  simpleCompare: {
    GET: ({ account, query }) => {
      const { record, group, offered, profile } = readyComparison(account, query);
      if (record.processing_error) {
        return { processing_error: record.processing_error, parsed_invoice_data: null, plan_comparison: null };
      }
      return {
        processing_error: null,
        parsed_invoice_data: parsedJson(record),
        plan_comparison: planComparison(group, money(offered(record.parsed.total_kwh)), profile),
      };
    },
  },
  annualCompare: {
    GET: ({ account, query }) => {
      const { record, group, offered, profile } = readyComparison(account, query);
      if (record.processing_error) {
        const { processing_error } = record;
        return { processing_error, months: [], annual_totals: null, parsed_invoice_data: null, plan_comparison: null };
      }
      const { total_kwh, total_dollars, invoice_date } = record.parsed;
      const billMonth = splitDay(invoice_date).month - 1;
      const currentRate = total_dollars / total_kwh;
      const months = SEASON.map((factor, i) => {
        const kwh = (total_kwh * factor) / SEASON[billMonth];
        return { month: i + 1, importKwh: kwh, current: kwh * currentRate, offered: offered(kwh) };
      });
      const sum = (key: 'importKwh' | 'current' | 'offered') => months.reduce((s, m) => s + Number(money(m[key])), 0);
      const annualOffered = money(sum('offered'));
      return {
        processing_error: null,
        months: months.map((m) => ({
          month: m.month,
          import_kwh: money(m.importKwh),
          current_plan_dollars: money(m.current),
          offered_plan_dollars: money(m.offered),
        })),
        annual_totals: {
          annual_import_kwh: money(sum('importKwh')),
          annual_current_plan_dollars: money(sum('current')),
          annual_offered_plan_dollars: annualOffered,
        },
        parsed_invoice_data: parsedJson(record),
        plan_comparison: planComparison(group, annualOffered, profile),
      };
    },
  },
} satisfies AccountRoutes;

/** The app-token usage-profile routes: fetch a profile for a comparison invoice, and read one. */
export const usageProfileRoutes = {
  usageProfilesFetch: {
    POST: async ({ state, request }) => {
      const body = await readJsonBody(request);
      if (body.user_authorizes_usage_fetch !== true) {
        throw invalid('user_authorizes_usage_fetch must be true: fetch usage only after the customer has consented.');
      }
      const invoiceUuid = requiredText(body, 'comparison_invoice_uuid');
      const account = [...state.accounts.values()].find((a) => a.comparison?.uuid === invoiceUuid);
      if (!account?.comparison) throw notFound('No comparison invoice with that uuid.');
      const record = account.comparison;
      if (record.status !== 'processed' || record.processing_error) {
        throw invalid('The comparison invoice has not been processed into a readable bill.');
      }
      const today = state.today();
      const profile: UsageProfileRecord = {
        uuid: state.uuid(),
        status: 'pending',
        utility_account_number: record.utility_account_number,
        error_message: null,
        created_at: state.now().toISOString(),
        start_date: null,
        end_date: null,
        comparison_invoice_uuid: invoiceUuid,
      };
      const answer = profileJson(profile);
      // Synthetic usage: the profile is ready by the next read.
      Object.assign(profile, { status: 'completed', start_date: addMonths(today, -12), end_date: addDays(today, -1) });
      account.usage_profile = profile;
      return jsonResponse(answer, 202);
    },
  },
  usageProfile: {
    GET: ({ state, params }) => {
      const account = [...state.accounts.values()].find((a) => a.usage_profile?.uuid === params.usage_profile_uuid);
      if (!account?.usage_profile) throw notFound('No usage profile with that uuid.');
      return profileJson(account.usage_profile);
    },
  },
} satisfies AppRoutes;

/**
 * A location's plan, documents, support contacts and renewal. Renewal opens 90 days before the contract ends;
 * its offers start the day after, and accepting one queues a new contract (shown as `queued` documents).
 */
import type { AccountRoutes } from './context.js';
import { checkAcceptable, offerPlans, readAcceptBody, TDUS, type PlanOffer } from './plans.js';
import { invalid, notFound, readJsonBody } from './responses.js';
import {
  contractEnd,
  currentContract,
  findLocation,
  SANDBOX_APP,
  type AccountRecord,
  type Contract,
  type LocationRecord,
  type SandboxState,
} from './state.js';
import { addDays, daysBetween, maxDay } from './time.js';

/** Renewal offers open this many days before the contract ends (the docs' rule). */
export const RENEWAL_WINDOW_DAYS = 90;

function contractOrMissing(location: LocationRecord, today: string): Contract {
  const contract = currentContract(location, today);
  if (!contract) throw notFound('This location has no plan yet.');
  return contract;
}

/** The documents of one contract, in the all-documents shape. */
function contractDocuments(contract: Contract, state: 'past' | 'active' | 'queued') {
  const { json } = contract.plan;
  const kinds = [
    ['efl', 'Electricity Facts Label', json.efl_url],
    ['tos', 'Terms of Service', json.tos_url],
    ['yrac', 'Your Rights as a Customer', json.yrac_url],
  ] as const;
  return kinds.map(([kind, name, url]) => ({
    kind,
    name: `${name} (${json.name})`,
    url,
    state,
    start_date: contract.start_date,
    end_date: contract.end_date,
    plan_name: json.name,
  }));
}

/** `past` once ended; `queued` when it starts after the contract now in force; otherwise `active`. */
function contractState(contract: Contract, current: Contract | null, today: string): 'past' | 'active' | 'queued' {
  if (contract.end_date < today && contract !== current) return 'past';
  if (current && contract !== current && contract.start_date > current.start_date) return 'queued';
  return 'active';
}

/** Prices renewal plans for a location, all starting on `start`. */
export function offerRenewals(
  state: SandboxState,
  account: AccountRecord,
  location: LocationRecord,
  start: string,
): PlanOffer[] {
  return offerPlans(state, account, {
    tdu: location.address.utility,
    esi_id: location.address.esi_id,
    earliest: start,
    latest: start,
    kind: 'renewal',
    location_uuid: location.uuid,
  });
}

/**
 * The day a renewal of this location starts: the day after the contract ends, or tomorrow once it has ended (it
 * rolled onto month-to-month). A 422 when the location cannot be renewed now: service not active, a renewal
 * already scheduled, or more than {@link RENEWAL_WINDOW_DAYS} days before the contract ends.
 */
export function renewalStart(location: LocationRecord, today: string): string {
  if (!location.is_service_active) throw invalid('Renewal plans are offered only for an active service location.');
  const contract = contractOrMissing(location, today);
  const queued = location.contracts.find((c) => c.start_date > contract.end_date);
  if (queued) throw invalid(`A renewal is already scheduled to start on ${queued.start_date}.`);
  const daysLeft = daysBetween(today, contract.end_date);
  if (daysLeft > RENEWAL_WINDOW_DAYS) {
    throw invalid(
      `Renewal opens ${RENEWAL_WINDOW_DAYS} days before the contract ends on ${contract.end_date}: ` +
        `plans are available from ${addDays(contract.end_date, -RENEWAL_WINDOW_DAYS)}.`,
    );
  }
  return maxDay(addDays(contract.end_date, 1), addDays(today, 1));
}

/**
 * The offer a renewal accept names, if this location may take it: a renewal offer for the location, or a plan
 * from the app-token plans request for its ESI ID.
 */
function renewableOffer(offer: PlanOffer | undefined, location: LocationRecord): PlanOffer | undefined {
  if (offer?.kind === 'renewal') return offer.location_uuid === location.uuid ? offer : undefined;
  if (offer?.kind === 'app') return offer.esi_id === location.address.esi_id ? offer : undefined;
  return undefined;
}

/** Queues a further contract under `offer` from `start`. */
export function addContract(location: LocationRecord, offer: PlanOffer, start: string, acceptedAt: string): void {
  const end_date = contractEnd(start, offer.group.term_months);
  location.contracts.push({ plan: offer, start_date: start, end_date, accepted_at: acceptedAt });
}

export const locationRoutes = {
  locationPlan: {
    GET: ({ state, account, params }) => {
      const { plan } = contractOrMissing(findLocation(account, params.location_uuid), state.today());
      const { name, uuid } = plan.json;
      return { name, uuid, plan_type: plan.group.plan_type, rate_structure: plan.group.rate_structure };
    },
  },
  documents: {
    GET: ({ state, account, params }) => {
      const contract = contractOrMissing(findLocation(account, params.location_uuid), state.today());
      const { json } = contract.plan;
      return {
        efl: json.efl_url,
        tos: json.tos_url,
        yrac: json.yrac_url,
        contract_start: contract.start_date,
        contract_end: contract.end_date,
      };
    },
  },
  allDocuments: {
    GET: ({ state, account, params }) => {
      const location = findLocation(account, params.location_uuid);
      const today = state.today();
      const current = currentContract(location, today);
      const order = { queued: 0, active: 1, past: 2 };
      const documents = [...location.contracts]
        .reverse()
        .flatMap((contract) => contractDocuments(contract, contractState(contract, current, today)))
        .sort((a, b) => order[a.state] - order[b.state]);
      return { documents };
    },
  },
  supportInfo: {
    GET: ({ account, params }) => {
      const tdu = TDUS[findLocation(account, params.location_uuid).address.utility];
      return {
        support: {
          name: `${SANDBOX_APP.name} customer support`,
          phone: '1-855-555-0142',
          email: 'support@sandbox-energy.example',
          url: 'https://sandbox.light.dev/support',
        },
        tdu: { name: tdu.display_name, phone: tdu.outage_phone, url: tdu.url },
      };
    },
  },
  renewalRequest: {
    POST: ({ state, account, params }) => {
      const location = findLocation(account, params.location_uuid);
      const start = renewalStart(location, state.today());
      return { plans: offerRenewals(state, account, location, start).map((offer) => offer.json) };
    },
  },
  renewalAccept: {
    POST: async ({ state, account, params, request }) => {
      const location = findLocation(account, params.location_uuid);
      const accept = readAcceptBody(await readJsonBody(request), { requireEsiId: false });
      const found = renewableOffer(account.offers.get(accept.plan_uuid), location);
      // A custom-rate plan starts the day after the contract ends, whatever window it was priced with.
      const start = found?.kind === 'app' ? renewalStart(location, state.today()) : null;
      const window = start === null ? undefined : { earliest: start, latest: start };
      const offer = checkAcceptable(found, accept, state.now(), window);
      addContract(location, offer, accept.service_start_date, state.now().toISOString());
      account.offers.delete(offer.json.uuid);
      return {};
    },
  },
} satisfies AccountRoutes;

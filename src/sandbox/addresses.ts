/**
 * Service addresses the sandbox knows, as a utility would list them (upper case, abbreviated), each with its
 * ESI ID and TDU, and the type-ahead search over them.
 *
 * The streets are real Texas streets; house numbers, units and ESI IDs are made up. ESI ID prefixes follow each
 * TDU's pattern (CenterPoint's are 22 digits). Two ESI IDs are the ones the Light docs use as examples.
 * Austin addresses are served by ONCOR here, as in the docs' eligibility example (`78701` → ONCOR).
 */
import { invalid } from './responses.js';

export type Tdu = 'ONCOR' | 'CENTERPOINT' | 'AEP TEXAS CENTRAL' | 'AEP TEXAS NORTH' | 'TNMP' | 'LUBBOCK POWER & LIGHT';

/** A service address as the sandbox keeps it (`address_2` is `null` when there is none). */
export interface ServiceAddressJson {
  address_1: string;
  address_2: string | null;
  city: string;
  state: string;
  postal_code: string;
  esi_id: string;
  utility: Tdu;
}

/**
 * Raw JSON of an address-search / esi-id-search result (an inferred shape): the address with `address_2` left out
 * when there is none, as Light's example app types a location's (`address_2?: string`, `app/types/account.ts`).
 */
export function serviceAddressJson({ address_2, ...rest }: ServiceAddressJson) {
  return address_2 === null ? rest : { ...rest, address_2 };
}

type Row = [
  address_1: string,
  address_2: string | null,
  city: string,
  postal_code: string,
  utility: Tdu,
  esi_id: string,
];

const ROWS: Row[] = [
  // ONCOR: Dallas, Fort Worth and the north Texas suburbs, Waco, Midland, and (per the docs' example) Austin.
  ['1200 MAIN ST', 'APT 1402', 'DALLAS', '75202', 'ONCOR', '10443720000000000'],
  ['4521 GASTON AVE', null, 'DALLAS', '75246', 'ONCOR', '10443720636966187'],
  ['2815 BOLL ST', null, 'DALLAS', '75204', 'ONCOR', '10443720873715227'],
  ['6130 LEWIS ST', null, 'DALLAS', '75206', 'ONCOR', '10443720881473239'],
  ['7715 LAKEWOOD BLVD', null, 'DALLAS', '75214', 'ONCOR', '10443720844811335'],
  ['3409 OAK LAWN AVE', 'APT 210', 'DALLAS', '75219', 'ONCOR', '10443720947248835'],
  ['3409 OAK LAWN AVE', 'APT 211', 'DALLAS', '75219', 'ONCOR', '10443720871506362'],
  ['10230 GARLAND RD', null, 'DALLAS', '75218', 'ONCOR', '10443720344940216'],
  ['925 N BISHOP AVE', null, 'DALLAS', '75208', 'ONCOR', '10443720022428458'],
  ['2316 HEMPHILL ST', null, 'FORT WORTH', '76110', 'ONCOR', '10443720660545624'],
  ['3612 W 7TH ST', null, 'FORT WORTH', '76107', 'ONCOR', '10443720925960663'],
  ['5209 CRESTLINE RD', null, 'FORT WORTH', '76107', 'ONCOR', '10443720862794156'],
  ['1409 W MAGNOLIA AVE', null, 'FORT WORTH', '76104', 'ONCOR', '10443720856090248'],
  ['6620 CAMP BOWIE BLVD', null, 'FORT WORTH', '76116', 'ONCOR', '10443720187264501'],
  ['2201 W PARKER RD', null, 'PLANO', '75023', 'ONCOR', '10443720590318274'],
  ['1517 W ABRAM ST', null, 'ARLINGTON', '76013', 'ONCOR', '10443720412087736'],
  ['810 N OCONNOR RD', null, 'IRVING', '75061', 'ONCOR', '10443720735120948'],
  ['1925 AUSTIN AVE', null, 'WACO', '76701', 'ONCOR', '10443720268841107'],
  ['3301 W WADLEY AVE', null, 'MIDLAND', '79705', 'ONCOR', '10443720951736620'],
  ['500 CONGRESS AVE', 'UNIT 1203', 'AUSTIN', '78701', 'ONCOR', '55512345671234567'],
  ['1801 E 6TH ST', null, 'AUSTIN', '78702', 'ONCOR', '10443720304419852'],
  ['4312 AVENUE F', null, 'AUSTIN', '78751', 'ONCOR', '10443720617702394'],
  ['1105 E PALM VALLEY BLVD', null, 'ROUND ROCK', '78664', 'ONCOR', '10443720479655013'],
  // CENTERPOINT: Houston and around; 22-digit ESI IDs.
  ['2100 MONTROSE BLVD', 'APT 5', 'HOUSTON', '77006', 'CENTERPOINT', '1008901382844037879583'],
  ['1410 HEIGHTS BLVD', null, 'HOUSTON', '77008', 'CENTERPOINT', '1008901025666469615264'],
  ['5102 WESTHEIMER RD', null, 'HOUSTON', '77056', 'CENTERPOINT', '1008901363323159758834'],
  ['3215 RICHMOND AVE', null, 'HOUSTON', '77098', 'CENTERPOINT', '1008901418306301117773'],
  ['7711 KIRBY DR', null, 'HOUSTON', '77030', 'CENTERPOINT', '1008901249308392259273'],
  ['1600 SMITH ST', 'APT 3012', 'HOUSTON', '77002', 'CENTERPOINT', '1008901825756621701443'],
  ['902 W 19TH ST', null, 'HOUSTON', '77008', 'CENTERPOINT', '1008901665344539964820'],
  ['2407 BAY AREA BLVD', null, 'HOUSTON', '77058', 'CENTERPOINT', '1008901439904318297974'],
  ['16702 STUEBNER AIRLINE RD', null, 'SPRING', '77379', 'CENTERPOINT', '1008901683756509706287'],
  // TNMP: Gulf Coast towns south of Houston.
  ['2105 E MAIN ST', null, 'LEAGUE CITY', '77573', 'TNMP', '10400511013958480'],
  ['412 W PARKWOOD AVE', null, 'FRIENDSWOOD', '77546', 'TNMP', '10400511744379361'],
  ['2907 PALMER HWY', null, 'TEXAS CITY', '77590', 'TNMP', '10400511645033821'],
  // AEP TEXAS CENTRAL: Corpus Christi, the Rio Grande Valley, Victoria, Laredo.
  ['4426 OCEAN DR', null, 'CORPUS CHRISTI', '78411', 'AEP TEXAS CENTRAL', '10032789740977216'],
  ['1302 S ALAMEDA ST', null, 'CORPUS CHRISTI', '78404', 'AEP TEXAS CENTRAL', '10032789944964655'],
  ['6617 SARATOGA BLVD', null, 'CORPUS CHRISTI', '78414', 'AEP TEXAS CENTRAL', '10032789772201843'],
  ['2101 N 10TH ST', null, 'MCALLEN', '78501', 'AEP TEXAS CENTRAL', '10032789019859778'],
  ['1011 E HARRISON AVE', null, 'HARLINGEN', '78550', 'AEP TEXAS CENTRAL', '10032789966173649'],
  ['2309 N NAVARRO ST', null, 'VICTORIA', '77901', 'AEP TEXAS CENTRAL', '10032789406119440'],
  ['1402 SAN BERNARDO AVE', null, 'LAREDO', '78040', 'AEP TEXAS CENTRAL', '10032789946977327'],
  // AEP TEXAS NORTH: Abilene, San Angelo, Vernon.
  ['1842 SAYLES BLVD', null, 'ABILENE', '79605', 'AEP TEXAS NORTH', '10204049805981029'],
  ['2315 W BEAUREGARD AVE', null, 'SAN ANGELO', '76901', 'AEP TEXAS NORTH', '10204049739303644'],
  ['1720 WILBARGER ST', null, 'VERNON', '76384', 'AEP TEXAS NORTH', '10204049465058783'],
  // LUBBOCK POWER & LIGHT: Lubbock joined the retail market in 2024.
  ['2402 BROADWAY', null, 'LUBBOCK', '79401', 'LUBBOCK POWER & LIGHT', '10174150634887519'],
  ['4615 19TH ST', null, 'LUBBOCK', '79416', 'LUBBOCK POWER & LIGHT', '10174150644169927'],
  ['5802 82ND ST', null, 'LUBBOCK', '79424', 'LUBBOCK POWER & LIGHT', '10174150702564054'],
];

/** Every address the sandbox serves. */
export const SERVICE_ADDRESSES: readonly ServiceAddressJson[] = ROWS.map(
  ([address_1, address_2, city, postal_code, utility, esi_id]) => ({
    address_1,
    address_2,
    city,
    state: 'TX',
    postal_code,
    esi_id,
    utility,
  }),
);

/** The most results address-search returns. */
export const MAX_SEARCH_RESULTS = 10;

/** Normalizes an ESI ID as typed (spaces and dashes dropped); a 422 unless it has 17 or 22 digits. */
export function readEsiId(value: unknown): string {
  const digits = typeof value === 'string' ? value.replace(/[\s-]/g, '') : '';
  if (!/^(\d{17}|\d{22})$/.test(digits)) {
    throw invalid('esi_id must be an ESI ID of 17 or 22 digits, as printed on an electricity bill.');
  }
  return digits;
}

export function findByEsiId(esiId: string): ServiceAddressJson | undefined {
  return SERVICE_ADDRESSES.find((address) => address.esi_id === esiId);
}

// Type-ahead search -------------------------------------------------------------------------------------------

/** Spellings reduced to the form utilities print, applied to both the query and the addresses. */
const CANONICAL: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  boulevard: 'blvd',
  drive: 'dr',
  road: 'rd',
  lane: 'ln',
  court: 'ct',
  parkway: 'pkwy',
  highway: 'hwy',
  place: 'pl',
  circle: 'cir',
  trail: 'trl',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  apartment: 'apt',
  unit: 'apt',
  suite: 'apt',
  ste: 'apt',
  ft: 'fort',
  texas: 'tx',
};

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/#\s*/g, ' apt ')
    .replace(/['’.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((token) => CANONICAL[token] ?? token);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** How well one query token matches one address token: 3 exact, 2 prefix, 1 near miss (a typo), 0 none. */
function tokenScore(query: string, candidate: string): number {
  if (candidate === query) return 3;
  if (candidate.startsWith(query)) return 2;
  if (/^\d+$/.test(query) || query.length < 4) return 0; // numbers and short words must be typed right
  const limit = query.length >= 8 ? 2 : 1;
  const sameLength = candidate.slice(0, query.length);
  return editDistance(query, candidate, limit) <= limit || editDistance(query, sameLength, limit) <= limit ? 1 : 0;
}

const indexed = SERVICE_ADDRESSES.map((address) => ({
  address,
  tokens: tokens([address.address_1, address.address_2, address.city, address.state, address.postal_code].join(' ')),
}));

/**
 * Type-ahead search: every query word must match a word of the address exactly, as a prefix (the word being
 * typed) or within a typo or two; results are ranked by how well they match, best first, at most
 * {@link MAX_SEARCH_RESULTS}. Case, punctuation and common abbreviations (Street/St, #/Apt) do not matter.
 */
export function searchAddresses(query: string): ServiceAddressJson[] {
  const wanted = tokens(query);
  if (!wanted.length) return [];
  const scored: Array<{ address: ServiceAddressJson; score: number }> = [];
  for (const { address, tokens: have } of indexed) {
    let score = 0;
    for (const word of wanted) {
      const best = Math.max(0, ...have.map((candidate) => tokenScore(word, candidate)));
      if (!best) {
        score = 0;
        break;
      }
      score += best;
    }
    if (!score) continue;
    // A leading house number that matches exactly is the strongest signal a person gives.
    if (/^\d+$/.test(wanted[0]) && have[0] === wanted[0]) score += 2;
    scored.push({ address, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.address.address_1.localeCompare(b.address.address_1) ||
        (a.address.address_2 ?? '').localeCompare(b.address.address_2 ?? ''),
    )
    .slice(0, MAX_SEARCH_RESULTS)
    .map((entry) => entry.address);
}

// Full-address search -----------------------------------------------------------------------------------------

/** The fields of a full-address search (`POST /app/accounts/enroll/full-address-search`; the body is inferred). */
export interface FullAddressQuery {
  address_1: string;
  address_2?: string | null;
  city?: string | null;
  state?: string | null;
  postal_code: string;
}

/**
 * The docs' full-address search: only addresses that match exactly after normalization ("123 Main Street Apt 1"
 * finds "123 MAIN ST #1"; "124 Main St" or "123 Mian St" find nothing). Without a unit, every unit at the street
 * address matches: more than one meter at the location.
 */
export function fullAddressSearch(query: FullAddressQuery): ServiceAddressJson[] {
  const street = tokens(query.address_1).join(' ');
  const unit = tokens(query.address_2 ?? '').join(' ');
  const city = tokens(query.city ?? '').join(' ');
  if (!street || !/^\d{5}$/.test(query.postal_code)) return [];
  return SERVICE_ADDRESSES.filter((address) => {
    if (address.postal_code !== query.postal_code) return false;
    if (city && tokens(address.city).join(' ') !== city) return false;
    const [theirs, ours] = [tokens(address.address_1).join(' '), tokens(address.address_2 ?? '').join(' ')];
    // A unit typed into address_1 ("1200 Main St Apt 1402") counts as the unit.
    if (`${theirs} ${ours}`.trim() === `${street} ${unit}`.trim()) return true;
    return !unit && theirs === street;
  });
}

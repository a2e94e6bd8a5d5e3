/**
 * The billing address form's rules, without a DOM: the US states to choose from, what makes each field valid,
 * and the cleaned-up values that are sent.
 */

export type AddressField = 'address_1' | 'address_2' | 'city' | 'state' | 'postal_code';

export interface AddressValues {
  address_1: string;
  address_2: string;
  city: string;
  state: string;
  postal_code: string;
}

/** Why a field is not accepted. */
export type FieldProblem = 'required' | 'state' | 'zip' | 'too_long';

export type AddressProblems = Partial<Record<AddressField, FieldProblem>>;

/** Field order on screen: the first invalid one in this order gets focus. */
export const ADDRESS_FIELDS: readonly AddressField[] = ['address_1', 'address_2', 'city', 'state', 'postal_code'];

export const DEFAULT_STATE = 'TX';

/** Longest street line, city or unit line accepted. */
export const MAX_LENGTH = 100;

/** The 50 states and the District of Columbia, by postal code. */
export const US_STATES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

const STATE_CODES = new Set(US_STATES.map(([code]) => code));

/** A 5-digit ZIP code, or ZIP+4 (`12345-6789`, also typed as `123456789` or `12345 6789`). */
const ZIP = /^(\d{5})(?:[-\s]?(\d{4}))?$/;

export function isStateCode(value: string): boolean {
  return STATE_CODES.has(value.trim().toUpperCase());
}

/** `123456789` → `12345-6789`; other valid forms as typed (trimmed); invalid input unchanged. */
export function normalizeZip(value: string): string {
  const match = ZIP.exec(value.trim());
  if (!match) return value.trim();
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/** Trimmed values, state upper-cased, ZIP+4 hyphenated: what is sent to the API. */
export function normalizeAddress(values: AddressValues): AddressValues {
  return {
    address_1: values.address_1.trim().replace(/\s+/g, ' '),
    address_2: values.address_2.trim().replace(/\s+/g, ' '),
    city: values.city.trim().replace(/\s+/g, ' '),
    state: values.state.trim().toUpperCase(),
    postal_code: normalizeZip(values.postal_code),
  };
}

/** One field's problem, or `null` when it is fine. */
export function checkField(field: AddressField, value: string): FieldProblem | null {
  const text = value.trim();
  switch (field) {
    case 'address_1':
    case 'city':
      if (!text) return 'required';
      return text.length > MAX_LENGTH ? 'too_long' : null;
    case 'address_2':
      return text.length > MAX_LENGTH ? 'too_long' : null;
    case 'state':
      if (!text) return 'required';
      return isStateCode(text) ? null : 'state';
    case 'postal_code':
      if (!text) return 'required';
      return ZIP.test(text) ? null : 'zip';
  }
}

/** Every field's problem; an empty object when the address can be sent. */
export function validateAddress(values: AddressValues): AddressProblems {
  const problems: AddressProblems = {};
  for (const field of ADDRESS_FIELDS) {
    const problem = checkField(field, values[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

/** The first field with a problem, in screen order. */
export function firstInvalid(problems: AddressProblems): AddressField | null {
  return ADDRESS_FIELDS.find((field) => problems[field]) ?? null;
}

import type { LightErrorCode } from '../../api/errors.js';

/** ESI IDs: 17 digits for most Texas utilities, 22 for some (CenterPoint). Spaces and dashes are ignored. */
export type EsiIdCheck = { valid: true; value: string } | { valid: false; reason: 'empty' | 'characters' | 'length' };

export function checkEsiId(input: string): EsiIdCheck {
  const value = input.replace(/[\s-]/g, '');
  if (!value) return { valid: false, reason: 'empty' };
  if (!/^\d+$/.test(value)) return { valid: false, reason: 'characters' };
  if (value.length !== 17 && value.length !== 22) return { valid: false, reason: 'length' };
  return { valid: true, value };
}

/** The message key that says what is wrong with a typed ESI ID. */
export function esiIdProblem(reason: 'empty' | 'characters' | 'length'): 'esiEmpty' | 'esiCharacters' | 'esiLength' {
  return reason === 'empty' ? 'esiEmpty' : reason === 'characters' ? 'esiCharacters' : 'esiLength';
}

/**
 * Where a failed search by ESI ID is reported. A 4xx on an ESI ID means the number itself was refused: said at
 * the field, as no match (`not_found`) or in the API's own words (`validation`); anything else is the search
 * failing, shown as an error box with a retry.
 */
export function esiIdFailure(code: LightErrorCode): 'no-match' | 'refused' | 'failed' {
  if (code === 'not_found') return 'no-match';
  if (code === 'validation') return 'refused';
  return 'failed';
}

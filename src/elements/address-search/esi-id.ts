/** ESI IDs: 17 digits for most Texas utilities, 22 for some (CenterPoint). Spaces and dashes are ignored. */
export type EsiIdCheck = { valid: true; value: string } | { valid: false; reason: 'empty' | 'characters' | 'length' };

export function checkEsiId(input: string): EsiIdCheck {
  const value = input.replace(/[\s-]/g, '');
  if (!value) return { valid: false, reason: 'empty' };
  if (!/^\d+$/.test(value)) return { valid: false, reason: 'characters' };
  if (value.length !== 17 && value.length !== 22) return { valid: false, reason: 'length' };
  return { valid: true, value };
}

import type { Account, Location } from '../api/types.js';

/**
 * The service location an element shows, by the one rule every element follows: the location `uuid` names, or,
 * with no `uuid`, the account's first location. A `uuid` the account does not have gives `null` (the element
 * says so), never another location's data.
 */
export function resolveLocation(
  account: Pick<Account, 'locations'> | undefined,
  uuid?: string | null,
): Location | null {
  if (!account) return null;
  if (uuid) return account.locations.find((location) => location.uuid === uuid) ?? null;
  return account.locations[0] ?? null;
}

/**
 * What the enrollment starts from besides the account's own progress: the customer's details already on the
 * account, and the address (and plan) the partner's page already chose.
 */
import type { Account } from '../../api/types.js';
import type { IdentityForm } from './enrollment-forms.js';

/** The steps a partner may start at (`start-step`). */
export type StartStep = 'address' | 'plan' | 'terms';

/** The steps a partner may have done already (`hide-steps`). */
export type HideableStep = 'identity' | 'credit';

/** The `hide-steps` attribute: known step names, separated by spaces or commas; anything else is ignored. */
export function parseHideSteps(value: string | null): HideableStep[] {
  return (value ?? '').split(/[\s,]+/).filter((s): s is HideableStep => s === 'identity' || s === 'credit');
}

/** The identity form with nothing filled in. */
export const EMPTY_IDENTITY: Readonly<IdentityForm> = {
  first_name: '',
  last_name: '',
  phone_number: '',
  email: '',
  date_of_birth: '',
};

/** The identity form as the account has it (blank where the account has nothing). */
export function identityFromAccount(
  account: Pick<Account, 'first_name' | 'last_name' | 'phone_number' | 'email' | 'date_of_birth'>,
): IdentityForm {
  return {
    first_name: account.first_name ?? '',
    last_name: account.last_name ?? '',
    phone_number: account.phone_number ?? '',
    email: account.email ?? '',
    date_of_birth: account.date_of_birth ?? '',
  };
}

/** The partner says the customer already confirmed the address of `esi-id`. */
export function skipsAddress(startStep: StartStep | undefined): boolean {
  return startStep === 'plan' || startStep === 'terms';
}

/** The customer's details the partner already has (`customer`): each fills what the account lacks. */
export type KnownCustomer = Partial<IdentityForm>;

/** The identity form from the account, with the partner's details where the account has none. */
export function identityFromSources(
  account: Pick<Account, 'first_name' | 'last_name' | 'phone_number' | 'email' | 'date_of_birth'>,
  customer: KnownCustomer | undefined,
): IdentityForm {
  const form = identityFromAccount(account);
  for (const key of Object.keys(form) as Array<keyof IdentityForm>) {
    const given = customer?.[key];
    if (!form[key] && typeof given === 'string') form[key] = given.trim();
  }
  return form;
}

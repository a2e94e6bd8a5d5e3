/**
 * Every Light API path, and one typed function per account-token endpoint.
 *
 * Functions are standalone (not client methods) so an element bundles only the endpoints it calls, and they live
 * in one module per area (`./calls/`), each with the reading of its answers, so the script-tag build gives an
 * element only the areas it calls: a usage chart carries no invoice or enrollment code. This module gathers them.
 */
export { APP_PATHS, fillPath, INFERRED_CALLS, PATHS, type InferredCall, type Opts } from './paths.js';
export { getAccount } from './calls/account.js';
export {
  acceptPlan,
  finalizeEnrollment,
  requestPlans,
  searchAddresses,
  searchEsiId,
  submitCreditCheck,
  submitIdentity,
} from './calls/enrollment.js';
export {
  createPaymentSession,
  ensurePaymentMethodAdded,
  getBillingAddress,
  getInvoice,
  getPaymentMethod,
  listInvoices,
  updateBillingAddress,
} from './calls/billing.js';
export { getAllDocuments, getDocuments, getLocationPlan } from './calls/locations.js';
export { getDailyUsage, getIntervalUsage, getMonthlyUsage } from './calls/usage.js';
export { acceptRenewal, requestRenewalPlans } from './calls/renewal.js';

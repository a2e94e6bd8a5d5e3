/**
 * Raw JSON → the normalized shapes of `types.ts`. Each function accepts anything and returns a well-formed
 * value: unknown keys are dropped, missing optional fields become `null`, decimal strings become numbers.
 * Where a field name is inferred, the likely alternatives are read too (see `pick`).
 *
 * Each reader lives with the calls whose answers it reads (`./calls/`); this module gathers them.
 */
export { toAccount, toEnrollment, toLocation } from './calls/account.js';
export { toPlan, toPlans } from './calls/plans.js';
export { toServiceAddress, toServiceAddresses } from './calls/enrollment.js';
export { toBillingAddress, toInvoice, toInvoiceDetail, toPage, toPaymentMethod } from './calls/billing.js';
export { toLocationDocumentList, toLocationDocuments, toLocationPlan } from './calls/locations.js';
export { toDailyUsage, toIntervalUsage, toMonthlyUsage } from './calls/usage.js';

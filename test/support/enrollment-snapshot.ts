import type { EnrollmentFlags } from '../../src/api/types.js';
import type { EnrollmentSnapshot } from '../../src/elements/enrollment/enrollment-steps.js';

/** An account as step derivation sees it: no location, every enrollment flag false unless given. */
export function enrollmentSnapshot(flags: Partial<EnrollmentFlags> = {}): EnrollmentSnapshot {
  return {
    enrollment: {
      has_accepted_plan: false,
      has_payment_method: false,
      is_billing_address_confirmed: false,
      is_identity_verified: false,
      is_enrollment_finalized: false,
      is_service_active: false,
      can_finalize_enrollment: false,
      finalized_at: null,
      ...flags,
    },
    locations: [],
    status: 'created',
  };
}

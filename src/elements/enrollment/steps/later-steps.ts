/**
 * The views of the steps after the plan (terms, identity, credit, payment, review), fetched in one chunk with the plan
 * cards, from the plan step on: a customer who is still at the address step downloads none of them.
 */
export { renderCredit } from './credit-view.js';
export { renderIdentity } from './identity-view.js';
export { paymentView, renderPayment } from './payment-view.js';
export { renderReview } from './review-view.js';
export { renderTerms } from './terms-view.js';
export { laterStyles as styles } from './later.styles.js';

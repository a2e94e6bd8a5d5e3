/**
 * The views shown once the enrollment is submitted (and the client-agent consent before it), fetched from the
 * review step on: a customer still choosing a plan downloads none of them.
 */
export { consentText, renderConsent } from './consent-view.js';
export { renderDone } from './done-view.js';
export { laterMsg } from './later.messages.js';
export { ClientAgentConsent } from '../client-agent.js';
export { outcomeStyles as styles } from './outcome.styles.js';

import { html } from '@open-wc/testing';
import { explainStatus } from '../../src/core/account-status.js';
import '../../src/elements/account-status/light-account-status.js';
import { runDataElementContract } from '../support/contract.js';

const active = { status: 'active', status_reason: 'active' };

runDataElementContract({
  tag: 'light-account-status',
  content: html`<light-account-status></light-account-status>`,
  scenario: 'active',
  route: 'account',
  ready: { shows: '[part~="title"]', text: explainStatus(active, 'en').title },
  // Every account has a status, so there is no empty state; the status is told from codes, never API strings.
  spanish: (locale) => [explainStatus(active, locale).title, explainStatus(active, locale).body],
});

/**
 * What the stand-in for Light's prebuilt flows (public/sandbox-flow.html) shows, read from the sandbox account the
 * flow was opened for, so "Open billing" shows this customer's invoices and "Update payment method" their card.
 * The stand-in asks its parent page by `postMessage` (same origin only); nothing goes into the frame's URL.
 */
import type { FlowScope } from '../src/api/types.js';
import { formatCents, formatCentsPerKwh, formatDate } from '../src/core/format.js';
import type { Sandbox } from '../src/sandbox/index.js';

export type FlowStep = [title: string, body: string];

export function flowSteps(sandbox: Sandbox, accountUuid: string, scope: FlowScope): FlowStep[] | null {
  const account = sandbox.inspect(accountUuid);
  const location = account.locations[0];
  const contract = location?.contracts.at(-1);
  const address = location
    ? `${location.address.address_1}, ${location.address.city}, ${location.address.state} ${location.address.postal_code}`
    : (account.preliminary_address ?? 'No service address yet');
  const plan = contract
    ? `${contract.plan.json.name}: ${contract.plan.json.term_months} months, ` +
      `${formatCentsPerKwh(contract.plan.json.average_price_1000_cents)} at 1,000 kWh, until ${formatDate(contract.end_date)}.`
    : 'No plan accepted yet.';
  const card = account.card
    ? `${account.card.brand} ending in ${account.card.last4}, expires ${account.card.exp_month}/${account.card.exp_year}.`
    : 'No card on file yet.';
  const invoices = account.invoices?.list ?? [];
  const latest = invoices[0]?.json;
  const invoiceLine = (invoice: NonNullable<typeof latest>) =>
    `Invoice ${invoice.number}: ${formatCents(invoice.total_cents)}, ` +
    (invoice.voided_at ? 'voided' : invoice.paid_at ? 'paid' : `due ${formatDate(invoice.payment_due_date)}`);
  switch (scope) {
    case 'billing':
      return [
        [
          'Invoices',
          invoices.length
            ? invoices
                .slice(0, 2)
                .map((i) => invoiceLine(i.json))
                .join('. ') + '.'
            : 'No invoices yet.',
        ],
        [
          'Details',
          latest
            ? invoices[0].charges_groups.map((g) => `${g.name} ${formatCents(g.total_cents)}`).join(', ') + '.'
            : 'Charges appear with the first invoice.',
        ],
        ['Pay early', 'You can pay an invoice before its due date. Press Done to finish.'],
      ];
    case 'update-payment-method':
      return [
        ['Current card', card],
        ['New card', 'Enter a new card (nothing is charged in the sandbox).'],
        ['Saved', 'Your new card will pay future bills. Press Done to finish.'],
      ];
    case 'documents':
      return [
        [
          'Contract',
          contract
            ? `${contract.plan.json.name}: Electricity Facts Label, Terms of Service, Your Rights as a Customer.`
            : 'No contract yet.',
        ],
        ['Service address', address],
      ];
    case 'renewal':
      return [
        ['Your contract', plan],
        ['Confirm', 'Your new plan starts when the current one ends. Press Done to finish.'],
      ];
    case 'enrollment':
      return [
        ['Your address', location ? `${address} (ESI ID ${location.address.esi_id}).` : address],
        ['Choose a plan', plan],
        ['Payment', card],
        ['Review', 'Service starts on the date you picked. Press Done to finish.'],
      ];
    default:
      return null;
  }
}

/** Answers the stand-in's `light-sandbox-flow-request` from frames of this origin; returns the way to stop. */
export function answerFlowStandIn(sandbox: Sandbox, accountUuid: string): () => void {
  const answer = (event: MessageEvent) => {
    // A frame's window belongs to another realm, so `instanceof Window` would be false for it.
    const source = event.source as Window | null;
    if (event.origin !== window.location.origin || !source || source === window) return;
    const data = event.data as { type?: unknown; scope?: unknown } | null;
    if (data?.type !== 'light-sandbox-flow-request' || typeof data.scope !== 'string') return;
    const steps = flowSteps(sandbox, accountUuid, data.scope as FlowScope);
    if (steps) source.postMessage({ type: 'light-sandbox-flow-data', steps }, window.location.origin);
  };
  window.addEventListener('message', answer);
  return () => window.removeEventListener('message', answer);
}

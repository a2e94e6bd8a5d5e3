/** What the whole-bundle pages (strict CSP, Trusted Types) render: every element but the provider. */
export const TAGS = [
  'light-account-status',
  'light-address-search',
  'light-plan-card',
  'light-enrollment',
  'light-invoices',
  'light-payment-method',
  'light-billing-address',
  'light-usage-chart',
  'light-renewal',
  'light-documents',
  'light-support-info',
  'light-eligibility',
  'light-plan-comparison',
  'light-flow-frame',
];

/** Whether the element `tag` on the page has finished loading and shows something. */
export function elementSettled(doc: Document, tag: string): boolean {
  const root = doc.querySelector(tag)!.shadowRoot;
  if (!root) return false;
  // The flow frame shows the flow's own page, not text of its own.
  if (tag === 'light-flow-frame') return !root.querySelector('[part~="loading"]') && !!root.querySelector('iframe');
  const busy = root.querySelector('[part~="skeleton"], .skeleton, [aria-busy="true"]');
  return !busy && (root.textContent ?? '').trim().length > 0;
}

import { expect, html, waitUntil } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import '../../src/elements/plan-comparison/light-plan-comparison.js';
import type { LightPlanComparison } from '../../src/elements/plan-comparison/light-plan-comparison.js';
import { planComparisonMsg as msg } from '../../src/elements/plan-comparison/light-plan-comparison.messages.js';
import { PLAN_GROUPS, SANDBOX_APP_TOKEN } from '../../src/sandbox/index.js';
import { $, part, shadowText as text } from '../support/dom.js';
import { mountOnSandbox, type Mounted } from '../support/mount.js';
import { settled } from '../support/settled.js';

type Backend = { calls: Array<Record<string, unknown>>; fail: number };

/**
 * The partner's backend route as `light-elements/server` answers it: the app-token usage-profiles fetch on the
 * sandbox (or a 502 while `fail` is above zero).
 */
function stubBackend(m: () => Mounted<LightPlanComparison>, backend: Backend) {
  const real = window.fetch;
  window.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.endsWith('/energy/usage-profiles')) return real(input, init);
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    backend.calls.push(body);
    if (backend.fail-- > 0) return new Response('{"error":"Light failed"}', { status: 502 });
    const { sandbox } = m();
    return sandbox.fetch(`${sandbox.apiBase}/v1/app/usage-profiles/fetch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SANDBOX_APP_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  };
  return () => (window.fetch = real);
}

describe('<light-plan-comparison> personal rates from Smart Meter Texas', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    resetConfiguration();
  });

  async function mountWithBackend(backend: Backend) {
    configure({ backend: '/energy' });
    const holder: { mounted?: Mounted<LightPlanComparison> } = {};
    restore = stubBackend(() => holder.mounted!, backend);
    const mounted = (holder.mounted = await mountOnSandbox<LightPlanComparison>(
      'light-plan-comparison',
      html`<light-plan-comparison plan-group=${PLAN_GROUPS[0].uuid}></light-plan-comparison>`,
      'bill-compared',
    ));
    await settled(mounted.el, { shows: '[part~="annual"]' });
    return mounted;
  }

  it('is not offered without a backend', async () => {
    const { el } = await mountOnSandbox<LightPlanComparison>(
      'light-plan-comparison',
      html`<light-plan-comparison plan-group=${PLAN_GROUPS[0].uuid}></light-plan-comparison>`,
      'bill-compared',
    );
    await settled(el, { shows: '[part~="annual"]' });
    expect(part(el, 'consent')).to.equal(null);
  });

  it('shows the caveats, asks for consent first, then fetches and prices on the profile', async () => {
    const backend: Backend = { calls: [], fail: 0 };
    const m = await mountWithBackend(backend);
    const consent = part(m.el, 'consent')!;
    expect(consent.textContent).to.contain(msg('en', 'caveatSolar'));
    expect(consent.textContent).to.contain(msg('en', 'caveatPermanent'));
    await expect(m.el).to.be.accessible();

    part(m.el, 'consent-button')!.click();
    await m.el.updateComplete;
    expect(text(m.el)).to.contain(msg('en', 'consentNeeded'));
    expect(backend.calls).to.have.length(0);

    $<HTMLInputElement>(m.el, '[part~="consent"] input[type="checkbox"]')!.click();
    part(m.el, 'consent-button')!.click();
    await waitUntil(() => text(m.el).includes(msg('en', 'personalized')), 'priced on the profile');
    expect(backend.calls).to.deep.equal([
      { comparison_invoice_uuid: backend.calls[0].comparison_invoice_uuid, user_authorizes_usage_fetch: true },
    ]);
    expect(part(m.el, 'consent')).to.equal(null);
    await expect(m.el).to.be.accessible();
  });

  it('keeps the consent when the backend fails, and "Try again" asks once more', async () => {
    const backend: Backend = { calls: [], fail: 1 };
    const m = await mountWithBackend(backend);
    $<HTMLInputElement>(m.el, '[part~="consent"] input[type="checkbox"]')!.click();
    part(m.el, 'consent-button')!.click();
    await waitUntil(() => text(m.el).includes(msg('en', 'profileFailedTitle')), 'the failure');
    expect($<HTMLInputElement>(m.el, '[part~="consent"] input[type="checkbox"]')!.checked).to.equal(true);
    part(m.el, 'retry-button')!.click();
    await waitUntil(() => text(m.el).includes(msg('en', 'personalized')), 'priced on the profile');
    expect(backend.calls).to.have.length(2);
  });
});

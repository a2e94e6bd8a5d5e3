import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLocale, type Translator, type MessageValue } from '../../src/core/i18n.js';
import { stripeKeyMsg } from '../../src/core/stripe-key.messages.js';
import { coreMsg } from '../../src/core/messages.js';
import { addressSearchMsg } from '../../src/elements/address-search/light-address-search.messages.js';
import { billingAddressMsg } from '../../src/elements/billing-address/light-billing-address.messages.js';
import { documentsMsg } from '../../src/elements/documents/light-documents.messages.js';
import { eligibilityMsg } from '../../src/elements/eligibility/light-eligibility.messages.js';
import { enrollmentMsg } from '../../src/elements/enrollment/light-enrollment.messages.js';
import { laterMsg } from '../../src/elements/enrollment/steps/later.messages.js';
import { flowMsg } from '../../src/elements/flow-frame/flow-frame.messages.js';
import { invoicesMsg } from '../../src/elements/invoices/light-invoices.messages.js';
import { paymentMethodMsg } from '../../src/elements/payment-method/light-payment-method.messages.js';
import { planCardMsg } from '../../src/elements/plan-card/light-plan-card.messages.js';
import { planComparisonMsg } from '../../src/elements/plan-comparison/light-plan-comparison.messages.js';
import { renewalMsg } from '../../src/elements/renewal/light-renewal.messages.js';
import { supportInfoMsg } from '../../src/elements/support-info/light-support-info.messages.js';
import { usageChartMsg } from '../../src/elements/usage-chart/light-usage-chart.messages.js';
import '../../src/index.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';
import { setupSandbox, type SandboxSetupOptions } from '../../stories/support/sandbox.js';

const CATALOGS: Record<string, Translator<Record<string, MessageValue>>> = {
  core: coreMsg,
  'address-search': addressSearchMsg,
  'billing-address': billingAddressMsg,
  documents: documentsMsg,
  eligibility: eligibilityMsg,
  enrollment: enrollmentMsg,
  'enrollment (later steps)': laterMsg,
  'flow-frame': flowMsg,
  invoices: invoicesMsg,
  'payment-method': paymentMethodMsg,
  'plan-card': planCardMsg,
  'plan-comparison': planComparisonMsg,
  renewal: renewalMsg,
  'stripe-key': stripeKeyMsg,
  'support-info': supportInfoMsg,
  'usage-chart': usageChartMsg,
} as never;

/** Words spelled the same in both languages: abbreviations, units, and a few Spanish cognates. */
const SAME_IN_BOTH = /\b(ESI|ID|EFL|TOS|YRAC|PDF|CSV|ZIP|UTC|kWh|Plan|Total|Subtotal)\b/gi;

/** Whether a rendered English message still has words once its sample values and shared words are removed. */
const hasWords = (text: string) => /[a-z]{3,}/i.test(text.replace(SAME_IN_BOTH, ''));

/** Renders any catalog entry, giving parameterized messages sample values. */
const params = new Proxy({}, { get: (_, name) => (name === 'count' || name === 'n' || name === 'total' ? 2 : '·') });
const render = (msg: Translator<Record<string, MessageValue>>, locale: 'en' | 'es', key: string) =>
  (msg as unknown as (l: string, k: string, p: unknown) => string)(locale, key, params);

describe('Spanish', function () {
  this.timeout(60_000);
  before(() => loadLocale('es'));

  for (const [name, msg] of Object.entries(CATALOGS)) {
    it(`translates every string of ${name}`, () => {
      const untranslated = msg.keys.filter((key) => {
        const en = render(msg, 'en', key);
        return render(msg, 'es', key) === en && hasWords(en);
      });
      expect(untranslated).to.deep.equal([]);
    });
  }

  /** English sentences and labels of every catalog, long enough that a match cannot be a coincidence. */
  const english = () =>
    Object.values(CATALOGS).flatMap((msg) =>
      msg.keys
        .map((key) => render(msg, 'en', key))
        .filter((text) => text.length >= 12 && /\s/.test(text) && !text.includes('·')),
    );

  const pages: Array<[string, ScenarioName, string, SandboxSetupOptions?]> = [
    ['light-account-status', 'credit-frozen', ''],
    ['light-address-search', 'new-customer', 'query="1200 main" confirm'],
    ['light-enrollment', 'mid-enrollment-plan-accepted', 'no-history'],
    ['light-enrollment', 'enrolled-pending', 'no-history'],
    ['light-invoices', 'active', ''],
    ['light-invoices', 'new-service', ''],
    ['light-payment-method', 'active', ''],
    ['light-billing-address', 'active', ''],
    ['light-usage-chart', 'active', ''],
    ['light-usage-chart', 'new-service', ''],
    ['light-renewal', 'renewal-due', ''],
    ['light-renewal', 'active', ''],
    ['light-documents', 'active', ''],
    ['light-support-info', 'active', ''],
    ['light-account-status', 'switch-hold', ''],
    ['light-eligibility', 'new-customer', 'backend="/energy"'],
    ['light-plan-comparison', 'new-customer', ''],
    ['light-plan-comparison', 'bill-compared', 'plan-group="4e7acc79-58af-4be1-881f-c9ccbbe02a80"'],
    ['light-plan-comparison', 'bill-unreadable', ''],
    ['light-invoices', 'active', '', { faults: [{ route: 'invoices', kind: 'status', status: 503 }] }],
  ];

  for (const [tag, scenario, attributes, options] of pages) {
    it(`leaves no English in <${tag}> (${scenario}${options ? ', failing' : ''})`, async () => {
      const setup = setupSandbox(scenario, options);
      const container = await fixture<HTMLElement>(html`<div lang="es"></div>`);
      container.innerHTML = `<light-provider locale="es"><${tag} ${attributes}></${tag}></light-provider>`;
      const provider = container.firstElementChild as HTMLElement & Record<string, unknown>;
      Object.assign(provider, {
        tokenProvider: setup.session.tokenProvider,
        fetch: setup.sandbox.fetch,
        stripe: setup.stripe,
      });
      const el = provider.firstElementChild!;
      const text = () => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      const settled = () => {
        const root = el.shadowRoot;
        return !!root && !root.querySelector('.skeleton, [aria-busy="true"]') && text().trim().length > 20;
      };
      await waitUntil(settled, `<${tag}> did not finish loading`, { timeout: 10_000 });
      const left = english().filter((sentence) => text().includes(sentence));
      expect(left, `<${tag}>: ${text().slice(0, 200)}`).to.deep.equal([]);
    });
  }

  it('leaves no English in <light-plan-card> and <light-flow-frame>', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <light-plan-card locale="es" .plan=${fullPlan}></light-plan-card
        ><light-flow-frame locale="es" open src="javascript:alert(1)"></light-flow-frame>
      </div>`,
    );
    for (const el of container.children) {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(english().filter((sentence) => text.includes(sentence))).to.deep.equal([]);
    }
  });
});

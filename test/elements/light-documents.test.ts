import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { LightDocuments } from '../../src/elements/documents/light-documents.js';
import '../../src/elements/documents/light-documents.js';
import { formatDate as format } from '../../src/core/format.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-documents.stories.js';
import { acceptRenewal, HOSTILE, hostileFetch, type AcceptedPlan } from '../../stories/support/fixtures/renewal.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { deepActive, plain, shadow, text } from '../support/dom.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

/** A date as the tests read text: whitespace collapsed, so its no-break spaces as spaces. */
const formatDate = (...args: Parameters<typeof format>) => plain(format(...args));

/** A documents element (`element`, or the default one) on a sandbox account. */
const mountDocuments = (scenario: ScenarioName, options: MountOptions & { element?: TemplateResult } = {}) =>
  mountOnSandbox<LightDocuments>(
    'light-documents',
    options.element ?? html`<light-documents></light-documents>`,
    scenario,
    options,
  );

interface RawDocument {
  kind: string;
  name: string;
  url: string;
  state: string;
  start_date: string;
  end_date: string;
  plan_name: string;
}

const tab = (el: Element, view: 'current' | 'all') => shadow(el).querySelector<HTMLButtonElement>(`#tab-${view}`)!;
const panel = (el: Element, view: 'current' | 'all') => shadow(el).querySelector<HTMLElement>(`#panel-${view}`)!;
const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
const requestsTo = (setup: SandboxSetup, route: string) => setup.sandbox.requests.filter((r) => r.route === route);

async function api<T>(
  setup: { sandbox: SandboxSetup['sandbox']; session: SandboxSetup['session'] },
  path: string,
): Promise<T> {
  const { token } = setup.sandbox.mintToken(setup.session.accountUuid);
  const response = await setup.sandbox.fetch(`${setup.sandbox.apiBase}/v1${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.json() as Promise<T>;
}

async function currentShown(el: LightDocuments) {
  await waitUntil(
    () => panel(el, 'current')?.querySelector('.doc-list, [part="empty"], [role="alert"]'),
    'current documents',
    {
      timeout: 5000,
    },
  );
}

async function allShown(el: LightDocuments) {
  await waitUntil(() => panel(el, 'all')?.querySelector('.group, [part="empty"], [role="alert"]'), 'all documents', {
    timeout: 5000,
  });
}

describe('light-documents', () => {
  it('lists the active documents with the contract dates, and loads nothing else', async () => {
    const setup = await mountDocuments('active');
    const { el, session } = setup;
    await currentShown(el);
    const active = await api<{ efl: string; tos: string; yrac: string; contract_start: string; contract_end: string }>(
      setup,
      `/account/locations/${session.locationUuid}/documents`,
    );
    const planName = (await api<{ name: string }>(setup, `/account/locations/${session.locationUuid}/plan`)).name;

    const current = panel(el, 'current');
    expect(hrefs(current)).to.deep.equal([active.efl, active.tos, active.yrac]);
    const links = [...current.querySelectorAll('a')];
    expect(links.map((a) => text(a))).to.deep.equal([
      `Electricity Facts Label, ${planName} (PDF, opens in a new tab) ↗`,
      `Terms of Service, ${planName} (PDF, opens in a new tab) ↗`,
      `Your Rights as a Customer, ${planName} (PDF, opens in a new tab) ↗`,
    ]);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    const contract = text(shadow(el).querySelector('.contract')!);
    expect(contract).to.contain(planName);
    expect(contract).to.contain(`${formatDate(active.contract_start)} – ${formatDate(active.contract_end)}`);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('3 documents.');

    // Tabs, as the ARIA pattern has them.
    expect(shadow(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Documents to show');
    expect(tab(el, 'current').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('false');
    expect(tab(el, 'current').getAttribute('aria-controls')).to.equal('panel-current');
    expect(tab(el, 'all').tabIndex).to.equal(-1);
    expect(current.getAttribute('role')).to.equal('tabpanel');
    expect(current.getAttribute('aria-labelledby')).to.equal('tab-current');
    expect(panel(el, 'all').hidden).to.equal(true);
    expect(requestsTo(setup, 'allDocuments'), 'all documents load only when asked for').to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('groups all documents as the sandbox has them: current and past contracts, each labelled', async () => {
    const setup = await mountDocuments('active');
    const { el, session } = setup;
    await currentShown(el);
    tab(el, 'all').click();
    await allShown(el);
    expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('true');
    expect(panel(el, 'current').hidden).to.equal(true);
    expect(el.view).to.equal('all');
    expect(requestsTo(setup, 'allDocuments')).to.have.length(1);

    const raw = await api<{ documents: RawDocument[] }>(
      setup,
      `/account/locations/${session.locationUuid}/all-documents`,
    );
    const states = [...new Set(raw.documents.map((d) => d.state))];
    expect(states).to.have.members(['active', 'past']);
    const groups = [...panel(el, 'all').querySelectorAll<HTMLElement>('.group')];
    expect(groups.map((g) => text(g.querySelector('h3')!))).to.deep.equal(['Current', 'Past']);
    for (const [state, group] of [
      ['active', groups[0]],
      ['past', groups[1]],
    ] as const) {
      const expected = raw.documents.filter((d) => d.state === state);
      expect(hrefs(group)).to.have.members(expected.map((d) => d.url));
      const sets = [...group.querySelectorAll('.set')];
      const contracts = [...new Set(expected.map((d) => `${d.plan_name}|${d.start_date}|${d.end_date}`))];
      expect(sets).to.have.length(contracts.length);
      for (const [i, key] of contracts.entries()) {
        const [plan, start, end] = key.split('|');
        const heading = text(sets[i].querySelector('h4')!);
        expect(heading).to.contain(plan);
        expect(heading).to.contain(`${formatDate(start)} – ${formatDate(end)}`);
        const first = sets[i].querySelector('a')!;
        expect(text(first)).to.equal(
          `Electricity Facts Label, ${plan}, ${formatDate(start)} – ${formatDate(end)} (PDF, opens in a new tab) ↗`,
        );
      }
    }
    expect(text(groups[0])).to.contain('Light Simple 12');
    expect(text(groups[1])).to.contain('Light Saver 6');
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('6 documents in 2 groups.');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();

    // Back and forth does not load again.
    const loads = requestsTo(setup, 'allDocuments').length;
    tab(el, 'current').click();
    await el.updateComplete;
    tab(el, 'all').click();
    await el.updateComplete;
    expect(requestsTo(setup, 'allDocuments')).to.have.length(loads);
    expect(panel(el, 'all').querySelectorAll('.group')).to.have.length(2);
    expect(setup.errors).to.have.length(0);
  });

  it('lists an accepted renewal as upcoming, before the current documents', async () => {
    // 'renewal-due' has one contract so far; the renewal adds a second that starts when it ends.
    let plan!: AcceptedPlan;
    const renewed = await mountDocuments('renewal-due', {
      element: html`<light-documents view="all"></light-documents>`,
      before: async (setup) => (plan = await acceptRenewal(setup)),
    });
    const { el } = renewed;
    await allShown(el);
    const groups = [...panel(el, 'all').querySelectorAll<HTMLElement>('.group')];
    expect(groups.map((g) => text(g.querySelector('h3')!))).to.deep.equal(['Upcoming', 'Current']);
    const upcoming = groups[0];
    expect(text(upcoming)).to.contain('For a plan that starts later, such as a renewal.');
    expect(text(upcoming.querySelector('h4')!)).to.contain(plan.name);
    expect(text(upcoming.querySelector('h4')!)).to.contain(formatDate(plan.earliest_start_date));
    const raw = await api<{ documents: RawDocument[] }>(
      renewed,
      `/account/locations/${renewed.session.locationUuid}/all-documents`,
    );
    expect(hrefs(upcoming)).to.deep.equal(raw.documents.filter((d) => d.state === 'queued').map((d) => d.url));
    await expect(el).to.be.accessible();
  });

  it('switches tabs with the arrow keys, Home and End, and Tab moves into the panel', async () => {
    const { el } = await mountDocuments('active');
    await currentShown(el);
    tab(el, 'current').focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActive() === tab(el, 'all'), 'focus on the all tab');
    expect(tab(el, 'all').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'all').tabIndex).to.equal(0);
    expect(tab(el, 'current').tabIndex).to.equal(-1);
    await allShown(el);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => deepActive() === tab(el, 'current'), 'focus on the current tab');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive() === tab(el, 'all'), 'End goes to the last tab');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => deepActive() === tab(el, 'current'), 'ArrowLeft goes back');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => deepActive() === tab(el, 'all'), 'ArrowLeft wraps around');
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === panel(el, 'all'), 'Tab leaves the tab list for the panel').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.tagName).to.equal('A');
  });

  it('lists documents with javascript: and data: URLs without a link, and hostile names as text', async () => {
    (window as { __pwned?: number }).__pwned = 0;
    const setup = await mountDocuments('active', { fetch: ({ sandbox }) => hostileFetch(sandbox) });
    const { el } = setup;
    await currentShown(el);
    const current = panel(el, 'current');
    expect(hrefs(current)).to.deep.equal([]);
    expect(current.querySelectorAll('li.no-link')).to.have.length(3);
    expect(text(current)).to.contain('Electricity Facts Label No online copy: ask support for one.');
    expect(text(current)).to.contain(HOSTILE.name);
    await expect(el).to.be.accessible();

    tab(el, 'all').click();
    await allShown(el);
    const all = panel(el, 'all');
    expect(hrefs(all)).to.deep.equal([]);
    expect(all.querySelectorAll('li.no-link')).to.have.length(6);
    expect(text(all.querySelector('h4')!)).to.contain(HOSTILE.name);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state when there is no service location, without requesting documents', async () => {
    const setup = await mountDocuments('new-customer');
    const { el } = setup;
    await waitUntil(() => shadow(el).querySelector('[part="empty"]'), 'empty state');
    expect(text(shadow(el).querySelector('[part="empty"]')!)).to.equal(
      'No documents yet Your plan documents appear here once you have chosen an electricity plan.',
    );
    expect(shadow(el).querySelector('[role="tablist"]')).to.equal(null);
    expect(requestsTo(setup, 'documents')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('treats a location without documents (404) as empty, not as an error', async () => {
    const setup = await mountDocuments('active', { faults: [{ route: 'documents', kind: 'status', status: 404 }] });
    const { el, errors } = setup;
    await currentShown(el);
    expect(text(panel(el, 'current'))).to.contain('There are no documents for this service address yet.');
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry, emits light-error, and loads on retry', async () => {
    const setup = await mountDocuments('active', {
      faults: [{ route: 'documents', kind: 'status', status: 500, times: 3 }],
    });
    const { el, errors } = setup;
    await currentShown(el);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'server', status: 500, retryable: true });
    const alert = panel(el, 'current').querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Our system had a problem');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await waitUntil(() => panel(el, 'current').querySelectorAll('a').length === 3, 'documents after retry', {
      timeout: 5000,
    });
    expect(requestsTo(setup, 'documents').map((r) => r.status)).to.deep.equal([500, 500, 500, 200]);
    expect(errors, 'no new failure after the retry').to.have.length(1);
  });

  it('shows an error with retry in the all-documents tab when offline', async () => {
    const setup = await mountDocuments('active', {
      element: html`<light-documents view="all"></light-documents>`,
      faults: [{ route: 'allDocuments', kind: 'network', times: 3 }],
    });
    const { el } = setup;
    await allShown(el);
    const alert = panel(el, 'all').querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('We could not connect');
    await expect(el).to.be.accessible();
    alert.querySelector('button')!.click();
    await waitUntil(() => panel(el, 'all').querySelector('.group'), 'documents after retry', { timeout: 5000 });
  });

  it('shows a loading skeleton while documents load', async () => {
    const { el } = await mountDocuments('active', { faults: [{ route: 'documents', kind: 'latency', delayMs: 500 }] });
    await waitUntil(() => shadow(el).querySelector('[role="tablist"]'), 'account loaded');
    const skeleton = panel(el, 'current').querySelector('.skeleton')!;
    expect(skeleton.getAttribute('role')).to.equal('status');
    expect(text(skeleton)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    await currentShown(el);
    expect(panel(el, 'current').querySelector('.skeleton')).to.equal(null);
  });

  it('uses the location-uuid it is given, and shows empty for one not on the account', async () => {
    const setup = await mountDocuments('active', {
      element: html`<light-documents location-uuid="someone-else"></light-documents>`,
    });
    await waitUntil(() => shadow(setup.el).querySelector('[part="empty"]'), 'empty state');
    expect(requestsTo(setup, 'documents')).to.have.length(0);
    setup.el.locationUuid = setup.session.locationUuid!;
    await currentShown(setup.el);
    expect(requestsTo(setup, 'documents').map((r) => r.path)).to.deep.equal([
      `/account/locations/${setup.session.locationUuid}/documents`,
    ]);
  });

  it('fits a 320px screen without sideways scrolling', async () => {
    const { el } = await mountDocuments('active', {
      width: '320px',
      element: html`<light-documents view="all"></light-documents>`,
    });
    await allShown(el);
    expect(el.clientWidth).to.equal(320);
    expect(shadow(el).querySelector('[part~="base"]')!.scrollWidth).to.be.at.most(320);
    for (const set of shadow(el).querySelectorAll('.set')) expect(set.scrollWidth).to.be.at.most(set.clientWidth);
  });

  it('speaks Spanish', async () => {
    const { el } = await mountDocuments('active', {
      element: html`<light-documents locale="es" view="all"></light-documents>`,
    });
    await allShown(el);
    expect(text(tab(el, 'all'))).to.equal('Todos los documentos');
    expect(text(panel(el, 'all'))).to.contain('Anteriores');
    expect(text(panel(el, 'all').querySelector('a')!)).to.contain('Etiqueta de Datos de Electricidad');
    expect(text(panel(el, 'all').querySelector('a')!)).to.contain('se abre en una pestaña nueva');
    await expect(el).to.be.accessible();
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-documents')!;
        expect(el).to.exist;
        await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'rendered');
        if (name !== 'Loading') {
          await settled(el);
        }
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});

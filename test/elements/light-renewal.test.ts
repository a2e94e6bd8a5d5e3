import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { LightPlanCard } from '../../src/elements/plan-card/light-plan-card.js';
import type { LightRenewal, RenewalAcceptedDetail } from '../../src/elements/renewal/light-renewal.js';
import '../../src/elements/renewal/light-renewal.js';
import '../../src/elements/documents/light-documents.js';
import { addDays, daysBetween, localToday } from '../../src/core/dates.js';
import { formatDate as format } from '../../src/core/format.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import { PLAN_GROUPS, type ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-renewal.stories.js';
import {
  acceptRenewal,
  appPlansProvider,
  HOSTILE,
  hostileFetch,
  type AcceptedPlan,
} from '../../stories/support/fixtures/renewal.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { plain, shadow, tabTo, shadowText as text } from '../support/dom.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

/** A date as the tests read text: whitespace collapsed, so its no-break spaces as spaces. */
const formatDate = (...args: Parameters<typeof format>) => plain(format(...args));

/** A renewal element (`element`, or the default one) on a sandbox account, after a button to Tab from. */
const mountRenewal = (scenario: ScenarioName, options: MountOptions & { element?: TemplateResult } = {}) =>
  mountOnSandbox<LightRenewal>('light-renewal', options.element ?? html`<light-renewal></light-renewal>`, scenario, {
    buttonBefore: true,
    ...options,
  });

const cards = (el: Element) => [...shadow(el).querySelectorAll<LightPlanCard>('light-plan-card')];
const chooseButton = (card: LightPlanCard) => card.shadowRoot!.querySelector('button')!;
const checkbox = (el: Element) => shadow(el).querySelector<HTMLInputElement>('#terms')!;
const acceptButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="accept-button"]')!;
const requestsTo = (setup: SandboxSetup, route: string) => setup.sandbox.requests.filter((r) => r.route === route);

/** The contract in force, as the sandbox has it. */
function currentContract(setup: SandboxSetup) {
  const location = setup.sandbox.inspect(setup.session.accountUuid).locations[0];
  const today = setup.sandbox.now().toISOString().slice(0, 10);
  return location.contracts.find((c) => c.start_date <= today && today <= c.end_date) ?? location.contracts.at(-1)!;
}

/** Calls the sandbox API directly, as the account (for assertions on server state). */
async function api(setup: SandboxSetup, path: string) {
  const { token } = setup.sandbox.mintToken(setup.session.accountUuid);
  const response = await setup.sandbox.fetch(`${setup.sandbox.apiBase}/v1${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.json() as Promise<Record<string, unknown>>;
}

async function plansShown(el: LightRenewal) {
  await waitUntil(() => cards(el).length > 0 && cards(el).every((c) => c.plan), 'renewal plans listed', {
    timeout: 5000,
  });
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

async function choose(el: LightRenewal, index: number) {
  const card = cards(el)[index];
  chooseButton(card).click();
  await waitUntil(() => shadow(el).querySelector('form.accept'), 'accept form shown');
  await el.updateComplete;
  return card.plan!;
}

async function checkTerms(el: LightRenewal) {
  checkbox(el).click();
  await el.updateComplete;
}

/** A fetch that records the body of every renewal accept before the sandbox answers it. */
function recordingAccepts(bodies: string[]) {
  return ({ sandbox }: SandboxSetup): typeof fetch =>
    async (input, init) => {
      const request = new Request(input, init);
      if (request.url.endsWith('/renewal-plans/accept')) bodies.push(await request.clone().text());
      return sandbox.fetch(request);
    };
}

describe('light-renewal', () => {
  it('renews: plans, choice, terms, accept, confirmation, event and a queued contract on the server', async () => {
    const setup = await mountRenewal('renewal-due');
    const { el, sandbox, session } = setup;
    await plansShown(el);
    const contract = currentContract(setup);
    const end = contract.end_date;

    const content = text(el);
    expect(content).to.contain('Current plan');
    expect(content).to.contain(contract.plan.json.name);
    expect(content).to.contain(formatDate(end, 'en', 'long'));
    expect(content).to.contain(`${daysBetween(localToday(), end)} days`);
    expect(content).to.contain(
      `If you don't renew by ${formatDate(end, 'en', 'long')}, your service moves to a month-to-month plan`,
    );
    expect(cards(el).map((c) => c.plan!.name)).to.have.members(PLAN_GROUPS.map((g) => g.name));
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(
      `${PLAN_GROUPS.length} renewal plans available.`,
    );
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(1);
    await expect(el).to.be.accessible();

    const plan = await choose(el, 1);
    expect(cards(el)[1].selected).to.equal(true);
    expect(cards(el).filter((c) => c.selected)).to.have.length(1);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain(`${plan.name} selected.`);
    const start = addDays(end, 1);
    expect(plan.earliest_start_date).to.equal(start);
    expect(text(el)).to.contain(
      `Your new plan starts on ${formatDate(start, 'en', 'long')}, the day after your current contract ends.`,
    );
    expect(shadow(el).querySelector('input[type="date"]'), 'a one-day window is not editable').to.equal(null);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('.terms a')];
    expect(links.map((a) => a.href)).to.deep.equal([plan.efl_url, plan.tos_url, plan.yrac_url]);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer')).to.equal(true);
    expect(links[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Electricity Facts Label, ${plan.name} (PDF, opens in a new tab) ↗`,
    );
    await expect(el).to.be.accessible();

    // The terms are required: nothing is sent without them.
    acceptButton(el).click();
    await el.updateComplete;
    expect(text(el)).to.contain('Check the box to accept the terms before renewing.');
    expect(checkbox(el).getAttribute('aria-invalid')).to.equal('true');
    expect(checkbox(el).getAttribute('aria-describedby')).to.equal('terms-error');
    expect(shadow(el).activeElement === checkbox(el), 'focus on the checkbox').to.equal(true);
    expect(requestsTo(setup, 'renewalAccept')).to.have.length(0);
    await expect(el).to.be.accessible();

    await checkTerms(el);
    expect(checkbox(el).checked).to.equal(true);
    expect(text(el)).not.to.contain('Check the box');
    const accountLoads = requestsTo(setup, 'account').length;
    const accepted = oneEvent(el, 'light-renewal-accepted');
    acceptButton(el).click();
    const event = (await accepted) as CustomEvent<RenewalAcceptedDetail>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      locationUuid: session.locationUuid,
      planUuid: plan.uuid,
      planName: plan.name,
      serviceStartDate: start,
    });

    await waitUntil(() => shadow(el).querySelector('[part="confirmation"]'), 'confirmation shown');
    await el.updateComplete;
    const confirmation = shadow(el).querySelector('[part="confirmation"]')!;
    expect(confirmation.textContent!.replace(/\s+/g, ' ')).to.contain(
      `${plan.name} starts on ${formatDate(start, 'en', 'long')}.`,
    );
    expect(confirmation.textContent!.replace(/\s+/g, ' ')).to.contain(
      `Your current plan continues until ${formatDate(end, 'en', 'long')}.`,
    );
    expect([...confirmation.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      plan.efl_url,
      plan.tos_url,
      plan.yrac_url,
    ]);
    expect(shadow(el).activeElement?.id).to.equal('confirmed-heading');
    await expect(el).to.be.accessible();

    // The shared account is loaded again, and the server now has the renewal queued.
    await waitUntil(() => requestsTo(setup, 'account').length === accountLoads + 1, 'account refreshed');
    expect(requestsTo(setup, 'renewalAccept')).to.have.length(1);
    const all = (await api(setup, `/account/locations/${session.locationUuid}/all-documents`)) as {
      documents: Array<{ state: string; plan_name: string; start_date: string; url: string }>;
    };
    const queued = all.documents.filter((d) => d.state === 'queued');
    expect(queued).to.have.length(3);
    expect(queued.every((d) => d.plan_name === plan.name && d.start_date === start)).to.equal(true);
    expect(queued.map((d) => d.url)).to.deep.equal([plan.efl_url, plan.tos_url, plan.yrac_url]);
    expect(sandbox.inspect(session.accountUuid).locations[0].contracts.at(-1)!.plan.json.uuid).to.equal(plan.uuid);
    expect(setup.errors).to.have.length(0);
  });

  it('with a plansProvider, offers its custom plans instead of the renewal offers and renews with one from the day after the contract ends', async () => {
    const custom = await mountOnSandbox<LightRenewal>(
      'light-renewal',
      (account) => html`<light-renewal .plansProvider=${appPlansProvider(account)}></light-renewal>`,
      'renewal-due',
    );
    const { el, sandbox, session } = custom;
    await plansShown(el);
    expect(requestsTo(custom, 'renewalRequest'), 'no renewal offers requested').to.have.length(0);
    expect(requestsTo(custom, 'app.plansRequest')).to.have.length(1);
    const issued = [...sandbox.inspect(session.accountUuid).offers.values()].filter((o) => o.kind === 'app');
    expect(cards(el).map((c) => c.plan!.uuid)).to.have.members(issued.map((o) => o.json.uuid));
    const end = currentContract(custom).end_date;
    const start = addDays(end, 1);
    expect(
      cards(el).every((c) => c.plan!.earliest_start_date === start && c.plan!.latest_start_date === start),
    ).to.equal(true);
    await expect(el).to.be.accessible();

    const plan = await choose(el, 1);
    expect(text(el)).to.contain(
      `Your new plan starts on ${formatDate(start, 'en', 'long')}, the day after your current contract ends.`,
    );
    expect(shadow(el).querySelector('input[type="date"]'), "the start is not the plan's enrollment window").to.equal(
      null,
    );
    await checkTerms(el);
    const accepted = oneEvent(el, 'light-renewal-accepted');
    acceptButton(el).click();
    expect((await accepted).detail).to.deep.equal({
      locationUuid: session.locationUuid,
      planUuid: plan.uuid,
      planName: plan.name,
      serviceStartDate: start,
    });
    await waitUntil(() => shadow(el).querySelector('[part="confirmation"]'), 'confirmation shown');
    expect(requestsTo(custom, 'renewalAccept').map((r) => r.status)).to.deep.equal([200]);
    const renewed = sandbox.inspect(session.accountUuid).locations[0].contracts.at(-1)!;
    expect(renewed.plan.json.uuid).to.equal(plan.uuid);
    expect(renewed.start_date).to.equal(start);
    await expect(el).to.be.accessible();
    expect(custom.errors).to.have.length(0);
  });

  it('says in plain words that a custom plan the server does not take cannot be used, and renews nothing', async () => {
    const unknown = {
      uuid: '00000000-0000-4000-8000-00000000beef',
      name: 'Partner Special 12',
      term_months: 12,
      energy_rate_cents_per_kwh: 9.1,
      efl_url: 'https://partner.example/efl.pdf',
      tos_url: 'https://partner.example/tos.pdf',
      yrac_url: 'https://partner.example/yrac.pdf',
    };
    const setup = await mountOnSandbox<LightRenewal>(
      'light-renewal',
      html`<light-renewal .plansProvider=${async () => ({ plans: [unknown] })}></light-renewal>`,
      'renewal-due',
    );
    const { el, sandbox, session } = setup;
    await plansShown(el);
    await choose(el, 0);
    await checkTerms(el);
    acceptButton(el).click();
    await waitUntil(() => shadow(el).querySelector('#expiry-notice'), 'the refusal explained', { timeout: 5000 });
    await el.updateComplete;
    expect(requestsTo(setup, 'renewalAccept').map((r) => r.status)).to.deep.equal([404]);
    const notice = shadow(el).querySelector('#expiry-notice')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'We could not renew your plan with Partner Special 12: it is not available as a renewal for your address. Please choose another plan.',
    );
    expect(shadow(el).activeElement === notice, 'focus on the explanation').to.equal(true);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('We could not renew your plan');
    expect(text(el)).not.to.contain('expired');
    expect(
      cards(el).filter((c) => c.selected),
      'nothing left selected to send again',
    ).to.have.length(0);
    expect(shadow(el).querySelector('[part="confirmation"]')).to.equal(null);
    expect(sandbox.inspect(session.accountUuid).locations[0].contracts.at(-1)!.plan.json.uuid).to.not.equal(
      unknown.uuid,
    );
    await expect(el).to.be.accessible();
  });

  it('shows the accepted renewal on a later visit instead of offering plans again', async () => {
    let plan!: AcceptedPlan;
    const renewed = await mountRenewal('renewal-due', {
      buttonBefore: false,
      before: async (setup) => (plan = await acceptRenewal(setup)),
    });
    const { el } = renewed;
    await waitUntil(() => text(el).includes('Your renewal is scheduled'), 'scheduled state', { timeout: 5000 });
    expect(text(el)).to.contain(`${plan.name} starts on ${formatDate(plan.earliest_start_date, 'en', 'long')}.`);
    expect(renewed.sandbox.requests.filter((r) => r.route === 'renewalRequest')).to.have.length(1);
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('explains when renewal opens, more than 90 days before the contract ends, without requesting plans', async () => {
    const setup = await mountRenewal('active');
    const { el } = setup;
    await settled(el);
    const end = currentContract(setup).end_date;
    expect(daysBetween(localToday(), end)).to.be.greaterThan(90);
    const content = text(el);
    expect(content).to.contain('Renewal is not open yet');
    expect(content).to.contain(
      `Your contract ends on ${formatDate(end, 'en', 'long')}. Renewal plans are offered from ${formatDate(addDays(end, -90), 'en', 'long')}`,
    );
    expect(content).to.contain('month-to-month');
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(0);
    expect(cards(el)).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('explains that a new customer has nothing to renew yet', async () => {
    const setup = await mountRenewal('new-customer');
    const { el } = setup;
    await settled(el);
    expect(text(el)).to.contain('Nothing to renew yet');
    expect(text(el)).to.contain('Renewal is for customers with active electricity service');
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(0);
    expect(requestsTo(setup, 'documents')).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('explains that ended service cannot be renewed, with the final service date', async () => {
    const setup = await mountRenewal('cancelled');
    const { el, sandbox, session } = setup;
    await settled(el);
    const finalDate = sandbox.inspect(session.accountUuid).locations[0].final_service_date!;
    expect(text(el)).to.contain('Service has ended');
    expect(text(el)).to.contain(`Service at this address ended on ${formatDate(finalDate, 'en', 'long')}`);
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('uses the location-uuid it is given, and treats one not on the account as no location', async () => {
    const setup = await mountRenewal('renewal-due', {
      element: html`<light-renewal location-uuid="not-mine"></light-renewal>`,
    });
    const { el, session } = setup;
    await settled(el);
    expect(text(el)).to.contain('Nothing to renew yet');
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(0);

    el.locationUuid = session.locationUuid!;
    await plansShown(el);
    expect(requestsTo(setup, 'renewalRequest').map((r) => r.path)).to.deep.equal([
      `/account/locations/${session.locationUuid}/renewal-plans/request`,
    ]);
  });

  it('requests current plans when the chosen offer expired, keeping the choice, then renews', async () => {
    const setup = await mountRenewal('renewal-due');
    const { el, sandbox, session } = setup;
    await plansShown(el);
    const chosen = await choose(el, 2);
    await checkTerms(el);
    sandbox.expirePlans(session.accountUuid);
    expect(setup.errors).to.have.length(0);

    acceptButton(el).click();
    await waitUntil(() => shadow(el).querySelector('#expiry-notice'), 'expiry notice shown', { timeout: 5000 });
    await el.updateComplete;
    expect(requestsTo(setup, 'renewalAccept').map((r) => r.status)).to.deep.equal([422]);
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(2);
    expect(setup.errors.map((e) => e.code)).to.deep.equal(['validation']);
    const notice = shadow(el).querySelector('#expiry-notice')!;
    expect(notice.textContent).to.contain(
      `The offer you chose expired, so we loaded current prices. ${chosen.name} is still selected`,
    );
    expect(shadow(el).activeElement === notice, 'focus on the notice').to.equal(true);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.contain('The offer you chose expired');

    const selected = cards(el).filter((c) => c.selected);
    expect(selected).to.have.length(1);
    expect(selected[0].plan!.name).to.equal(chosen.name);
    expect(selected[0].plan!.uuid).not.to.equal(chosen.uuid);
    expect(checkbox(el).checked, 'new terms must be accepted again').to.equal(false);
    await expect(el).to.be.accessible();

    await checkTerms(el);
    const accepted = oneEvent(el, 'light-renewal-accepted');
    acceptButton(el).click();
    expect((await accepted).detail.planUuid).to.equal(selected[0].plan!.uuid);
    expect(requestsTo(setup, 'renewalAccept').map((r) => r.status)).to.deep.equal([422, 200]);
  });

  it('sends one accept for a double click, with Accept disabled while it is in flight', async () => {
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'renewalAccept', kind: 'latency', delayMs: 300 }],
    });
    const { el } = setup;
    await plansShown(el);
    await choose(el, 0);
    await checkTerms(el);
    const button = acceptButton(el);
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(acceptButton(el).disabled).to.equal(true);
    expect(acceptButton(el).textContent).to.contain('Renewing…');
    acceptButton(el).click();
    shadow(el).querySelector('form')!.requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[part="confirmation"]'), 'confirmation shown', { timeout: 5000 });
    expect(requestsTo(setup, 'renewalAccept')).to.have.length(1);
  });

  it('keeps the choice and checkbox after a server error, and retry resends the same data', async () => {
    const bodies: string[] = [];
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'renewalAccept', kind: 'status', status: 500, times: 1 }],
      fetch: recordingAccepts(bodies),
    });
    const { el } = setup;
    await plansShown(el);
    const plan = await choose(el, 3);
    await checkTerms(el);
    const failed = oneEvent(el, 'light-error');
    acceptButton(el).click();
    const { detail } = (await failed) as CustomEvent<LightErrorDetail>;
    expect(detail).to.include({ code: 'server', status: 500, retryable: true });
    await waitUntil(() => shadow(el).querySelector('.accept-error'), 'error shown');
    await el.updateComplete;

    const error = shadow(el).querySelector('.accept-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Your renewal was not confirmed');
    expect(error.textContent).to.contain('Your choices are kept.');
    expect(checkbox(el).checked).to.equal(true);
    expect(cards(el)[3].selected).to.equal(true);
    const retry = shadow(el).querySelector<HTMLButtonElement>('.retry-button')!;
    expect(shadow(el).activeElement === retry, 'focus on retry').to.equal(true);
    expect(requestsTo(setup, 'renewalRequest'), 'plans are not requested again').to.have.length(1);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();

    const accepted = oneEvent(el, 'light-renewal-accepted');
    retry.click();
    expect((await accepted).detail.planUuid).to.equal(plan.uuid);
    expect(bodies).to.have.length(2);
    expect(bodies[1]).to.equal(bodies[0]);
    expect(JSON.parse(bodies[0])).to.deep.equal({
      plan_uuid: plan.uuid,
      service_start_date: plan.earliest_start_date,
      terms_accepted: true,
    });
    expect(requestsTo(setup, 'renewalAccept').map((r) => r.status)).to.deep.equal([500, 200]);
  });

  /**
   * A fetch over the sandbox where the first renewal accept reaches the server, which queues the renewal, but its
   * answer is lost (`lost`); with `failReads`, the location's documents cannot be read after that until
   * `state.readsFail` is set back to false.
   */
  function acceptAnswerLost(lost: 'network' | 'server', { failReads = false } = {}) {
    const state = { lost: false, readsFail: false, acceptedElsewhere: null as string | null };
    const fetchFor =
      ({ sandbox }: SandboxSetup): typeof fetch =>
      async (input, init) => {
        const url = new URL(String(input instanceof Request ? input.url : input));
        if (state.readsFail && /\/(all-)?documents$/.test(url.pathname)) throw new TypeError('Failed to fetch');
        if (state.acceptedElsewhere && !state.lost && url.pathname.endsWith('/renewal-plans/accept')) {
          // Another plan was accepted for this location (in another tab) just before this accept arrived.
          const body = { ...JSON.parse(String(init!.body)), plan_uuid: state.acceptedElsewhere };
          init = { ...init, body: JSON.stringify(body) };
        }
        const response = await sandbox.fetch(input, init);
        if (state.lost || !url.pathname.endsWith('/renewal-plans/accept')) return response;
        state.lost = true;
        state.readsFail = failReads;
        if (lost === 'network') throw new TypeError('Failed to fetch');
        return new Response('{"message": "Bad gateway"}', { status: 502 });
      };
    return { state, fetchFor };
  }

  for (const lost of ['network', 'server'] as const) {
    it(`shows the confirmation when the accept reached the server but its answer was lost (${lost})`, async () => {
      const { fetchFor } = acceptAnswerLost(lost);
      const setup = await mountRenewal('renewal-due', { fetch: fetchFor });
      const { el } = setup;
      await plansShown(el);
      const plan = await choose(el, 1);
      await checkTerms(el);
      const accepted = oneEvent(el, 'light-renewal-accepted');
      acceptButton(el).click();
      await waitUntil(() => shadow(el).querySelector('[part="confirmation"]'), 'confirmation shown', { timeout: 5000 });
      expect((await accepted).detail.planUuid).to.equal(plan.uuid);
      expect(text(el)).to.contain('Your renewal is confirmed');
      expect(requestsTo(setup, 'renewalAccept')).to.have.length(1);
      expect(setup.errors).to.have.length(0);
      expect(setup.sandbox.inspect(setup.session.accountUuid).locations[0].contracts.at(-1)!.plan.json.uuid).to.equal(
        plan.uuid,
      );
    });
  }

  it('shows the renewal the server has when a lost accept finds another plan queued', async () => {
    const { state, fetchFor } = acceptAnswerLost('network');
    const setup = await mountRenewal('renewal-due', { fetch: fetchFor });
    const { el } = setup;
    await plansShown(el);
    const other = cards(el)[2].plan!;
    state.acceptedElsewhere = other.uuid;
    await choose(el, 1);
    await checkTerms(el);
    acceptButton(el).click();
    await waitUntil(() => text(el).includes('Your renewal is scheduled'), 'scheduled state', { timeout: 5000 });
    expect(text(el)).to.contain(other.name);
    expect(shadow(el).querySelector('[part="confirmation"]')).to.equal(null);
    expect(requestsTo(setup, 'renewalAccept')).to.have.length(1);
  });

  it('reads the contract again on Retry after a lost accept answer, and confirms without resending', async () => {
    const { state, fetchFor } = acceptAnswerLost('network', { failReads: true });
    const setup = await mountRenewal('renewal-due', { fetch: fetchFor });
    const { el } = setup;
    await plansShown(el);
    const plan = await choose(el, 0);
    await checkTerms(el);
    acceptButton(el).click();
    await waitUntil(() => shadow(el).querySelector('.retry-button'), 'retry offered', { timeout: 5000 });
    expect(setup.errors.map((e) => e.code)).to.deep.equal(['network']);
    // The connection is back.
    state.readsFail = false;
    const accepted = oneEvent(el, 'light-renewal-accepted');
    shadow(el).querySelector<HTMLButtonElement>('.retry-button')!.click();
    await waitUntil(() => shadow(el).querySelector('[part="confirmation"]'), 'confirmation shown', { timeout: 5000 });
    expect((await accepted).detail.planUuid).to.equal(plan.uuid);
    expect(requestsTo(setup, 'renewalAccept').map((r) => r.status)).to.deep.equal([200]);
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(1);
  });

  it('renews with the keyboard alone (Tab, Space, Enter)', async () => {
    const setup = await mountRenewal('renewal-due');
    const { el, root } = setup;
    await plansShown(el);
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    const first = cards(el)[0].plan!;
    const firstChoose = chooseButton(cards(el)[0]);
    await tabTo((a) => a === firstChoose, 'the first plan', 60);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => cards(el)[0].selected, 'first plan selected');
    await el.updateComplete;
    await tabTo((a) => a === checkbox(el), 'the terms checkbox', 60);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checkbox(el).checked).to.equal(true);
    await tabTo((a) => a === acceptButton(el), 'the accept button', 60);
    const accepted = oneEvent(el, 'light-renewal-accepted');
    await sendKeys({ press: 'Enter' });
    expect((await accepted).detail.planUuid).to.equal(first.uuid);
    await waitUntil(() => shadow(el).activeElement?.id === 'confirmed-heading', 'focus on the confirmation');
  });

  it('renders hostile API strings as text and links only http(s) documents', async () => {
    (window as { __pwned?: number }).__pwned = 0;
    const setup = await mountRenewal('renewal-due', { fetch: ({ sandbox }) => hostileFetch(sandbox) });
    const { el } = setup;
    await plansShown(el);
    expect(text(el)).to.contain(HOSTILE.name);
    await choose(el, 0);
    expect(shadow(el).querySelector('img, script')).to.equal(null);
    expect(shadow(el).querySelector('#accept-heading')!.textContent).to.contain(HOSTILE.name);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([]);
    expect(shadow(el).querySelectorAll('.terms li')).to.have.length(3);
    expect(shadow(el).querySelector('.terms')!.textContent).to.contain('(no online copy; ask support for one)');
    for (const card of cards(el)) {
      expect(card.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"], img, script')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('offers a date field limited to the window when a plan can start on more than one day', async () => {
    const widen: (setup: SandboxSetup) => typeof fetch =
      ({ sandbox }) =>
      async (input, init) => {
        const response = await sandbox.fetch(input, init);
        if (!String(input).endsWith('/renewal-plans/request') || !response.ok) return response;
        const json = (await response.json()) as { plans: Array<Record<string, string>> };
        for (const plan of json.plans) plan.latest_start_date = addDays(plan.earliest_start_date, 14);
        return new Response(JSON.stringify(json), { status: 200, headers: response.headers });
      };
    const setup = await mountRenewal('renewal-due', { fetch: widen });
    const { el } = setup;
    await plansShown(el);
    const plan = await choose(el, 0);
    const field = shadow(el).querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(field.min).to.equal(plan.earliest_start_date);
    expect(field.max).to.equal(plan.latest_start_date);
    expect(field.value).to.equal(plan.earliest_start_date);
    expect(shadow(el).querySelector('label[for="start"]')!.textContent).to.contain('Start date');
    await expect(el).to.be.accessible();

    field.value = addDays(plan.latest_start_date!, 1);
    field.dispatchEvent(new Event('change'));
    await checkTerms(el);
    acceptButton(el).click();
    await el.updateComplete;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain('Enter a start date from');
    expect(shadow(el).activeElement === field, 'focus on the date field').to.equal(true);
    expect(requestsTo(setup, 'renewalAccept')).to.have.length(0);
  });

  it('shows a loading skeleton, then the plans', async () => {
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'renewalRequest', kind: 'latency', delayMs: 400 }],
    });
    const { el } = setup;
    await waitUntil(() => text(el).includes('Contract ends'), 'contract shown');
    expect(shadow(el).querySelector('.skeleton[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await plansShown(el);
    expect(shadow(el).querySelector('.skeleton')).to.equal(null);
  });

  it('shows an error with retry when plans cannot be requested, and emits light-error once', async () => {
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'renewalRequest', kind: 'status', status: 503, times: 1 }],
    });
    const { el, errors } = setup;
    await waitUntil(() => shadow(el).querySelector('[part~="retry-button"]'), 'retry offered', { timeout: 5000 });
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('Our system had a problem');
    expect(errors.map((e) => e.status)).to.deep.equal([503]);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();

    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await plansShown(el);
    expect(requestsTo(setup, 'renewalRequest').map((r) => r.status)).to.deep.equal([503, 200]);
    expect(errors).to.have.length(1);
  });

  it('shows an error with retry when the contract cannot be loaded', async () => {
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'documents', kind: 'status', status: 500, times: 3 }],
    });
    const { el } = setup;
    await waitUntil(() => shadow(el).querySelector('[part~="retry-button"]'), 'retry offered', { timeout: 8000 });
    expect(requestsTo(setup, 'renewalRequest')).to.have.length(0);
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await plansShown(el);
  });

  it('says when the server refuses renewal plans, in its own words', async () => {
    // The server's clock may disagree with the page's: its 422 is shown, not a blank list.
    const setup = await mountRenewal('renewal-due', {
      faults: [{ route: 'renewalRequest', kind: 'status', status: 422, message: 'Renewal opens on 2027-01-01.' }],
    });
    const { el } = setup;
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'explanation shown', { timeout: 5000 });
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Renewal plans are not available');
    expect(alert.textContent).to.contain('Renewal opens on 2027-01-01.');
    expect(alert.querySelector('button'), 'retrying cannot help').to.equal(null);
  });

  it('fits a 320px screen without sideways scrolling, plan cards included', async () => {
    const { el } = await mountRenewal('renewal-due', { width: '320px' });
    await plansShown(el);
    await choose(el, 1);
    const fits = (node: Element, width: number) => node.scrollWidth <= width;
    expect(el.clientWidth).to.equal(320);
    expect(fits(shadow(el).querySelector('[part~="base"]')!, 320), 'element').to.equal(true);
    for (const card of cards(el)) {
      const article = card.shadowRoot!.querySelector('article')!;
      expect(fits(article, card.clientWidth), `card ${card.plan!.name}`).to.equal(true);
    }
    expect(fits(shadow(el).querySelector('form.accept')!, 320), 'accept form').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("at 375px its heading lines up with the next element's, its own boxes giving up the room instead", async () => {
    const { el, root } = await mountRenewal('renewal-due', {
      element: html`<div style="width: 343px"><light-renewal></light-renewal><light-documents></light-documents></div>`,
    });
    const documents = root.querySelector('light-documents')!;
    await plansShown(el);
    await settled(documents, { shows: 'h2#title', message: 'the documents did not load' });
    const inset = (host: Element) =>
      shadow(host).querySelector('h2#title')!.getBoundingClientRect().left - host.getBoundingClientRect().left;
    expect(inset(el)).to.be.closeTo(inset(documents), 0.5);
    // The summary box inside gives up some of its padding on a screen this narrow.
    const summary = shadow(el).querySelector<HTMLElement>('[part~="summary"]')!;
    expect(parseFloat(getComputedStyle(summary).paddingLeft)).to.be.lessThan(
      parseFloat(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).paddingLeft),
    );
  });

  it('speaks Spanish', async () => {
    const setup = await mountRenewal('renewal-due', { element: html`<light-renewal locale="es"></light-renewal>` });
    const { el } = setup;
    await plansShown(el);
    const end = currentContract(setup).end_date;
    expect(text(el)).to.contain('Renueve su plan');
    expect(text(el)).to.contain(formatDate(end, 'es', 'long'));
    expect(text(el)).to.contain('plan mes a mes');
    expect(cards(el)[0].shadowRoot!.textContent).to.contain('Elegir este plan');
    await choose(el, 0);
    expect(text(el)).to.contain('He leído y acepto los documentos de');
    await expect(el).to.be.accessible();
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-renewal')!;
        expect(el).to.exist;
        await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'rendered');
        if (name !== 'Loading') await settled(el);
        await storyReached(root, story);
        await Promise.all(cards(el).map((c) => c.updateComplete));
        await expect(root).to.be.accessible();
      });
    }
  });
});

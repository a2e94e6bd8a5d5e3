import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { now } from '../../src/api/clock.js';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import '../../src/elements/enrollment/light-enrollment.js';
import { fillTestCard, type ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-enrollment.stories.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { deepActive, tabTo } from '../support/dom.js';
import { mountOnSandbox } from '../support/mount.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';
import {
  $,
  acceptTerms,
  addCard,
  atStage,
  button,
  chooseAddress,
  choosePlan,
  fill,
  isButton,
  SSN,
  startEnrollment,
  startEnrollmentWith,
  submitCredit,
  submitIdentity,
} from '../support/enrollment.js';

describe('light-enrollment', function () {
  this.timeout(30_000);

  it('completes the whole signup on the sandbox with the fake Stripe', async () => {
    const logged: string[] = [];
    const original = {
      log: console.log,
      info: console.info,
      warn: console.warn,
      error: console.error,
      debug: console.debug,
    };
    for (const level of Object.keys(original) as Array<keyof typeof original>) {
      console[level] = (...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
        original[level](...args);
      };
    }
    after(() => Object.assign(console, original));
    const setup = await startEnrollment();
    const { el, sandbox, session, events } = setup;
    await atStage(el, 'address');
    expect($(el, '.count').textContent!.trim()).to.match(/^Step 1 of 7\b/);
    await expect(el).to.be.accessible();

    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    expect($(el, '.count').textContent!.trim()).to.match(/^Step 3 of 7\b/);
    await expect(el).to.be.accessible();
    await acceptTerms(el);
    await submitIdentity(el);
    await submitCredit(el);
    await addCard(el);
    await atStage(el, 'review');
    await expect(el).to.be.accessible();
    button(el, 'Submit enrollment').click();
    await atStage(el, 'done');
    await expect(el).to.be.accessible();

    const account = sandbox.getAccount(session.accountUuid);
    expect(account.enrollment).to.include({
      has_accepted_plan: true,
      has_payment_method: true,
      is_identity_verified: true,
      is_enrollment_finalized: true,
      can_finalize_enrollment: false,
    });
    expect(account.enrollment.finalized_at).to.be.a('string');
    expect(account.status).to.equal('reviewing');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('You are signed up');
    expect(text).to.contain('1200 MAIN ST');
    expect(text).to.contain('2 to 72 business hours');

    const steps = events
      .filter((e) => e.type === 'light-enrollment-step')
      .map((e) => (e.detail as { step: string }).step);
    expect(steps).to.deep.equal(['address', 'plan', 'terms', 'identity', 'credit', 'payment', 'review', 'done']);
    expect(events.map((e) => e.type)).to.include.members([
      'light-plan-accepted',
      'light-payment-method-added',
      'light-enrollment-complete',
    ]);
    expect(events.filter((e) => e.type === 'light-error')).to.deep.equal([]);
    const complete = events.find((e) => e.type === 'light-enrollment-complete')!.detail as Record<string, unknown>;
    expect(complete).to.include({ accountUuid: session.accountUuid, status: 'reviewing' });

    // The SSN went to the API once and nowhere else.
    const serialized = JSON.stringify(events.map((e) => e.detail));
    expect(serialized).not.to.contain('6789');
    // Comments left out: lit's random template markers (`lit$467895624$`) may hold any digits.
    const markup = (el.outerHTML + el.shadowRoot!.innerHTML).replace(/<!--[\s\S]*?-->/g, '');
    expect(markup).not.to.contain('6789');
    expect(
      JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
    ).not.to.contain('6789');
    expect(logged.join('\n')).not.to.contain('6789');
    const requests = sandbox.requests.map((r) => `${r.method} ${r.route}`);
    // One request per step, plus an account refresh after each change and before and after finalize.
    const counts = requests.reduce<Record<string, number>>((m, r) => ({ ...m, [r]: (m[r] ?? 0) + 1 }), {});
    expect(counts).to.deep.equal({
      'GET account': 6,
      'POST addressSearch': 1,
      'POST plansRequest': 1,
      'POST plansAccept': 1,
      'PATCH identity': 1,
      'POST creditCheck': 1,
      'POST paymentSession': 1,
      'POST ensurePaymentMethod': 1,
      'POST finalize': 1,
    });
    expect(requests.filter((r) => r === 'POST creditCheck')).to.have.length(1);
    expect(requests.filter((r) => r === 'POST finalize')).to.have.length(1);
  });

  it('resumes at the right step after a reload', async () => {
    const expectations: Array<[ScenarioName, string]> = [
      ['new-customer', 'address'],
      ['mid-enrollment-plan-accepted', 'identity'],
      // The server cannot tell whether the credit check was sent before finalize: it is asked again.
      ['mid-enrollment-identity-submitted', 'credit'],
      ['mid-enrollment-payment-added', 'identity'],
      ['mid-enrollment-ready-to-finalize', 'credit'],
      ['enrolled-pending', 'done'],
    ];
    for (const [scenario, stage] of expectations) {
      const { el } = await startEnrollment(scenario);
      await atStage(el, stage);
      await expect(el, scenario).to.be.accessible();
    }
  });

  it('resumes a session in progress when the element is rebuilt, with completed steps marked done', async () => {
    const setup = await startEnrollment();
    await chooseAddress(setup.el);
    await choosePlan(setup.el);
    await acceptTerms(setup.el);
    await atStage(setup.el, 'identity');
    // Rebuilt on the same account (a page reload), so not a fresh mount.
    const root = await fixture<HTMLElement>(setup.wrap(html`<light-enrollment no-history></light-enrollment>`));
    const again = root.querySelector('light-enrollment')!;
    await atStage(again, 'identity');
    const done = [...again.shadowRoot!.querySelectorAll('.progress li.done')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(done.join('|')).to.contain('Service address').and.contain('Choose a plan').and.contain('Accept the plan');
    // A completed step can be opened for review, and left again.
    button(again, 'Service address').click();
    await atStage(again, 'address');
    expect(again.shadowRoot!.textContent).to.contain('1200 MAIN ST');
    button(again, 'Back to where you were').click();
    await atStage(again, 'identity');
  });

  it('keeps a start date outside the plan window from being sent', async () => {
    const { el, sandbox } = await startEnrollment();
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    const input = $<HTMLInputElement>(el, '#start-date');
    expect(input.min).to.be.a('string').and.not.equal('');
    fill(el, 'start-date', '2001-01-01');
    $<HTMLInputElement>(el, '#terms').click();
    button(el, 'Accept plan').click();
    await waitUntil(() => $(el, '#start-error'));
    expect($(el, '#start-error').textContent).to.contain('Pick a start date between');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => el.shadowRoot!.activeElement === input);
    expect(sandbox.requests.filter((r) => r.route === 'plansAccept')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('requires the terms checkbox before accepting', async () => {
    const { el, sandbox } = await startEnrollment();
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    button(el, 'Accept plan').click();
    await waitUntil(() => $(el, '#terms-error'));
    expect(sandbox.requests.filter((r) => r.route === 'plansAccept')).to.have.length(0);
  });

  it('sends one request for a double click on Accept', async () => {
    const { el, sandbox } = await startEnrollment('new-customer', {
      faults: [{ route: 'plansAccept', kind: 'latency', delayMs: 150 }],
    });
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    $<HTMLInputElement>(el, '#terms').click();
    const accept = button(el, 'Accept plan');
    accept.click();
    accept.click();
    await el.updateComplete;
    expect(accept.disabled).to.equal(true);
    await atStage(el, 'identity');
    expect(sandbox.requests.filter((r) => r.route === 'plansAccept')).to.have.length(1);
  });

  it('keeps typed fields when identity fails with a 500, and the retry resends them', async () => {
    const { el, sandbox, events } = await startEnrollment('mid-enrollment-plan-accepted', {
      faults: [{ route: 'identity', kind: 'status', status: 500, times: 1 }],
    });
    await atStage(el, 'identity');
    fill(el, 'first_name', 'Ana');
    fill(el, 'phone_number', '214-555-0199');
    fill(el, 'date_of_birth', '1990-02-03');
    await el.updateComplete;
    button(el, 'Save and continue').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error shown');
    expect(events.find((e) => e.type === 'light-error')?.detail).to.include({ code: 'server' });
    expect($<HTMLInputElement>(el, '#first_name').value).to.equal('Ana');
    expect($<HTMLInputElement>(el, '#phone_number').value).to.equal('214-555-0199');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'credit');
    expect(
      sandbox.inspect(el.isConnected ? (sandbox.requests.find((r) => r.account)?.account ?? '') : '').first_name,
    ).to.equal('Ana');
  });

  it('refreshes the token silently when it is rejected mid-flow', async () => {
    const { el, sandbox, events } = await startEnrollment('mid-enrollment-plan-accepted');
    await atStage(el, 'identity');
    sandbox.expireTokens();
    fill(el, 'phone_number', '2145550142');
    fill(el, 'date_of_birth', '1988-04-12');
    await el.updateComplete;
    button(el, 'Save and continue').click();
    await atStage(el, 'credit');
    expect(events.filter((e) => e.type === 'light-error')).to.deep.equal([]);
    expect(sandbox.requests.filter((r) => r.route === 'identity').map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('validates identity and the SSN before sending', async () => {
    const { el, sandbox } = await startEnrollment('mid-enrollment-plan-accepted');
    await atStage(el, 'identity');
    fill(el, 'email', 'not-an-email');
    fill(el, 'phone_number', '12');
    await el.updateComplete;
    button(el, 'Save and continue').click();
    await waitUntil(() => $(el, '#email-error'));
    expect($(el, '#phone_number-error').textContent).to.contain('10-digit');
    expect(sandbox.requests.filter((r) => r.route === 'identity')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('masks the SSN, keeps it off the page and out of storage, and asks for consent', async () => {
    const { el, sandbox } = await startEnrollment('mid-enrollment-identity-submitted');
    await atStage(el, 'credit');
    const ssn = $<HTMLInputElement>(el, '#ssn');
    // Masked without type="password", so password managers do not offer to save it.
    expect(ssn.type).to.equal('text');
    expect(getComputedStyle(ssn).getPropertyValue('-webkit-text-security')).to.equal('disc');
    expect(ssn.autocomplete).to.equal('off');
    expect(ssn.hasAttribute('data-1p-ignore')).to.equal(true);
    expect(ssn.getAttribute('data-lpignore')).to.equal('true');
    fill(el, 'ssn', '123456789');
    button(el, 'Submit for credit check').click();
    await waitUntil(() => $(el, '#consent-error'));
    expect(sandbox.requests.filter((r) => r.route === 'creditCheck')).to.have.length(0);
    expect(ssn.getAttribute('value')).to.equal(null);
    fill(el, 'ssn', '000-12-3456');
    $<HTMLInputElement>(el, '#consent').click();
    button(el, 'Submit for credit check').click();
    await waitUntil(() => $(el, '#ssn-error'));
    await expect(el).to.be.accessible();
  });

  it('shows the SSN when asked and masks it again', async () => {
    const { el } = await startEnrollment('mid-enrollment-identity-submitted');
    await atStage(el, 'credit');
    const ssn = $<HTMLInputElement>(el, '#ssn');
    const masking = () => getComputedStyle(ssn).getPropertyValue('-webkit-text-security');
    expect(masking()).to.equal('disc');
    $<HTMLInputElement>(el, '#show-ssn').click();
    await el.updateComplete;
    expect(masking()).to.equal('none');
    expect(ssn.type).to.equal('text');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#show-ssn').click();
    await el.updateComplete;
    expect(masking()).to.equal('disc');
  });

  /** A fetch over the sandbox that keeps the SSN of every credit check sent. */
  function recordingCreditChecks() {
    const sent: string[] = [];
    const fetch =
      (setup: SandboxSetup): typeof globalThis.fetch =>
      async (input, init) => {
        if (String(input).endsWith('/enroll/credit-check')) {
          sent.push((JSON.parse(String(init!.body)) as { ssn: string }).ssn);
        }
        return setup.sandbox.fetch(input, init);
      };
    return { sent, fetch };
  }

  it('sends the corrected SSN on Retry after a failed credit check', async () => {
    const { sent, fetch } = recordingCreditChecks();
    const { el } = await startEnrollmentWith(
      'mid-enrollment-identity-submitted',
      fetch,
      {},
      {
        faults: [{ route: 'creditCheck', kind: 'status', status: 503, times: 1 }],
      },
    );
    await submitCredit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'error with retry', {
      timeout: 5000,
    });
    // The customer notices a typo and corrects it before trying again.
    fill(el, 'ssn', '123-45-6780');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'payment');
    expect(sent).to.deep.equal(['123456789', '123456780']);
  });

  it('forgets the SSN when the step is left: the field comes back empty and nothing is sent from memory', async () => {
    const { sent, fetch } = recordingCreditChecks();
    const { el } = await startEnrollmentWith('mid-enrollment-identity-submitted', fetch);
    await atStage(el, 'credit');
    const typedInto = $<HTMLInputElement>(el, '#ssn');
    fill(el, 'ssn', SSN);
    $<HTMLInputElement>(el, '#consent').click();
    await el.updateComplete;
    // Off to review the details, and back.
    button(el, 'Your details').click();
    await atStage(el, 'identity');
    expect(typedInto.value, 'the field that held it is cleared as it leaves').to.equal('');
    button(el, 'Back to where you were').click();
    await atStage(el, 'credit');
    expect($<HTMLInputElement>(el, '#ssn').value).to.equal('');
    button(el, 'Submit for credit check').click();
    await waitUntil(() => $(el, '#ssn-error'), 'the empty field is refused');
    expect(sent).to.deep.equal([]);
    fill(el, 'ssn', '123-45-6780');
    await el.updateComplete;
    button(el, 'Submit for credit check').click();
    await atStage(el, 'payment');
    expect(sent).to.deep.equal(['123456780']);
  });

  it('clears the SSN field when the element is removed from the page', async () => {
    const { el } = await startEnrollment('mid-enrollment-identity-submitted');
    await atStage(el, 'credit');
    const input = $<HTMLInputElement>(el, '#ssn');
    fill(el, 'ssn', SSN);
    el.remove();
    expect(input.value).to.equal('');
  });

  it('shows Stripe failing to load with a retry, and loses nothing', async () => {
    let fail = true;
    const failing = (setup: SandboxSetup) => async (key: string) => {
      if (fail) throw new Error('Failed to load Stripe.js');
      return setup.stripe(key);
    };
    const setup = await startEnrollment('mid-enrollment-identity-submitted', {
      stripe: failing,
      element: html`<light-enrollment no-history></light-enrollment>`,
    });
    const { el } = setup;
    await submitCredit(el);
    await atStage(el, 'payment');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('secure card form could not load'), 'load error shown');
    await expect(el).to.be.accessible();
    fail = false;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => el.querySelector('.light-fake-stripe input'), 'card form after retry');
    fillTestCard(el);
    await waitUntil(() => !button(el, 'Save card').disabled);
    button(el, 'Save card').click();
    await atStage(el, 'review');
    expect(setup.sandbox.requests.filter((r) => r.route === 'creditCheck')).to.have.length(1);
  });

  it('shows a declined card and keeps the form', async () => {
    const { el } = await startEnrollment('mid-enrollment-identity-submitted');
    await submitCredit(el);
    await atStage(el, 'payment');
    await waitUntil(() => el.querySelector('.light-fake-stripe input'));
    fillTestCard(el, { number: '4000 0000 0000 0002' });
    await waitUntil(() => !button(el, 'Save card').disabled);
    button(el, 'Save card').click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('declined'));
    expect(el.querySelector('.light-fake-stripe input')).to.exist;
    fillTestCard(el);
    button(el, 'Save card').click();
    await atStage(el, 'review');
  });

  /** A fetch over the sandbox whose account answer can say identity is missing (as if withdrawn server-side). */
  function withdrawableIdentity() {
    const state = { withdrawn: false, afterFinalize: false };
    const fetch =
      (setup: SandboxSetup): typeof globalThis.fetch =>
      async (input, init) => {
        const response = await setup.sandbox.fetch(input, init);
        if (String(input).endsWith('/enroll/finalize') && state.afterFinalize) state.withdrawn = true;
        if (!state.withdrawn || !new URL(String(input)).pathname.endsWith('/v1/account')) return response;
        const account = await response.json();
        account.enrollment = { ...account.enrollment, is_identity_verified: false, can_finalize_enrollment: false };
        return new Response(JSON.stringify(account), { status: 200 });
      };
    return { state, fetch };
  }

  it('checks can_finalize before submitting and names the missing step', async () => {
    const { state, fetch } = withdrawableIdentity();
    const setup = await startEnrollment('mid-enrollment-ready-to-finalize', {
      fetch,
      element: html`<light-enrollment no-history hide-steps="credit"></light-enrollment>`,
    });
    const { el } = setup;
    await atStage(el, 'review');
    state.withdrawn = true;
    button(el, 'Submit enrollment').click();
    await atStage(el, 'identity');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain(
      'One step is not finished yet: Your details',
    );
    expect(setup.sandbox.requests.filter((r) => r.route === 'finalize')).to.have.length(0);
  });

  it('does not submit while can_finalize_enrollment is false even when every step looks done', async () => {
    const fetch =
      (setup: SandboxSetup): typeof globalThis.fetch =>
      async (input, init) => {
        const response = await setup.sandbox.fetch(input, init);
        if (!new URL(String(input)).pathname.endsWith('/v1/account')) return response;
        const account = await response.json();
        account.enrollment = { ...account.enrollment, can_finalize_enrollment: false };
        return new Response(JSON.stringify(account), { status: 200 });
      };
    const setup = await startEnrollment('mid-enrollment-ready-to-finalize', {
      fetch,
      element: html`<light-enrollment no-history hide-steps="credit"></light-enrollment>`,
    });
    const { el } = setup;
    await atStage(el, 'review');
    button(el, 'Submit enrollment').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'notice shown');
    expect(el.stage).to.equal('review');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('cannot be submitted yet');
    expect(setup.sandbox.requests.filter((r) => r.route === 'finalize')).to.have.length(0);
  });

  it('sends the customer to the missing step when finalize answers 422', async () => {
    const { state, fetch } = withdrawableIdentity();
    const setup = await startEnrollment('mid-enrollment-ready-to-finalize', {
      fetch,
      // The server refuses the submit (as it would between the element's check and its request).
      faults: [{ route: 'finalize', kind: 'status', status: 422, message: 'Cannot finalize enrollment', times: 1 }],
      element: html`<light-enrollment no-history hide-steps="credit"></light-enrollment>`,
    });
    const { el } = setup;
    await atStage(el, 'review');
    state.afterFinalize = true;
    button(el, 'Submit enrollment').click();
    await atStage(el, 'identity');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Your details is not complete');
    expect(setup.sandbox.requests.filter((r) => r.route === 'finalize').map((r) => r.status)).to.deep.equal([422]);
  });

  it('asks for the credit check again when finalize answers 422 and the server shows nothing missing', async () => {
    const { el, sandbox } = await startEnrollment('mid-enrollment-ready-to-finalize', {
      faults: [{ route: 'finalize', kind: 'status', status: 422, message: 'Cannot finalize enrollment', times: 1 }],
    });
    await submitCredit(el);
    await atStage(el, 'review');
    button(el, 'Submit enrollment').click();
    await atStage(el, 'credit');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Credit check is not complete');
    await submitCredit(el);
    await atStage(el, 'review');
    button(el, 'Submit enrollment').click();
    await atStage(el, 'done');
    expect(sandbox.requests.filter((r) => r.route === 'finalize').map((r) => r.status)).to.deep.equal([422, 200]);
  });

  type Lost = 'network' | 'server';

  /**
   * A fetch over the sandbox where the first POST to a path reaches the server, which acts on it, but its answer
   * is lost (`lost`); the account reads right after can fail too (`failReads`, each failing every try).
   */
  function answerLost(path: string, lost: Lost, { failReads = 0 } = {}) {
    const state = { lost: false, readsToFail: 0 };
    const fetch =
      (setup: SandboxSetup): typeof globalThis.fetch =>
      async (input, init) => {
        const url = new URL(String(input));
        if (state.readsToFail > 0 && url.pathname.endsWith('/v1/account')) {
          state.readsToFail--;
          throw new TypeError('Failed to fetch');
        }
        const response = await setup.sandbox.fetch(input, init);
        if (state.lost || init?.method !== 'POST' || !url.pathname.endsWith(path)) return response;
        state.lost = true;
        state.readsToFail = failReads;
        if (lost === 'network') throw new TypeError('Failed to fetch');
        return new Response('{"message": "Bad gateway"}', { status: 502 });
      };
    return { state, fetch };
  }

  for (const lost of ['network', 'server'] as const) {
    it(`shows the confirmation when finalize reached the server but its answer was lost (${lost})`, async () => {
      const setup = await startEnrollmentWith(
        'mid-enrollment-ready-to-finalize',
        answerLost('/enroll/finalize', lost).fetch,
        { hideCredit: true },
      );
      const { el, events } = setup;
      await atStage(el, 'review');
      button(el, 'Submit enrollment').click();
      await atStage(el, 'done');
      expect(el.shadowRoot!.textContent).to.contain('You are signed up');
      expect(setup.sandbox.requests.filter((r) => r.route === 'finalize')).to.have.length(1);
      expect(events.filter((e) => e.type === 'light-enrollment-complete')).to.have.length(1);
      expect(events.filter((e) => e.type === 'light-error')).to.deep.equal([]);
    });
  }

  it('reads the account again on Retry after a lost finalize answer, and shows the confirmation without resending', async () => {
    // The answer is lost and the account cannot be read right after (every try of the client's GET fails).
    const { state, fetch } = answerLost('/enroll/finalize', 'network', { failReads: 3 });
    const setup = await startEnrollmentWith('mid-enrollment-ready-to-finalize', fetch);
    const { el, events } = setup;
    await submitCredit(el);
    await atStage(el, 'review');
    button(el, 'Submit enrollment').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'error with retry', {
      timeout: 5000,
    });
    expect(el.stage).to.equal('review');
    // The connection is back.
    state.readsToFail = 0;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'done');
    expect(setup.sandbox.requests.filter((r) => r.route === 'finalize').map((r) => r.status)).to.deep.equal([200]);
    const steps = events
      .filter((e) => e.type === 'light-enrollment-step')
      .map((e) => (e.detail as { step: string }).step);
    expect(steps, 'never sent back to the credit check').to.deep.equal(['credit', 'review', 'done']);
    expect(events.filter((e) => e.type === 'light-enrollment-complete')).to.have.length(1);
  });

  it('resends finalize on Retry when the account shows it did not happen', async () => {
    const setup = await startEnrollmentWith(
      'mid-enrollment-ready-to-finalize',
      ({ sandbox }) => sandbox.fetch,
      { hideCredit: true },
      { faults: [{ route: 'finalize', kind: 'network', times: 1 }] },
    );
    const { el } = setup;
    await atStage(el, 'review');
    button(el, 'Submit enrollment').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'error with retry', {
      timeout: 5000,
    });
    expect(el.stage).to.equal('review');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'done');
    expect(setup.sandbox.requests.filter((r) => r.route === 'finalize').map((r) => r.status)).to.deep.equal([0, 200]);
  });

  it('moves on when the plan accept reached the server but its answer was lost', async () => {
    const setup = await startEnrollmentWith('new-customer', answerLost('/enroll/plans/accept', 'server').fetch);
    const { el, events } = setup;
    await atStage(el, 'address');
    await chooseAddress(el);
    await choosePlan(el);
    await acceptTerms(el);
    await atStage(el, 'identity');
    expect(setup.sandbox.requests.filter((r) => r.route === 'plansAccept')).to.have.length(1);
    expect(events.filter((e) => e.type === 'light-plan-accepted')).to.have.length(1);
    expect(events.filter((e) => e.type === 'light-error')).to.deep.equal([]);
  });

  it('reads the account again on Retry after a lost plan accept answer, and moves on without resending', async () => {
    const { state, fetch } = answerLost('/enroll/plans/accept', 'network', { failReads: 3 });
    const setup = await startEnrollmentWith('new-customer', fetch);
    const { el, events } = setup;
    await atStage(el, 'address');
    await chooseAddress(el);
    await choosePlan(el);
    await acceptTerms(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'error with retry', {
      timeout: 5000,
    });
    expect(el.stage).to.equal('terms');
    state.readsToFail = 0;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'identity');
    expect(setup.sandbox.requests.filter((r) => r.route === 'plansAccept')).to.have.length(1);
    expect(events.filter((e) => e.type === 'light-plan-accepted')).to.have.length(1);
  });

  it('does not fall back a step when an older account answer arrives after a newer one', async () => {
    const hold = { next: false, release: null as (() => void) | null };
    let fetchImpl!: typeof fetch;
    const holding = ({ sandbox }: SandboxSetup) =>
      (fetchImpl = async (input, init) => {
        const response = await sandbox.fetch(input, init);
        if (hold.next && new URL(String(input)).pathname.endsWith('/v1/account')) {
          hold.next = false;
          await new Promise<void>((release) => (hold.release = release));
        }
        return response;
      });
    const setup = await startEnrollmentWith('mid-enrollment-plan-accepted', holding);
    const { el } = setup;
    await atStage(el, 'identity');
    // Another element on the page reloads the account; the answer (identity not yet verified) is slow to arrive.
    const { accountStore } = await import('../../src/core/account-store.js');
    const { sharedClient } = await import('../../src/core/clients.js');
    hold.next = true;
    const store = accountStore(sharedClient(setup.session.tokenProvider, undefined, fetchImpl));
    const older = store.refresh();
    await waitUntil(() => hold.release, 'older account answer held');
    await submitIdentity(el);
    await atStage(el, 'credit');
    hold.release!();
    await older;
    expect(store.value!.enrollment.is_identity_verified, 'the store keeps the newer account').to.equal(true);
    // Every element following the store has caught up with it.
    await el.updateComplete;
    await store.load();
    await el.updateComplete;
    expect(el.stage).to.equal('credit');
  });

  it('explains the status after finalize, with what to do when the customer must act', async () => {
    const { el } = await startEnrollment('credit-frozen');
    await atStage(el, 'done');
    expect(el.shadowRoot!.textContent).to.contain('Your credit is frozen');
    expect(el.shadowRoot!.textContent).to.contain('Experian');
    await expect(el).to.be.accessible();
  });

  it('refreshes the plans when the chosen one expired before accept', async () => {
    const { el, sandbox, session } = await startEnrollment();
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    sandbox.expirePlans(session.accountUuid);
    $<HTMLInputElement>(el, '#terms').click();
    button(el, 'Accept plan').click();
    await atStage(el, 'plan');
    expect(el.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Prices changed');
    await waitUntil(
      () => sandbox.requests.filter((r) => r.route === 'plansRequest').length === 2,
      'plans requested again',
    );
  });

  it('sends identity for the customer when the partner hides that step', async () => {
    const { el } = await startEnrollment('mid-enrollment-plan-accepted', {
      element: html`<light-enrollment no-history hide-steps="identity"></light-enrollment>`,
    });
    // The sandbox account has no date of birth, so the step cannot be skipped: it is shown, prefilled.
    await atStage(el, 'identity');
    expect($<HTMLInputElement>(el, '#first_name').value).to.equal('Jordan');
  });

  it('opens on the address of a given ESI ID for confirmation, or at the plans with start-step="plan"', async () => {
    const { el } = await startEnrollment('new-customer', {
      element: html`<light-enrollment no-history esi-id="55512345671234567"></light-enrollment>`,
    });
    await atStage(el, 'address');
    const search = $(el, 'light-address-search');
    await waitUntil(() => search.shadowRoot!.textContent!.includes('500 CONGRESS AVE'));
    button(search, 'Yes, this is my address').click();
    await atStage(el, 'plan');

    const { el: el2 } = await startEnrollment('new-customer', {
      element: html`<light-enrollment no-history esi-id="55512345671234567" start-step="plan"></light-enrollment>`,
    });
    await atStage(el2, 'plan');
    await waitUntil(() => el2.shadowRoot!.textContent!.includes('Plans for 500 CONGRESS AVE'));
  });

  it('completes the whole flow with the keyboard only', async () => {
    const { el } = await startEnrollment();
    await atStage(el, 'address');
    const search = $(el, 'light-address-search');
    await tabTo((a) => a.id === 'input', 'the address field');
    await sendKeys({ type: '4521 gaston' });
    await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length === 1, 'option', {
      timeout: 5000,
    });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'confirm-title');
    await tabTo(isButton('Yes, this is my address'), 'confirm');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'plan');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('light-plan-card').length > 0);
    await tabTo(isButton('Choose this plan'), 'a plan');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'terms');
    await tabTo((a) => a.id === 'terms', 'the terms checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(isButton('Accept plan'), 'accept');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'identity');
    await tabTo((a) => a.id === 'phone_number', 'phone');
    await sendKeys({ type: '2145550142' });
    await tabTo((a) => a.id === 'date_of_birth', 'date of birth');
    await sendKeys({ type: '04121988' });
    await tabTo(isButton('Save and continue'), 'save');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'credit');
    await tabTo((a) => a.id === 'ssn', 'ssn');
    await sendKeys({ type: '123456789' });
    await tabTo((a) => a.id === 'consent', 'consent');
    await sendKeys({ press: 'Space' });
    await tabTo(isButton('Submit for credit check'), 'submit credit');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'payment');
    await waitUntil(() => el.querySelector('.light-fake-stripe input'), 'card form', { timeout: 5000 });
    await tabTo((a) => a.getAttribute('name') === 'cardnumber', 'card number');
    await sendKeys({ type: '4242424242424242' });
    await tabTo((a) => a.getAttribute('name') === 'exp-date', 'expiry');
    await sendKeys({ type: `12 / ${(new Date(now()).getFullYear() + 3) % 100}` });
    await tabTo((a) => a.getAttribute('name') === 'cvc', 'cvc');
    await sendKeys({ type: '123' });
    await tabTo((a) => a.getAttribute('name') === 'postal', 'zip');
    await sendKeys({ type: '75246' });
    await tabTo(isButton('Save card'), 'save card');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'review');
    await tabTo(isButton('Submit enrollment'), 'submit');
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'done');
    expect(deepActive()?.id).to.equal('step-title');
  });

  it('lets the browser Back button review the previous step without losing the flow', async () => {
    const { el } = await startEnrollment('new-customer', { element: html`<light-enrollment></light-enrollment>` });
    await atStage(el, 'address');
    await chooseAddress(el);
    await choosePlan(el);
    await atStage(el, 'terms');
    history.back();
    await atStage(el, 'plan');
    history.back();
    await atStage(el, 'address');
    expect(el.shadowRoot!.textContent).to.contain('Back to where you were');
    history.forward();
    await atStage(el, 'plan');
    history.forward();
    await atStage(el, 'terms');
    // What the customer chose is still there.
    expect(el.shadowRoot!.querySelector('light-plan-card')).to.exist;
  });

  it('moves focus to each new step heading and fires light-enrollment-step', async () => {
    const { el } = await startEnrollment();
    const stepEvent = oneEvent(el, 'light-enrollment-step');
    await chooseAddress(el);
    const { detail } = await stepEvent;
    expect(detail).to.deep.equal({ step: 'plan', index: 2, total: 7 });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-title');
  });

  it('works in dark theme and Spanish', async () => {
    const { el } = await startEnrollment('mid-enrollment-plan-accepted', {
      element: html`<light-enrollment no-history theme="dark" locale="es"></light-enrollment>`,
    });
    await atStage(el, 'identity');
    expect(el.shadowRoot!.textContent).to.contain('Paso 4 de 7');
    expect(el.shadowRoot!.textContent).to.contain('Guardar y continuar');
    await expect(el).to.be.accessible();
  });

  it('shows an error with retry when the account cannot load', async () => {
    // Not startEnrollment: the account is never read until the retry.
    const { el, sandbox } = await mountOnSandbox<LightEnrollment>(
      'light-enrollment',
      html`<light-enrollment no-history></light-enrollment>`,
      'new-customer',
      { faults: [{ route: 'account', kind: 'status', status: 503 }] },
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error', { timeout: 5000 });
    await expect(el).to.be.accessible();
    sandbox.faults.clear(); // the outage ends
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await atStage(el, 'address');
  });

  it('accepts a plan chosen on the partner page (start-step="terms" with plan-uuid)', async () => {
    const root = await renderStory(stories.default, stories.AcceptTerms);
    const el = root.querySelector('light-enrollment')!;
    await atStage(el, 'terms');
    expect(el.shadowRoot!.textContent).to.contain('Sunny Saver 12');
  });

  describe('stories', () => {
    const expected: Record<string, string> = {
      Address: 'address',
      ConfirmAddress: 'address',
      Plans: 'plan',
      AcceptTerms: 'terms',
      Identity: 'identity',
      CreditCheck: 'credit',
      Payment: 'payment',
      Review: 'review',
      ConfirmationCreditFrozen: 'done',
    };
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-enrollment')!;
        if (expected[name]) await atStage(el, expected[name]);
        else await el.updateComplete;
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});

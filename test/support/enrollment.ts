/** Driving `<light-enrollment>` on the sandbox through its steps, as a customer would. */
import { waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import '../../src/elements/enrollment/light-enrollment.js';
import { fillTestCard, type ScenarioName } from '../../src/sandbox/index.js';
import { $ as query } from './dom.js';
import { mountOnSandbox, type MountOptions } from './mount.js';
import { settled } from './settled.js';

export const SSN = '123-45-6789';

/** What an enrollment fires, recorded from its first render. */
export const EVENTS = [
  'light-enrollment-step',
  'light-plan-accepted',
  'light-payment-method-added',
  'light-enrollment-complete',
  'light-error',
];

/** An enrollment (`element`, or the default one) on a sandbox account, its events recorded, once it has read the account. */
export async function startEnrollment(
  scenario: ScenarioName = 'new-customer',
  options: MountOptions & { element?: TemplateResult } = {},
) {
  const element = options.element ?? html`<light-enrollment no-history stripe-publishable-key=""></light-enrollment>`;
  const mounted = await mountOnSandbox<LightEnrollment>('light-enrollment', element, scenario, {
    record: EVENTS,
    ...options,
  });
  await waitUntil(() => mounted.el.stage !== null, 'account loaded', { timeout: 5000 });
  return mounted;
}

/** The same, with `fetch` answering instead of the sandbox's (Stripe.js still the sandbox's). */
export const startEnrollmentWith = (
  scenario: ScenarioName,
  fetch: MountOptions['fetch'],
  attrs: { hideCredit?: boolean } = {},
  options: MountOptions = {},
) =>
  startEnrollment(scenario, {
    fetch,
    stripe: ({ stripe }) => stripe,
    element: html`<light-enrollment no-history hide-steps=${attrs.hideCredit ? 'credit' : ''}></light-enrollment>`,
    ...options,
  });

/** The first match in the enrollment's shadow root, which the test expects to be there. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => query<T>(el, selector)!;
export const button = (root: Element | ShadowRoot, text: string) =>
  [...(root instanceof Element ? root.shadowRoot! : root).querySelectorAll('button')].find((b) =>
    b.textContent!.includes(text),
  )!;

/** Waits until the enrollment is at `stage` and that step has finished loading (e.g. the status sentences). */
export async function atStage(el: LightEnrollment, stage: string) {
  await waitUntil(() => el.stage === stage, `stage ${stage} (now ${el.stage})`, { timeout: 5000 });
  await settled(el);
}

/** Types into a field in the enrollment's shadow root. */
export function fill(el: Element, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export async function chooseAddress(el: LightEnrollment, query = '1200 main') {
  const search = $(el, 'light-address-search') as HTMLElement & { updateComplete: Promise<unknown> };
  const input = search.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'address options', {
    timeout: 5000,
  });
  search.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
  await waitUntil(() => button(search, 'Yes, this is my address'));
  button(search, 'Yes, this is my address').click();
}

export async function choosePlan(el: LightEnrollment, index = 0) {
  await atStage(el, 'plan');
  await waitUntil(() => el.shadowRoot!.querySelectorAll('light-plan-card').length > 0, 'plans', { timeout: 5000 });
  const card = el.shadowRoot!.querySelectorAll('light-plan-card')[index];
  await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  card.shadowRoot!.querySelector('button')!.click();
}

export async function acceptTerms(el: LightEnrollment) {
  await atStage(el, 'terms');
  $<HTMLInputElement>(el, '#terms').click();
  button(el, 'Accept plan').click();
}

export async function submitIdentity(el: LightEnrollment) {
  await atStage(el, 'identity');
  fill(el, 'phone_number', '(214) 555-0142');
  fill(el, 'date_of_birth', '1988-04-12');
  await el.updateComplete;
  button(el, 'Save and continue').click();
}

export async function submitCredit(el: LightEnrollment) {
  await atStage(el, 'credit');
  fill(el, 'ssn', SSN);
  const consent = $<HTMLInputElement>(el, '#consent');
  if (!consent.checked) consent.click();
  await el.updateComplete;
  button(el, 'Submit for credit check').click();
}

export async function addCard(el: LightEnrollment) {
  await atStage(el, 'payment');
  await waitUntil(() => el.querySelector('.light-fake-stripe input'), 'card form mounted', { timeout: 5000 });
  fillTestCard(el);
  await waitUntil(() => button(el, 'Save card') && !button(el, 'Save card').disabled);
  button(el, 'Save card').click();
}

export const isButton = (text: string) => (el: Element) => el.tagName === 'BUTTON' && el.textContent!.includes(text);

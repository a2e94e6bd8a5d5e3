/** A customer's steps through `<light-enrollment>` on a partner page, as a customer would take them. */
import { waitUntil } from '@open-wc/testing';
import { deep, press, type, typeCard, waitForText, type PartnerPage } from './partner-page.js';

export const SSN = '123-45-6789';

const enrollment = (page: PartnerPage) => () => page.doc.querySelector('light-enrollment');
const field = <E extends Element = HTMLInputElement>(page: PartnerPage, selector: string) =>
  deep<E>(page.doc, 'light-enrollment', selector);

export function fill(page: PartnerPage, input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new page.win.Event('change', { bubbles: true, composed: true }));
}

/** Address: typed, chosen from the list, confirmed. */
export async function chooseAddress(page: PartnerPage) {
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-address-search', '#input'), 'address field');
  await type(deep(page.doc, 'light-enrollment', 'light-address-search', '#input')!, '1200 main');
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-address-search', '[role="option"]'), 'addresses', {
    timeout: 10_000,
  });
  deep(page.doc, 'light-enrollment', 'light-address-search', '[role="option"]')!.click();
  await press(enrollment(page)()!, 'Yes, this is my address');
}

/** Identity, then the credit check, from the step counter `first` ("Step 4 of 7"). */
export async function giveIdentityAndCredit(page: PartnerPage, first: string, second: string) {
  await waitForText(enrollment(page), first);
  await waitUntil(() => field(page, '#phone_number'), 'the identity form', { timeout: 10_000 });
  await type(field(page, '#phone_number')!, '2145550142');
  fill(page, field(page, '#date_of_birth')!, '1988-04-12');
  await press(enrollment(page)()!, 'Save and continue');
  await waitForText(enrollment(page), second);
  await waitUntil(() => field(page, '#ssn'), 'the credit form');
  await type(field(page, '#ssn')!, SSN);
  const consent = field(page, '#consent')!;
  if (!consent.checked) consent.click();
  await press(enrollment(page)()!, 'Submit for credit check');
}

/** Card: Stripe's form mounts in the page's light DOM, inside the element. */
export async function addCard(page: PartnerPage, step: string) {
  await waitForText(enrollment(page), step);
  await typeCard(enrollment(page)()!, {}, 'the card form from js.stripe.com');
  await press(enrollment(page)()!, 'Save card');
}

export async function signUp(page: PartnerPage) {
  const el = enrollment(page);
  await waitForText(el, 'Step 1 of 7');
  await chooseAddress(page);

  // Plan, then terms.
  await waitForText(el, 'Step 2 of 7');
  await waitUntil(() => deep(page.doc, 'light-enrollment', 'light-plan-card', 'button'), 'plan cards');
  deep(page.doc, 'light-enrollment', 'light-plan-card', 'button')!.click();
  await waitForText(el, 'Step 3 of 7');
  field(page, '#terms')!.click();
  await press(el()!, 'Accept plan');

  await giveIdentityAndCredit(page, 'Step 4 of 7', 'Step 5 of 7');
  await addCard(page, 'Step 6 of 7');

  await waitForText(el, 'Step 7 of 7');
  await press(el()!, 'Submit enrollment');
  await waitForText(el, 'You are signed up');
}

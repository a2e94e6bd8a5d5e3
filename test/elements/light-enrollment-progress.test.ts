import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import { $, atStage, button, startEnrollment } from '../support/enrollment.js';
import { settled } from '../support/settled.js';

/** The step list's items, as laid out. */
const items = (el: LightEnrollment) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.progress li')];
const rows = (el: LightEnrollment) => new Set(items(el).map((li) => Math.round(li.getBoundingClientRect().top))).size;

/** Clicks the middle of `target` with the real mouse. */
async function click(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('light-enrollment progress', function () {
  this.timeout(20000);

  it('at 375 px: one line "Step 1 of 7 · Service address" over a bar, the ordered list kept for screen readers', async () => {
    const { el } = await startEnrollment('new-customer', { width: '375px' });
    await atStage(el, 'address');
    const progress = $(el, '.progress');
    expect(progress.getBoundingClientRect().height, 'the progress before any content').to.be.below(90);
    const count = $(el, '.count');
    expect(count.innerText.replace(/\s+/g, ' ').trim()).to.equal('Step 1 of 7 · Service address');
    expect(count.getBoundingClientRect().height, 'one line').to.be.below(30);
    expect(rows(el), 'the bar is one row').to.equal(1);
    const [first, second] = items(el);
    expect(getComputedStyle(first).backgroundColor, 'the reached part of the bar').to.not.equal(
      getComputedStyle(second).backgroundColor,
    );
    const current = $(el, 'ol [aria-current="step"]');
    expect(current.textContent).to.contain('Service address');
    await expect(el).to.be.accessible();
  });

  it('at 375 px: focus on a completed step brings the list into view', async () => {
    const { el } = await startEnrollment('mid-enrollment-plan-accepted', { width: '375px' });
    await atStage(el, 'identity');
    const link = $(el, '.step-link');
    expect(getComputedStyle(link).opacity).to.equal('0');
    link.focus();
    await waitUntil(() => getComputedStyle(link).opacity === '1', 'the list shown on focus');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('at 1280 px: the seven steps in one row of equal columns', async () => {
    const { el } = await startEnrollment('new-customer', { width: '1280px' });
    await atStage(el, 'address');
    expect(rows(el)).to.equal(1);
    const widths = new Set(items(el).map((li) => Math.round(li.getBoundingClientRect().width)));
    expect(widths.size, 'equal columns').to.equal(1);
    expect($(el, '.count').innerText.trim()).to.equal('Step 1 of 7');
    await expect(el).to.be.accessible();
  });

  it('a heading focused after a mouse click shows no focus ring; after a key press it does', async () => {
    const { el } = await startEnrollment('new-customer', { width: '1280px' });
    await atStage(el, 'address');
    const search = $(el, 'light-address-search') as HTMLElement & { updateComplete: Promise<unknown> };
    const input = search.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
    input.focus();
    input.value = '1200 main';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => search.shadowRoot!.querySelector('[role="option"]'), 'address options', { timeout: 5000 });
    // A mouse click on an address: focus was in the text field, and moves to the question about the address.
    await click(search.shadowRoot!.querySelector('[role="option"]')!);
    await waitUntil(() => search.shadowRoot!.activeElement?.id === 'confirm-title', 'focus on the question');
    const question = search.shadowRoot!.activeElement!;
    expect(question.matches(':focus-visible'), 'ring after a mouse click').to.equal(false);
    expect(getComputedStyle(question).outlineStyle).to.equal('none');
    // The Enter key on "Yes": the next step's heading shows the ring.
    button(search, 'Yes, this is my address').focus();
    await sendKeys({ press: 'Enter' });
    await atStage(el, 'plan');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'step-title', 'focus on the step heading');
    const heading = $(el, '#step-title');
    expect(heading.matches(':focus-visible'), 'ring after a key press').to.equal(true);
    expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
  });

  it('a hidden enrollment of an enrolled customer fires no step event; shown, it fires "done" at the total', async () => {
    const { el, events, root } = await startEnrollment('active', {
      element: html`<section hidden><light-enrollment no-history></light-enrollment></section>`,
    });
    await settled(el);
    await el.updateComplete;
    expect(events.filter((e) => e.type === 'light-enrollment-step')).to.deep.equal([]);
    root.querySelector('section')!.hidden = false;
    await waitUntil(() => events.some((e) => e.type === 'light-enrollment-step'), 'a step event once shown');
    expect(events.filter((e) => e.type === 'light-enrollment-step').map((e) => e.detail)).to.deep.equal([
      { step: 'done', index: 7, total: 7 },
    ]);
  });

  it("the confirmation's styles come with its views: the summary is laid out as a grid", async () => {
    const { el } = await startEnrollment('enrolled-pending');
    await atStage(el, 'done');
    await waitUntil(() => el.shadowRoot!.querySelector('.summary'), 'the summary');
    expect(getComputedStyle($(el, '.summary')).display).to.equal('grid');
  });
});

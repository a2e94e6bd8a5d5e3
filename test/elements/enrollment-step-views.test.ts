import { STEPS } from '../../src/elements/enrollment/enrollment-steps.js';
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import { renderAccountPending, renderFrame, type FrameView } from '../../src/elements/enrollment/steps/frame-view.js';
import { paymentView } from '../../src/elements/enrollment/steps/payment-view.js';
import { emailWithBreaks } from '../../src/elements/enrollment/steps/review-view.js';
import { renderTerms } from '../../src/elements/enrollment/steps/terms-view.js';
import { fullPlan } from '../../stories/support/fixtures/plans.js';

const show = (template: TemplateResult) => {
  const root = document.createElement('div');
  render(template, root);
  return root;
};

const frame = (overrides: Partial<FrameView> = {}): FrameView => ({
  stage: 'identity',
  steps: STEPS,
  content: html`<p id="content">step</p>`,
  notice: null,
  failure: null,
  busy: false,
  reviewing: false,
  isDone: () => false,
  onOpen: () => undefined,
  onBackToCurrent: () => undefined,
  ...overrides,
});

describe('enrollment step views', () => {
  describe('frame', () => {
    it('shows the progress and the step', () => {
      const root = show(renderFrame('en', frame()));
      expect(root.querySelector('[part="progress"]')).to.exist;
      expect(root.querySelector('[part="step"] #content')).to.exist;
      expect(root.querySelector('.notice')).to.equal(null);
      expect(root.querySelector('[part="error"]')).to.equal(null);
    });

    it('shows no progress on the confirmation, nor the way back', () => {
      const root = show(renderFrame('en', frame({ stage: 'done', reviewing: true })));
      expect(root.querySelector('[part="progress"]')).to.equal(null);
      expect(root.querySelector('.actions')).to.equal(null);
    });

    it('shows a notice as an alert', () => {
      const root = show(renderFrame('en', frame({ notice: 'The plan expired.' })));
      expect(root.querySelector('.notice[role="alert"]')!.textContent).to.equal('The plan expired.');
    });

    it('shows a failure on its own step only, with its retry', () => {
      let retried = 0;
      const failure = {
        step: 'identity' as const,
        error: new LightApiError('network', 'offline'),
        retry: () => void retried++,
      };
      const here = show(renderFrame('en', frame({ failure })));
      here.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      expect(retried).to.equal(1);
      const elsewhere = show(renderFrame('en', frame({ failure, stage: 'credit' })));
      expect(elsewhere.querySelector('[part="error"]')).to.equal(null);
    });

    it('offers the way back to the current step while reviewing', () => {
      let back = 0;
      const root = show(renderFrame('en', frame({ reviewing: true, onBackToCurrent: () => void back++ })));
      root.querySelector<HTMLButtonElement>('.actions button')!.click();
      expect(back).to.equal(1);
    });

    it('shows a skeleton while the account loads, or its error with a retry', () => {
      expect(show(renderAccountPending('en', undefined, () => undefined)).querySelector('[part="skeleton"]')).to.exist;
      let retried = 0;
      const root = show(renderAccountPending('en', new LightApiError('network', 'offline'), () => void retried++));
      root.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      expect(retried).to.equal(1);
    });
  });

  describe('payment', () => {
    const controller = (overrides: Partial<Parameters<typeof paymentView>[0]> = {}) => {
      const calls = { start: 0 };
      const payment = {
        state: 'idle' as const,
        error: null,
        stripeUnavailable: false,
        complete: false,
        paymentMethodId: null,
        start: async () => void calls.start++,
        ...overrides,
      };
      return { payment, calls };
    };

    it('shows the card on file only while no new card form is open', () => {
      expect(paymentView(controller().payment, true, () => undefined).onFile).to.equal(true);
      expect(paymentView(controller({ state: 'ready' }).payment, true, () => undefined).onFile).to.equal(false);
      expect(paymentView(controller().payment, false, () => undefined).onFile).to.equal(false);
    });

    it('retries by saving once the form was filled in or a card made, else by opening the form', () => {
      let saves = 0;
      const onSave = () => void saves++;
      const fresh = controller({ state: 'error' });
      paymentView(fresh.payment, false, onSave).onRetry();
      expect([fresh.calls.start, saves]).to.deep.equal([1, 0]);
      const filled = controller({ state: 'error', complete: true });
      paymentView(filled.payment, false, onSave).onRetry();
      const made = controller({ state: 'error', paymentMethodId: 'pm_1' });
      paymentView(made.payment, false, onSave).onRetry();
      expect([filled.calls.start, made.calls.start, saves]).to.deep.equal([0, 0, 2]);
    });

    it('opens the form and saves through the given handlers', () => {
      let saves = 0;
      const { payment, calls } = controller();
      const view = paymentView(payment, true, () => void saves++);
      view.onStart();
      view.onSave();
      expect([calls.start, saves]).to.deep.equal([1, 1]);
    });
  });
  describe('terms', () => {
    it('names the documents the customer accepts in full words, not EFL, TOS and YRAC', () => {
      const noop = () => undefined;
      const root = show(
        renderTerms('en', {
          plan: fullPlan,
          startDate: '',
          accepted: false,
          errors: [],
          sending: false,
          busy: false,
          onStartDate: noop,
          onAccepted: noop,
          onSubmit: noop,
          onChangePlan: noop,
        }),
      );
      const docs = root.querySelector('.docs')!.textContent!.replace(/\s+/g, ' ');
      expect(docs).to.contain('Electricity Facts Label').and.contain('Terms of Service');
      expect(docs).to.contain('Your Rights as a Customer');
      expect(docs).to.not.match(/\b(EFL|TOS|YRAC)\b/);
    });
  });

  describe('review', () => {
    it('lets an email break only after its @ and before the dots of the name before it, its text unchanged', () => {
      const root = show(html`<span>${emailWithBreaks('jordan.rivera+1@mail.example.com')}</span>`);
      expect(root.textContent).to.equal('jordan.rivera+1@mail.example.com');
      const pieces = [...root.querySelector('span')!.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).localName === 'wbr')
        .map((node) => (node.nodeType === Node.TEXT_NODE ? node.textContent : '|'));
      expect(pieces.join('')).to.equal('jordan|.rivera+1@|mail.example.com');
      expect(show(html`${emailWithBreaks('not an email')}`).querySelector('wbr')).to.equal(null);
    });
  });
});

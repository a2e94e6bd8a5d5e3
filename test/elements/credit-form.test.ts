import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { CreditFormController } from '../../src/elements/enrollment/credit-form.js';

function setup({ withField = true } = {}) {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const root = document.createElement('div');
  root.innerHTML = `${withField ? '<input id="ssn" />' : ''}<input id="consent" type="checkbox" />`;
  document.body.append(root);
  const credit = new CreditFormController(host, {
    root: () => root,
    send: (request) => request(),
    request: async () => undefined,
    sent: () => undefined,
  });
  const ssn = root.querySelector<HTMLInputElement>('#ssn');
  return { credit, root, ssn, updates: () => updates, done: () => root.remove() };
}

describe('credit form', () => {
  it('reads the SSN from its field when consent is given', async () => {
    const { credit, ssn, done } = setup();
    ssn!.value = '123-45-6789';
    credit.view(null, false).onConsent(true);
    expect(await credit.read()).to.equal('123456789');
    expect(credit.view(null, false)).to.include({ ssnInvalid: false, consentMissing: false });
    done();
  });

  it('marks an impossible SSN and focuses its field', async () => {
    const { credit, root, ssn, done } = setup();
    ssn!.value = '000-12-3456';
    credit.view(null, false).onConsent(true);
    expect(await credit.read()).to.equal(null);
    expect(credit.view(null, false).ssnInvalid).to.equal(true);
    expect(root.ownerDocument.activeElement).to.equal(ssn);
    credit.view(null, false).onSsnInput();
    expect(credit.view(null, false).ssnInvalid).to.equal(false);
    done();
  });

  it('marks missing consent and focuses the box, unless a failure is shown', async () => {
    const { credit, root, ssn, done } = setup();
    ssn!.value = '123456789';
    expect(await credit.read()).to.equal(null);
    expect(credit.view(null, false).consentMissing).to.equal(true);
    expect(credit.view(null, true).consentMissing).to.equal(false);
    expect(root.ownerDocument.activeElement?.id).to.equal('consent');
    credit.view(null, false).onConsent(true);
    expect(credit.view(null, false)).to.include({ consent: true, consentMissing: false });
    done();
  });

  it('blanks the field: the SSN is kept nowhere else', () => {
    const { credit, ssn, done } = setup();
    ssn!.value = '123456789';
    credit.clear();
    expect(ssn!.value).to.equal('');
    done();
  });

  it('does nothing to blank when the field is not on screen, and reads it as invalid', async () => {
    const { credit, done } = setup({ withField: false });
    credit.clear();
    expect(await credit.read()).to.equal(null);
    expect(credit.view(null, false).ssnInvalid).to.equal(true);
    done();
  });

  it('shows or masks the SSN, and says which request is in flight', () => {
    const { credit, updates, done } = setup();
    credit.view(null, false).onShowSsn(true);
    expect(credit.view(null, false).showSsn).to.equal(true);
    expect(updates()).to.equal(1);
    expect(credit.view('credit', false)).to.include({ sending: true, busy: true });
    expect(credit.view('finalize', false)).to.include({ sending: false, busy: true });
    done();
  });
});

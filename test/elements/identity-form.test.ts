import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { toAccount } from '../../src/api/normalize.js';
import { IdentityFormController, identityRequest } from '../../src/elements/enrollment/identity-form.js';

const COMPLETE = {
  first_name: ' Ana ',
  last_name: 'Garza',
  phone_number: '(214) 555-0100',
  email: ' ana@example.com ',
  date_of_birth: '1990-05-17',
};

/** A form controller whose fields live in a detached root, so focus can be checked. */
function setup() {
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const root = document.createElement('div');
  root.innerHTML = ['first_name', 'last_name', 'phone_number', 'email', 'date_of_birth']
    .map((id) => `<input id="${id}" />`)
    .join('');
  document.body.append(root);
  const form = new IdentityFormController(host, {
    root: () => root,
    send: (request) => request(),
    request: async () => undefined,
  });
  return { form, root, updates: () => updates, done: () => root.remove() };
}

describe('identity form', () => {
  it('makes the request: names and email trimmed, the phone as ten digits', () => {
    expect(identityRequest(COMPLETE)).to.deep.equal({
      first_name: 'Ana',
      last_name: 'Garza',
      phone_number: '2145550100',
      email: 'ana@example.com',
      date_of_birth: '1990-05-17',
    });
  });

  it('starts blank and prefills from the account once', () => {
    const { form, done } = setup();
    expect(form.form.first_name).to.equal('');
    form.prefill(undefined);
    form.prefill(toAccount({ first_name: 'Ana' }));
    form.prefill(toAccount({ first_name: 'Bea' }));
    expect(form.form.first_name).to.equal('Ana');
    done();
  });

  it('keeps what is typed, clearing the problem shown on that field', async () => {
    const { form, updates, done } = setup();
    await form.check();
    expect(form.problems).to.include('first_name');
    form.view(null).onInput('first_name', 'Ana', 'first_name');
    expect(form.form.first_name).to.equal('Ana');
    expect(form.problems).not.to.include('first_name');
    expect(updates()).to.be.greaterThan(0);
    done();
  });

  it('shows the problems and focuses the first one instead of sending', async () => {
    const { form, root, done } = setup();
    form.view(null).onInput('first_name', 'Ana', undefined);
    expect(await form.check()).to.equal(null);
    expect(form.problems[0]).to.equal('last_name');
    expect(root.ownerDocument.activeElement?.id).to.equal('last_name');
    done();
  });

  it('focuses the date of birth for an age problem', async () => {
    const { form, root, done } = setup();
    const view = form.view(null);
    for (const [name, value] of Object.entries({ ...COMPLETE, date_of_birth: '2020-01-01' })) {
      view.onInput(name as keyof typeof COMPLETE, value, undefined);
    }
    expect(await form.check()).to.equal(null);
    expect(form.problems).to.deep.equal(['date_of_birth_age']);
    expect(root.ownerDocument.activeElement?.id).to.equal('date_of_birth');
    done();
  });

  it('gives the request for a complete form', async () => {
    const { form, done } = setup();
    form.prefill(toAccount(COMPLETE));
    expect(await form.check()).to.deep.equal(identityRequest(COMPLETE));
    expect(form.problems).to.deep.equal([]);
    done();
  });

  it('is sent for the customer once, only when the prefilled form is complete', () => {
    const complete = setup();
    complete.form.prefill(toAccount(COMPLETE));
    expect(complete.form.sendForCustomer()).to.equal(true);
    expect(complete.form.sendForCustomer()).to.equal(false);
    complete.done();
    const partial = setup();
    partial.form.prefill(toAccount({ first_name: 'Ana' }));
    expect(partial.form.sendForCustomer()).to.equal(false);
    partial.done();
  });

  it('says in its view which request is in flight', () => {
    const { form, done } = setup();
    expect(form.view('identity')).to.include({ sending: true, busy: true });
    expect(form.view('credit')).to.include({ sending: false, busy: true });
    expect(form.view(null)).to.include({ sending: false, busy: false });
    expect(form.view(null).today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    done();
  });
});

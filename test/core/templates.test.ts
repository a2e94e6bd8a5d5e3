import { expect, fixture } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import { headingLevel, renderTaskError } from '../../src/core/templates.js';

describe('shared view helpers', () => {
  it('headingLevel keeps the outline between h2 and h6, with a fallback for nonsense', () => {
    expect(headingLevel(3, 2)).to.equal(3);
    expect(headingLevel(1, 2), 'no h1 inside a widget').to.equal(2);
    expect(headingLevel(9, 2)).to.equal(6);
    expect(headingLevel(3.6, 2)).to.equal(4);
    expect(headingLevel(NaN, 3)).to.equal(3);
    expect(headingLevel(undefined, 2)).to.equal(2);
    expect(headingLevel(5, 2, 1), 'a sub-heading').to.equal(6);
    expect(headingLevel(6, 2, 1), 'never past h6').to.equal(6);
  });

  it('renderTaskError shows what failed and runs the task again on retry', async () => {
    let runs = 0;
    const task = { error: new LightApiError('server', 'boom', { status: 503 }), run: async () => void runs++ };
    const el = await fixture<HTMLElement>(renderTaskError(task, 'en'));
    expect(el.getAttribute('role')).to.equal('alert');
    expect(el.textContent).to.contain('Something went wrong');
    el.querySelector('button')!.click();
    expect(runs).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('renderTaskError offers no retry for a failure a retry cannot fix', async () => {
    const task = { error: new LightApiError('forbidden', 'no', { status: 403 }), run: async () => undefined };
    const el = await fixture<HTMLElement>(renderTaskError(task, 'en'));
    expect(el.querySelector('button')).to.equal(null);
  });
});

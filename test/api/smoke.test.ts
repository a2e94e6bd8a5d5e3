import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';

describe('smoke', () => {
  it('works', () => {
    expect(new LightApiError('auth', 'x').retryable).to.equal(true);
  });
});

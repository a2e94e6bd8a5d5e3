/**
 * An inferred call that the API does not have (404 or 405) tells the customer something friendly and the
 * partner's developer, through `light-error`, which call failed and how to route it through their backend.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { INFERRED_ROUTES } from '../../src/api/inferred-routes.js';
import '../../src/elements/address-search/light-address-search.js';
import type { LightAddressSearch } from '../../src/elements/address-search/light-address-search.js';
import { part, shadow, shadowText } from '../support/dom.js';
import { mountOnSandbox } from '../support/mount.js';

describe('an inferred call the API does not have', () => {
  it('shows the customer a friendly error and tells the developer which call failed, in light-error', async () => {
    const { el, errors } = await mountOnSandbox<LightAddressSearch>(
      'light-address-search',
      html`<light-address-search debounce="0"></light-address-search>`,
      'new-customer',
      { faults: [{ route: 'addressSearch', kind: 'status', status: 405 }] },
    );
    shadow(el).querySelector<HTMLInputElement>('#input')!.focus();
    await sendKeys({ type: '1200 main' });
    await waitUntil(() => part(el, 'error'), 'no error shown', { timeout: 5000 });
    await waitUntil(() => errors.length > 0, 'no light-error');
    const shown = shadowText(el);
    expect(shown).to.contain('We could not find that');
    expect(shown).not.to.contain('/v1/');
    expect(shown).not.to.contain(INFERRED_ROUTES.addressSearch);
    // One per search the typing started.
    for (const error of errors) {
      expect(error).to.include({ code: 'not_found', status: 405, retryable: false, call: 'addressSearch' });
      expect(error.message).to.contain(
        'Light call addressSearch (/v1/account/enroll/address-search) answered HTTP 405',
      );
      expect(error.message).to.contain(INFERRED_ROUTES.addressSearch);
    }
  });
});

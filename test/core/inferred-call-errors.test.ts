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

const ESI_ID = '10443720000000001';

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

  it('can be routed through the partner backend by a fetch wrapper, as the README shows', async () => {
    const routed: Array<{ body: unknown; authorization: string | null }> = [];
    // The partner's backend: answers the type-ahead itself (with the app token, out of sight of the browser).
    const backend = async (request: Request): Promise<Response> => {
      routed.push({ body: await request.json(), authorization: request.headers.get('Authorization') });
      const match = { address_1: '1200 MAIN ST', city: 'DALLAS', state: 'TX', postal_code: '75202', esi_id: ESI_ID };
      return new Response(JSON.stringify([match]), { headers: { 'Content-Type': 'application/json' } });
    };
    const { el, errors } = await mountOnSandbox<LightAddressSearch>(
      'light-address-search',
      html`<light-address-search debounce="0"></light-address-search>`,
      'new-customer',
      {
        faults: [{ route: 'addressSearch', kind: 'status', status: 405 }],
        fetch:
          ({ sandbox }) =>
          (input, init = {}) => {
            const url = new URL(input instanceof Request ? input.url : String(input), location.href);
            if (url.pathname !== '/v1/account/enroll/address-search') return sandbox.fetch(input, init);
            const headers = { 'Content-Type': 'application/json' };
            return backend(
              new Request('https://partner.example/energy/address-search', {
                method: 'POST',
                body: init.body,
                headers,
              }),
            );
          },
      },
    );
    shadow(el).querySelector<HTMLInputElement>('#input')!.focus();
    await sendKeys({ type: '1200 main' });
    await waitUntil(() => shadowText(el).includes('1200 MAIN ST'), 'the routed answer was not shown', {
      timeout: 5000,
    });
    expect(errors).to.deep.equal([]);
    expect(routed.at(-1)).to.deep.equal({ body: { query: '1200 main' }, authorization: null });
  });
});

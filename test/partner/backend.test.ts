/**
 * One `backend` attribute on the built bundle wires a page to the partner's `light-elements/server` routes: the
 * sign-in comes from its `/token`, the flow frame's link from its `/flow-login`, with nothing else configured.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { deep, openPage, serverLog, signIn, waitForText } from './partner-page.js';

describe('partner page: elements wired by <light-provider backend="/energy">', function () {
  this.timeout(60_000);

  it('signs in through /energy/token and frames the link from /energy/flow-login', async () => {
    await signIn('active');
    const page = await openPage('backend.html', { width: 900, height: 1200 });
    await waitForText(() => page.doc.querySelector('light-account-status'), 'Service active');
    await waitUntil(() => deep<HTMLIFrameElement>(page.doc, 'light-flow-frame', 'iframe')?.src, 'the flow frame');
    const frame = deep<HTMLIFrameElement>(page.doc, 'light-flow-frame', 'iframe')!;
    expect(new URL(frame.src).pathname).to.match(/^\/__sandbox\/flow\//);
    const { tokenRequests } = await serverLog();
    expect(tokenRequests, 'one token for the page, from the backend route').to.equal(1);
    page.close();
  });
});

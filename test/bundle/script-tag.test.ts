import { expect, waitUntil } from '@open-wc/testing';

/** Loads a plain HTML page in a frame and waits until `tag` is defined there. */
async function loadPage(path: string, tag = 'light-account-status'): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get(tag), `${tag} was not defined`, { timeout: 5000 });
  return win;
}

describe('script-tag bundle', () => {
  it('registers elements on a plain page with one module script, loading only what the page uses', async () => {
    const win = await loadPage('/test/bundle/script-tag.html');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no configuration state rendered');
    expect(el.shadowRoot!.textContent).to.contain('not set up yet');
    expect(win.customElements.get('light-provider'), 'the provider is always there').to.exist;
    expect(win.customElements.get('light-enrollment'), 'unused elements are not loaded').to.equal(undefined);
    expect((win as unknown as { LightElements: { configure: unknown } }).LightElements.configure).to.be.a('function');
  });

  it('loads an element added later, and on request', async () => {
    const win = await loadPage('/test/bundle/script-tag.html');
    win.document.body.append(win.document.createElement('light-plan-card'));
    await waitUntil(() => win.customElements.get('light-plan-card'), 'added element loaded');
    const api = (win as unknown as { LightElements: { load: (tag: string) => Promise<unknown> } }).LightElements;
    await api.load('light-usage-chart');
    expect(win.customElements.get('light-usage-chart')).to.exist;
  });

  it('works from a classic script, replaying configure() called before the module arrived', async () => {
    const win = await loadPage('/test/bundle/classic.html');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.textContent?.includes('Service active'), 'configured through the queue');
  });

  it('survives a second copy on the same page', async () => {
    const win = await loadPage('/test/bundle/two-copies.html');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'rendered');
    // Let the other copies finish loading and try to register.
    await (win as unknown as { LightElements: { ready?: Promise<unknown> } }).LightElements.ready;
    await waitUntil(() => win.document.readyState === 'complete');
    expect((win as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
  });

  it('works with an async script placed after the elements', async () => {
    const win = await loadPage('/test/bundle/async-after.html');
    await waitUntil(() => win.customElements.get('light-plan-card'), 'both elements loaded');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'rendered');
    expect((win as unknown as { __errors: string[] }).__errors).to.deep.equal([]);
  });
});

/**
 * The React 19 example, rendered with react-dom/client as a partner's app would: React must set the token provider
 * and fetch as properties of <light-provider>, and deliver `light-*` events to the example's `on<event-name>` props.
 * (The example is type-checked with its own tsconfig by `npm run examples`; here it is loaded as the browser sees it.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createElement, type FunctionComponent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { TokenProvider } from '../../src/api/token-manager.js';
import type { LightInvoices } from '../../src/elements/invoices/light-invoices.js';
import { createSandbox, type FaultSpec } from '../../src/sandbox/index.js';

interface AppProps {
  tokenProvider: TokenProvider;
  fetch?: typeof fetch;
}

const exampleUrl = new URL('../../examples/react/src/App.tsx', import.meta.url).href;
const { App } = (await import(exampleUrl)) as { App: FunctionComponent<AppProps> };

const shadow = (el: Element) => el.shadowRoot!;
const eventLines = (host: HTMLElement) => [...host.querySelectorAll('.events li')].map((li) => li.textContent ?? '');

let root: Root | undefined;

async function renderApp(faults: FaultSpec[] = []) {
  const sandbox = createSandbox({ seed: 7 });
  const session = sandbox.session('active');
  for (const fault of faults) sandbox.faults.add(fault);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  root = createRoot(host);
  root.render(createElement(App, { tokenProvider: session.tokenProvider, fetch: sandbox.fetch }));
  await waitUntil(() => host.querySelector('light-invoices'), 'React did not render the example');
  return { host, sandbox, session };
}

describe('React example (examples/react)', () => {
  afterEach(() => {
    root?.unmount();
    root = undefined;
  });

  it('sets the token provider and fetch as properties, and gets a light-* event through its on<event> prop', async () => {
    const { host, session, sandbox } = await renderApp();
    const provider = host.querySelector('light-provider')!;
    expect(provider.tokenProvider).to.equal(session.tokenProvider);
    expect(provider.fetch).to.equal(sandbox.fetch);
    expect(provider.hasAttribute('tokenprovider')).to.equal(false);

    const invoices = host.querySelector<LightInvoices>('light-invoices')!;
    expect(invoices.pageSize).to.equal(6);
    const button = () => shadow(invoices).querySelector<HTMLButtonElement>('tbody tr.row button.row-button');
    await waitUntil(button, 'the invoices did not load from the sandbox');
    const number = button()!.dataset.number!;
    button()!.click();

    await waitUntil(
      () => eventLines(host).includes(`Invoice ${number} opened`),
      'onlight-invoice-select did not reach the React component',
    );
  });

  it('hears light-error with the server code through onlight-error when the API fails', async () => {
    const { host } = await renderApp([{ route: 'invoices', kind: 'status', status: 500 }]);
    await waitUntil(
      () => eventLines(host).includes('light-error: server'),
      'onlight-error did not reach the React component',
      { timeout: 8000 },
    );
    const invoices = host.querySelector('light-invoices')!;
    await waitUntil(() => shadow(invoices).querySelector('[part~="error"]'), 'the invoices show no error state');
  });
});

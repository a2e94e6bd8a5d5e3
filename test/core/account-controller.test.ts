/**
 * The account controller: by default an element loads the shared account and follows its refreshes; with
 * `load: false` it only hears of the loads other elements make.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightClient } from '../../src/api/http.js';
import type { Account } from '../../src/api/types.js';
import { AccountController, type AccountControllerOptions } from '../../src/core/account-controller.js';
import { accountStore } from '../../src/core/account-store.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** A client over a fresh sandbox account, counting its account requests. */
function countingClient() {
  const sandbox = createSandbox({ seed: 5 });
  const session = sandbox.session('mid-enrollment-ready-to-finalize');
  const counts = { account: 0 };
  const fetchImpl: typeof fetch = (input, init) => {
    if (new URL(String(input)).pathname.endsWith('/v1/account')) counts.account++;
    return sandbox.fetch(input, init);
  };
  return { counts, client: new LightClient({ tokenProvider: session.tokenProvider, fetch: fetchImpl }) };
}

let options: AccountControllerOptions = {};

class AccountHost extends LitElement {
  client?: LightClient;
  readonly account = new AccountController(this, () => this.client, options);
}
customElements.define('account-controller-host', AccountHost);

function mount(client: LightClient | undefined, given: AccountControllerOptions): AccountHost {
  options = given;
  const host = document.createElement('account-controller-host') as AccountHost;
  host.client = client;
  document.body.append(host);
  return host;
}

describe('AccountController', () => {
  afterEach(() => {
    for (const host of document.querySelectorAll('account-controller-host')) host.remove();
  });

  it('loads the account by default and hears later refreshes', async () => {
    const { counts, client } = countingClient();
    const seen: Account[] = [];
    const host = mount(client, { onChange: (account) => seen.push(account) });
    await waitUntil(() => host.account.value, 'account loaded');
    expect(counts.account).to.equal(1);
    await accountStore(client).refresh();
    expect(counts.account).to.equal(2);
    expect(seen.length).to.equal(2);
  });

  it('with load: false, never asks for the account but hears every load made elsewhere', async () => {
    const { counts, client } = countingClient();
    const seen: Account[] = [];
    const host = mount(client, { load: false, onChange: (account) => seen.push(account) });
    await host.updateComplete;
    expect(counts.account).to.equal(0);
    expect(host.account.value).to.equal(undefined);
    const account = await accountStore(client).load();
    expect(seen).to.deep.equal([account]);
    await host.updateComplete;
    expect(counts.account, 'no load of its own after hearing one').to.equal(1);
  });

  it('with load as a function, asks for the account only while it says so', async () => {
    const { counts, client } = countingClient();
    let wanted = false;
    const host = mount(client, { load: () => wanted });
    await host.updateComplete;
    await host.updateComplete;
    expect(counts.account, 'not wanted: no request').to.equal(0);
    expect(host.account.value).to.equal(undefined);
    wanted = true;
    host.requestUpdate();
    await waitUntil(() => host.account.value, 'account loaded once wanted');
    expect(counts.account).to.equal(1);
  });

  it('with load: false, follows a client given later and stops hearing once disconnected', async () => {
    const { client } = countingClient();
    let heard = 0;
    const host = mount(undefined, { load: false, onChange: () => heard++ });
    await host.updateComplete;
    await accountStore(client).load({ force: true });
    expect(heard, 'no client yet').to.equal(0);
    host.client = client;
    host.requestUpdate();
    await host.updateComplete;
    await accountStore(client).refresh();
    expect(heard).to.equal(1);
    host.remove();
    await accountStore(client).refresh();
    expect(heard, 'disconnected').to.equal(1);
  });
});

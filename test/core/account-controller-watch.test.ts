/**
 * The account controller's watch: an element holds the client's watch while its `watch` option says so, and
 * hears once, through `onServiceActive`, that the service it saw on its way is active.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LightClient } from '../../src/api/http.js';
import { manualScheduler, setScheduler, type ManualScheduler } from '../../src/api/schedule.js';
import type { Account } from '../../src/api/types.js';
import { AccountController, type AccountControllerOptions } from '../../src/core/account-controller.js';
import { accountStore } from '../../src/core/account-store.js';
import { createSandbox, type ScenarioName } from '../../src/sandbox/index.js';

/** A client over a fresh sandbox account, and a count of its account requests. */
function sandboxClient(scenario: ScenarioName = 'activating') {
  const sandbox = createSandbox({ seed: 9 });
  const session = sandbox.session(scenario);
  const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: sandbox.fetch, maxAttempts: 1 });
  const reads = () => sandbox.requests.filter((entry) => entry.route === 'account').length;
  return { sandbox, session, client, reads };
}

let options: (host: WatchHost) => AccountControllerOptions = () => ({});

class WatchHost extends LitElement {
  client?: LightClient;
  wanted = true;
  readonly account = new AccountController(this, () => this.client, options(this));
}
customElements.define('account-watch-host', WatchHost);

function mount(client: LightClient, given: (host: WatchHost) => AccountControllerOptions): WatchHost {
  options = given;
  const host = document.createElement('account-watch-host') as WatchHost;
  host.client = client;
  document.body.append(host);
  return host;
}

const whileWanted = (host: WatchHost): AccountControllerOptions => ({ watch: () => host.wanted });

describe('AccountController watch', () => {
  let timers: ManualScheduler;

  beforeEach(() => {
    timers = manualScheduler();
    setScheduler(timers);
  });
  afterEach(() => {
    for (const host of document.querySelectorAll('account-watch-host')) host.remove();
    setScheduler();
  });

  it('holds the watch while `watch` returns true, after each update', async () => {
    const { client } = sandboxClient();
    const host = mount(client, whileWanted);
    await waitUntil(() => timers.pending === 1, 'watching');
    host.wanted = false;
    host.requestUpdate();
    await waitUntil(() => timers.pending === 0, 'released');
    host.wanted = true;
    host.requestUpdate();
    await waitUntil(() => timers.pending === 1, 'watching again');
    expect(timers.delays).to.deep.equal([15_000, 15_000]);
  });

  it('releases the watch on disconnect and holds it again when connected again', async () => {
    const { client } = sandboxClient();
    const host = mount(client, whileWanted);
    await waitUntil(() => timers.pending === 1, 'watching');
    host.remove();
    await waitUntil(() => timers.pending === 0, 'released on disconnect');
    document.body.append(host);
    await waitUntil(() => timers.pending === 1, 'watching again');
  });

  it('gives elements on one client one re-read per tick, and every one of them the account', async () => {
    const { sandbox, session, client, reads } = sandboxClient();
    const first = mount(client, whileWanted);
    const second = mount(client, whileWanted);
    await waitUntil(() => first.account.value && second.account.value, 'both loaded');
    expect(reads()).to.equal(1);
    await waitUntil(() => timers.pending === 1, 'watching');
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    timers.advance(15_000);
    await waitUntil(() => second.account.value?.status === 'active' && first.account.value?.status === 'active');
    expect(reads()).to.equal(2);
  });

  it('tells onServiceActive once when the service it saw on its way becomes active', async () => {
    const { sandbox, session, client } = sandboxClient();
    const heard: Account[] = [];
    const host = mount(client, (h) => ({ watch: () => h.wanted, onServiceActive: (account) => heard.push(account) }));
    await waitUntil(() => host.account.value && timers.pending === 1, 'loaded and watching');
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    timers.advance(15_000);
    await waitUntil(() => heard.length === 1, 'heard of the active service');
    expect(heard[0].status).to.equal('active');
    await accountStore(client).refresh();
    await host.updateComplete;
    expect(heard, 'once').to.have.length(1);
    expect(timers.pending, 'the watch ends with the service active').to.equal(0);
  });

  it('does not call onServiceActive for an account already active when first seen', async () => {
    const { client } = sandboxClient('active');
    let heard = 0;
    const host = mount(client, () => ({ onServiceActive: () => heard++ }));
    await waitUntil(() => host.account.value, 'loaded');
    await accountStore(client).refresh();
    await host.updateComplete;
    expect(heard).to.equal(0);
  });
});

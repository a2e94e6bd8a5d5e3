/**
 * The shared account store: the load started last decides what every subscriber sees, whatever order the
 * answers come back in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LightClient } from '../../src/api/http.js';
import type { Account } from '../../src/api/types.js';
import { AccountStore } from '../../src/core/account-store.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** A fetch over a sandbox whose account answers are read at request time but held back until released. */
function heldAccountFetch() {
  const sandbox = createSandbox({ seed: 3 });
  const session = sandbox.session('mid-enrollment-ready-to-finalize');
  const held: Array<() => void> = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const response = await sandbox.fetch(input, init);
    if (!new URL(String(input)).pathname.endsWith('/v1/account')) return response;
    await new Promise<void>((release) => held.push(release));
    return response;
  };
  const client = new LightClient({ tokenProvider: session.tokenProvider, fetch: fetchImpl });
  return { sandbox, session, held, client };
}

describe('AccountStore', () => {
  it('keeps the newest load when an older one answers last, and the older promise resolves with the newest account', async () => {
    const { sandbox, session, held, client } = heldAccountFetch();
    const store = new AccountStore(client);
    const seen: string[] = [];
    store.subscribe((account) => seen.push(account.status));

    const older = store.load();
    await waitUntil(() => held.length === 1, 'first account request answered by the server');
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    const newer = store.refresh();
    await waitUntil(() => held.length === 2, 'second account request answered by the server');

    // The newer answer arrives first, the older one after it.
    held[1]();
    const newest = await newer;
    expect(newest.status).to.equal('active');
    held[0]();
    const fromOlder: Account = await older;

    expect(store.value?.status, 'the older answer does not undo the newer one').to.equal('active');
    expect(fromOlder.status).to.equal('active');
    expect(seen).to.deep.equal(['active']);
  });

  it('does not apply an older answer that arrives while a newer load is in flight', async () => {
    const { sandbox, session, held, client } = heldAccountFetch();
    const store = new AccountStore(client);
    const seen: string[] = [];
    store.subscribe((account) => seen.push(account.status));

    const older = store.load();
    await waitUntil(() => held.length === 1, 'first account request answered');
    const before = sandbox.inspect(session.accountUuid).status;
    sandbox.setStatus(session.accountUuid, 'active', 'active');
    const newer = store.refresh();
    await waitUntil(() => held.length === 2, 'second account request answered');

    held[0]();
    // Superseded before it answered: it waits for the newest load instead of applying its own answer.
    held[1]();
    expect((await older).status).to.equal('active');
    expect((await newer).status).to.equal('active');
    expect(store.value?.status).to.equal('active');
    expect(seen).to.deep.equal(['active']);
    expect(before).to.not.equal('active');
  });

  it('resolves a superseded load with its own account when the newest load fails, without applying it', async () => {
    const { sandbox, session, held, client } = heldAccountFetch();
    const store = new AccountStore(client);
    const older = store.load();
    await waitUntil(() => held.length === 1, 'first account request answered');
    const status = sandbox.inspect(session.accountUuid).status;
    sandbox.faults.add({ route: 'account', kind: 'status', status: 404, times: 1 });
    const newer = store.refresh();
    await waitUntil(() => held.length === 2, 'second account request refused');
    held[1]();
    const failed = await newer.then(
      () => null,
      (error: unknown) => error,
    );
    expect(failed).to.be.instanceOf(Error);
    held[0]();
    expect((await older).status).to.equal(status);
    expect(store.value, 'a superseded answer is not applied').to.equal(undefined);
  });
});

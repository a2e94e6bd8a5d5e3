import { expect } from '@open-wc/testing';
import { checkEsiId } from '../../src/elements/address-search/esi-id.js';
import { LatestSearch } from '../../src/elements/address-search/latest-search.js';

/** A search whose answers the test releases by hand, in any order. */
function controllableSearch() {
  const calls: Array<{
    query: string;
    signal: AbortSignal;
    resolve: (v: string[]) => void;
    reject: (e: unknown) => void;
  }> = [];
  const search = (query: string, signal: AbortSignal) =>
    new Promise<string[]>((resolve, reject) => calls.push({ query, signal, resolve, reject }));
  return { calls, search };
}

/** Timers the test fires by hand. */
function manualTimers() {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (fn: () => void) => {
      timers.set(++next, fn);
      return next;
    },
    clearTimer: (handle: unknown) => timers.delete(handle as number),
    fireAll: () => {
      const pending = [...timers.values()];
      timers.clear();
      pending.forEach((fn) => fn());
    },
    get count() {
      return timers.size;
    },
  };
}

describe('LatestSearch', () => {
  it('debounces: only the last of quick keystrokes is searched', async () => {
    const { calls, search } = controllableSearch();
    const timers = manualTimers();
    const latest = new LatestSearch({ search, ...timers });
    const first = latest.request('12');
    const second = latest.request('123');
    const third = latest.request('123 M');
    expect(timers.count).to.equal(1);
    timers.fireAll();
    expect(calls.map((c) => c.query)).to.deep.equal(['123 M']);
    calls[0].resolve(['a']);
    expect((await first).status).to.equal('superseded');
    expect((await second).status).to.equal('superseded');
    expect(await third).to.deep.equal({ status: 'done', query: '123 M', value: ['a'], cached: false });
  });

  it('aborts the older request and never delivers it, even when it answers last', async () => {
    const { calls, search } = controllableSearch();
    const latest = new LatestSearch({ search, debounceMs: 0 });
    const slow = latest.request('main');
    const fast = latest.request('main st');
    expect(calls[0].signal.aborted).to.equal(true);
    expect(latest.inFlight).to.equal(1);
    calls[1].resolve(['fast']);
    calls[0].resolve(['slow']);
    expect((await fast).status).to.equal('done');
    expect((await slow).status).to.equal('superseded');
  });

  it('answers a recent query from its cache without a request', async () => {
    const { calls, search } = controllableSearch();
    const latest = new LatestSearch({ search, debounceMs: 0 });
    const first = latest.request('Elm St');
    calls[0].resolve(['elm']);
    await first;
    const again = await latest.request('  elm   st ');
    expect(again).to.deep.equal({ status: 'done', query: '  elm   st ', value: ['elm'], cached: true });
    expect(calls).to.have.length(1);
  });

  it('forgets the oldest answers beyond its cache size', async () => {
    const { calls, search } = controllableSearch();
    const latest = new LatestSearch({ search, debounceMs: 0, cacheSize: 2 });
    for (const q of ['a1', 'b2', 'c3']) {
      const p = latest.request(q);
      calls.at(-1)!.resolve([q]);
      await p;
    }
    const p = latest.request('a1');
    expect(calls).to.have.length(4);
    calls[3].resolve(['a1']);
    expect((await p).status).to.equal('done');
  });

  it('reports an error of the latest query', async () => {
    const { calls, search } = controllableSearch();
    const latest = new LatestSearch({ search, debounceMs: 0 });
    const pending = latest.request('oak');
    calls[0].reject(new Error('down'));
    const outcome = await pending;
    expect(outcome.status).to.equal('error');
  });
});

describe('checkEsiId', () => {
  it('accepts 17 and 22 digits, ignoring spaces and dashes', () => {
    expect(checkEsiId('10443720000000000')).to.deep.equal({ valid: true, value: '10443720000000000' });
    expect(checkEsiId('1008 9010 0000 0000 0000 00')).to.deep.equal({ valid: true, value: '1008901000000000000000' });
    expect(checkEsiId('10443-72000-0000000')).to.deep.equal({ valid: true, value: '10443720000000000' });
  });

  it('says why an ID is refused', () => {
    expect(checkEsiId('  ')).to.deep.equal({ valid: false, reason: 'empty' });
    expect(checkEsiId('1044372000000000A')).to.deep.equal({ valid: false, reason: 'characters' });
    expect(checkEsiId('123456')).to.deep.equal({ valid: false, reason: 'length' });
  });
});

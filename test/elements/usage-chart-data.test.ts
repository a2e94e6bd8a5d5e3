import { expect } from '@open-wc/testing';
import type { LightClient } from '../../src/api/http.js';
import { abortable, MAX_CACHED, UsageDataController } from '../../src/elements/usage-chart/usage-data.controller.js';

const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
const client = (name: string) => ({ name }) as unknown as LightClient;
const signal = () => new AbortController().signal;

describe('usage data controller', () => {
  it('asks once per period and shares the answer', async () => {
    const data = new UsageDataController(host);
    let calls = 0;
    const fetcher = () => Promise.resolve(++calls);
    const c = client('a');
    expect(await data.cached(c, 'k', fetcher, signal())).to.equal(1);
    expect(await data.cached(c, 'k', fetcher, signal())).to.equal(1);
    expect(await data.cached(c, 'other', fetcher, signal())).to.equal(2);
  });

  it('forgets a failure, so a retry asks again', async () => {
    const data = new UsageDataController(host);
    let calls = 0;
    const fetcher = () => (++calls === 1 ? Promise.reject(new Error('down')) : Promise.resolve('ok'));
    const c = client('a');
    const error = await data.cached(c, 'k', fetcher, signal()).catch((e: Error) => e);
    expect((error as Error).message).to.equal('down');
    expect(await data.cached(c, 'k', fetcher, signal())).to.equal('ok');
  });

  it('starts over with another client', async () => {
    const data = new UsageDataController(host);
    let calls = 0;
    const fetcher = () => Promise.resolve(++calls);
    await data.cached(client('a'), 'k', fetcher, signal());
    expect(await data.cached(client('b'), 'k', fetcher, signal())).to.equal(2);
  });

  it('keeps the latest periods only', async () => {
    const data = new UsageDataController(host);
    let calls = 0;
    const fetcher = () => Promise.resolve(++calls);
    const c = client('a');
    for (let i = 0; i <= MAX_CACHED; i++) await data.cached(c, `k${i}`, fetcher, signal());
    expect(await data.cached(c, `k${MAX_CACHED}`, fetcher, signal())).to.equal(MAX_CACHED + 1);
    expect(await data.cached(c, 'k0', fetcher, signal())).to.equal(MAX_CACHED + 2);
  });

  it('lets go on abort without cancelling the request, which a later caller gets', async () => {
    const data = new UsageDataController(host);
    let resolve!: (value: string) => void;
    let calls = 0;
    const fetcher = () => {
      calls++;
      return new Promise<string>((r) => (resolve = r));
    };
    const c = client('a');
    const controller = new AbortController();
    const first = data.cached(c, 'k', fetcher, controller.signal);
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = await first.catch((e: Error) => e);
    expect((error as Error).name).to.equal('AbortError');
    const second = data.cached(c, 'k', fetcher, signal());
    resolve('late');
    expect(await second).to.equal('late');
    expect(calls).to.equal(1);
  });

  it('rejects at once on a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('before'));
    const error = await abortable(Promise.resolve(1), controller.signal).catch((e: Error) => e);
    expect((error as Error).message).to.equal('before');
  });
});

import { expect } from '@open-wc/testing';
import type { ComparisonInvoice } from '../../src/api/types.js';
import {
  InvoicePoller,
  isProcessed,
  MAX_DELAY_MS,
  pollDelay,
} from '../../src/elements/plan-comparison/invoice-poller.js';

const pending: ComparisonInvoice = {
  uuid: 'u',
  status: 'pending',
  utility_account_number: null,
  processed_at: null,
  processing_error: null,
};
const processed: ComparisonInvoice = { ...pending, status: 'processed', processed_at: '2026-12-01T06:30:00Z' };

/** A scheduler the test drives: each wait is recorded and ends only when the test says so. */
function scheduler() {
  const waits: Array<{ ms: number; end: () => void; signal?: AbortSignal }> = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
      waits.push({ ms, end: resolve, signal });
    });
  return { waits, sleep };
}

/** A controller host that records nothing but its controllers. */
function host() {
  const controllers: Array<{ hostDisconnected?: () => void }> = [];
  return {
    controllers,
    addController: (c: { hostDisconnected?: () => void }) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await flush();
  expect(check()).to.equal(true);
}

describe('invoice poller', () => {
  it('waits 2 s first, half as long again each time, capped at 30 s', () => {
    expect([0, 1, 2, 3].map(pollDelay)).to.deep.equal([2000, 3000, 4500, 6750]);
    expect(pollDelay(20)).to.equal(MAX_DELAY_MS);
  });

  it('knows a processed invoice, read or not', () => {
    expect(isProcessed(pending)).to.equal(false);
    expect(isProcessed(processed)).to.equal(true);
    expect(isProcessed({ ...pending, processing_error: 'blurry' })).to.equal(true);
  });

  it('polls after each wait with the growing delay and stops once processed', async () => {
    const { waits, sleep } = scheduler();
    const answers = [pending, pending, processed];
    const seen: ComparisonInvoice[] = [];
    const poller = new InvoicePoller(host(), {
      read: async () => answers.shift()!,
      onInvoice: (i) => seen.push(i),
      onError: () => expect.fail('no error'),
      sleep,
      hidden: () => false,
    });
    poller.start();
    expect(waits.map((w) => w.ms)).to.deep.equal([2000]);
    waits[0].end();
    await until(() => waits.length === 2);
    expect(waits[1].ms).to.equal(3000);
    waits[1].end();
    await until(() => waits.length === 3);
    waits[2].end();
    await until(() => !poller.running);
    expect(seen.map((i) => i.status)).to.deep.equal(['pending', 'pending', 'processed']);
    expect(waits).to.have.length(3);
  });

  it('polls at once on pollNow (the webhook arrived) without waiting the delay out', async () => {
    const { waits, sleep } = scheduler();
    let reads = 0;
    const poller = new InvoicePoller(host(), {
      read: async () => (++reads === 1 ? processed : pending),
      onInvoice: () => undefined,
      onError: () => undefined,
      sleep,
      hidden: () => false,
    });
    poller.start();
    poller.pollNow();
    await until(() => !poller.running);
    expect(reads).to.equal(1);
    expect(waits[0].signal?.aborted, 'the pending wait was cancelled').to.equal(true);
  });

  it('waits while the page is hidden and polls as soon as it is shown', async () => {
    const { waits, sleep } = scheduler();
    let hidden = true;
    let reads = 0;
    const poller = new InvoicePoller(host(), {
      read: async () => {
        reads++;
        return processed;
      },
      onInvoice: () => undefined,
      onError: () => undefined,
      sleep,
      hidden: () => hidden,
    });
    poller.start();
    waits[0].end();
    await flush();
    await flush();
    expect(reads, 'no poll while hidden').to.equal(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => reads === 1);
    poller.stop();
  });

  it('stops when the host disconnects: the wait is cancelled and nothing is read', async () => {
    const { waits, sleep } = scheduler();
    const h = host();
    let reads = 0;
    const poller = new InvoicePoller(h, {
      read: async () => {
        reads++;
        return pending;
      },
      onInvoice: () => undefined,
      onError: () => undefined,
      sleep,
      hidden: () => false,
    });
    poller.start();
    h.controllers[0].hostDisconnected!();
    expect(poller.running).to.equal(false);
    expect(waits[0].signal?.aborted).to.equal(true);
    waits[0].end();
    await flush();
    expect(reads).to.equal(0);
  });

  it('reports a failed read and stops until started again', async () => {
    const { waits, sleep } = scheduler();
    const errors: unknown[] = [];
    const poller = new InvoicePoller(host(), {
      read: async () => {
        throw new Error('offline');
      },
      onInvoice: () => undefined,
      onError: (e) => errors.push(e),
      sleep,
      hidden: () => false,
    });
    poller.start();
    waits[0].end();
    await until(() => errors.length === 1);
    await until(() => !poller.running);
    expect(waits).to.have.length(1);
  });
});

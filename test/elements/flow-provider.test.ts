import { expect } from '@open-wc/testing';
import type { FlowScope } from '../../src/api/types.js';
import {
  callFlowProvider,
  DEFAULT_PROVIDER_TIMEOUT_MS,
  ProviderTimeout,
  providerTimeoutMs,
  usableLink,
  type FlowProvider,
} from '../../src/elements/flow-frame/flow-provider.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const LINK = 'https://flow.example.com/login';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('providerTimeoutMs', () => {
  it('keeps a positive timeout and defaults the rest', () => {
    expect(providerTimeoutMs(500)).to.equal(500);
    expect(providerTimeoutMs(0)).to.equal(DEFAULT_PROVIDER_TIMEOUT_MS);
    expect(providerTimeoutMs(-1)).to.equal(DEFAULT_PROVIDER_TIMEOUT_MS);
    expect(providerTimeoutMs(NaN)).to.equal(DEFAULT_PROVIDER_TIMEOUT_MS);
  });
});

describe('callFlowProvider', () => {
  it('asks for the scope with the call’s signal and gives the answer', async () => {
    const seen: [FlowScope, AbortSignal | undefined][] = [];
    const call = new AbortController();
    const provider: FlowProvider = (scope, options) => {
      seen.push([scope, options?.signal]);
      return { login_link: LINK };
    };
    expect(await callFlowProvider(provider, 'billing', call, 10_000)).to.deep.equal({ login_link: LINK });
    expect(seen).to.deep.equal([['billing', call.signal]]);
  });

  it('turns a provider that throws into a rejection', async () => {
    const failure = new Error('backend down');
    const provider: FlowProvider = () => {
      throw failure;
    };
    expect(await rejection(callFlowProvider(provider, 'billing', new AbortController(), 10_000))).to.equal(failure);
  });

  it('gives up once the call aborts, even when the provider ignores its signal', async () => {
    const call = new AbortController();
    const pending = callFlowProvider(() => new Promise(() => {}), 'billing', call, 10_000);
    const reason = new Error('closed');
    call.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
  });

  it('aborts with a ProviderTimeout after the limit', async () => {
    const call = new AbortController();
    const error = await rejection(callFlowProvider(() => new Promise(() => {}), 'billing', call, 1));
    expect(error).to.be.instanceOf(ProviderTimeout);
    expect((error as Error).name).to.equal('TimeoutError');
    expect(call.signal.aborted).to.equal(true);
  });
});

describe('usableLink', () => {
  it('gives the link while it has time left', () => {
    expect(usableLink({ login_link: LINK, expires_at: '2026-03-01T13:00:00Z' }, NOW)).to.equal(LINK);
    expect(usableLink({ login_link: LINK }, NOW)).to.equal(LINK);
  });

  it('gives nothing for a link about to expire by the server’s own time', () => {
    const answer = { login_link: LINK, expires_at: '2026-03-01T12:00:05Z', server_time: '2026-03-01T12:00:00Z' };
    expect(usableLink(answer, NOW)).to.equal(null);
  });

  it('throws on an answer that is not a flow link', () => {
    expect(() => usableLink({ link: LINK }, NOW)).to.throw(TypeError);
    expect(() => usableLink(null, NOW)).to.throw(TypeError);
  });
});

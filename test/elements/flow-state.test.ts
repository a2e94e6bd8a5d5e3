import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import {
  canRetry,
  closeReason,
  escapeCloses,
  IDLE,
  problemError,
  providerProblem,
  startPlan,
  type FlowProblem,
} from '../../src/elements/flow-frame/flow-state.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const link = new URL('https://flow.example.com/login?token=secret');

describe('startPlan', () => {
  const plan = (over: Partial<Parameters<typeof startPlan>[0]> = {}) =>
    startPlan({
      src: undefined,
      expiresAt: undefined,
      srcReceivedAt: NOW,
      provider: false,
      fresh: false,
      now: NOW,
      ...over,
    });

  it('loads a fresh src, unless a retry asks a provider for a new link', () => {
    expect(plan({ src: 'https://flow.example.com/a' })).to.equal('src');
    expect(plan({ src: 'https://flow.example.com/a', provider: true })).to.equal('src');
    expect(plan({ src: 'https://flow.example.com/a', provider: true, fresh: true })).to.equal('provider');
    expect(plan({ src: 'https://flow.example.com/a', fresh: true })).to.equal('src');
  });

  it('judges a src by the time since it was set, not by this clock against expires-at', () => {
    const expiresAt = '2026-03-01T12:05:00Z';
    expect(plan({ src: 'x', expiresAt })).to.equal('src');
    expect(plan({ src: 'x', expiresAt, now: NOW + 5 * 60_000 })).to.equal('expired');
    expect(plan({ src: 'x', expiresAt, now: NOW + 5 * 60_000, provider: true })).to.equal('provider');
  });

  it('asks the provider without a src, and says a link is missing with neither', () => {
    expect(plan({ provider: true })).to.equal('provider');
    expect(plan()).to.equal('missing');
    expect(plan({ src: '' })).to.equal('missing');
  });
});

describe('canRetry', () => {
  it('retries a load timeout with any link to try again', () => {
    expect(canRetry('timeout', { provider: false, src: true })).to.equal(true);
    expect(canRetry('timeout', { provider: true, src: false })).to.equal(true);
    expect(canRetry('timeout', { provider: false, src: false })).to.equal(false);
  });

  it('retries a problem that needs a new link only with a provider', () => {
    for (const problem of ['expired', 'provider', 'provider-offline', 'provider-timeout'] as const) {
      expect(canRetry(problem, { provider: true, src: false }), problem).to.equal(true);
      expect(canRetry(problem, { provider: false, src: true }), problem).to.equal(false);
    }
  });

  it('never retries a refused or missing link', () => {
    for (const problem of ['refused', 'missing'] as const) {
      expect(canRetry(problem, { provider: true, src: true }), problem).to.equal(false);
    }
  });
});

describe('providerProblem', () => {
  it('names a lost connection: offline browser, a rejected fetch, or a network error from the client', () => {
    expect(providerProblem(new Error('flow-login answered 500'), false)).to.equal('provider-offline');
    expect(providerProblem(new TypeError('Failed to fetch'), true)).to.equal('provider-offline');
    expect(providerProblem(new LightApiError('network', 'down'), true)).to.equal('provider-offline');
  });

  it('calls any other failure a provider failure', () => {
    expect(providerProblem(new Error('flow-login answered 500'), true)).to.equal('provider');
    expect(providerProblem(new LightApiError('server', 'boom'), true)).to.equal('provider');
    expect(providerProblem(undefined, true)).to.equal('provider');
  });

  it("calls a 401 from the partner's backend a signed-out customer, which no retry helps", () => {
    const signedOut = new LightApiError('auth', 'Not signed in', { status: 401, retryable: false });
    expect(providerProblem(signedOut, true)).to.equal('provider-signed-out');
    expect(canRetry('provider-signed-out', { provider: true, src: true })).to.equal(false);
    expect(providerProblem(new LightApiError('server', 'boom', { status: 502 }), true)).to.equal('provider');
  });
});

describe('problemError', () => {
  it('reports each problem with its code, and never the link', () => {
    const codes: Record<FlowProblem, string> = {
      expired: 'auth',
      refused: 'config',
      provider: 'auth',
      'provider-signed-out': 'auth',
      'provider-offline': 'network',
      'provider-timeout': 'timeout',
      timeout: 'timeout',
      missing: 'config',
    };
    for (const [problem, code] of Object.entries(codes) as [FlowProblem, string][]) {
      const error = problemError(problem, true);
      expect(error.code, problem).to.equal(code);
      expect(error.message, problem).to.not.contain('secret');
    }
  });

  it('carries whether it can be retried, and its cause', () => {
    const cause = new Error('backend down');
    const error = problemError('provider', false, cause);
    expect(error.retryable).to.equal(false);
    expect(error.cause).to.equal(cause);
    expect(problemError('provider', true).retryable).to.equal(true);
  });
});

describe('closeReason', () => {
  it('is the customer’s choice unless the flow had failed', () => {
    expect(closeReason(IDLE)).to.equal('user');
    expect(closeReason({ status: 'ready', link })).to.equal('user');
    expect(closeReason({ status: 'error', problem: 'expired' })).to.equal('expired');
    expect(closeReason({ status: 'error', problem: 'timeout', link })).to.equal('error');
  });
});

describe('escapeCloses', () => {
  it('closes a showing flow only with close-on-escape, and always while it is not showing', () => {
    expect(escapeCloses(false, { status: 'ready', link })).to.equal(false);
    expect(escapeCloses(true, { status: 'ready', link })).to.equal(true);
    expect(escapeCloses(false, { status: 'loading', link })).to.equal(true);
    expect(escapeCloses(false, { status: 'fetching' })).to.equal(true);
    expect(escapeCloses(false, { status: 'error', problem: 'refused' })).to.equal(true);
  });
});

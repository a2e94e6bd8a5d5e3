import { expect } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { LightApiError } from '../../src/api/errors.js';
import { TokenManager } from '../../src/api/token-manager.js';
import { endpointTokenProvider } from '../../src/core/clients.js';
import { deferred, manualTimers } from '../api/support.js';

/** The built-in provider for a partner's token endpoint, with the page's fetch replaced for each test. */
describe('endpointTokenProvider', () => {
  const realFetch = window.fetch;
  let inits: RequestInit[];
  let answer: (init: RequestInit) => Promise<Response>;
  let unique = 0;
  const endpoint = () => `/energy/token-endpoint-test-${++unique}`;

  beforeEach(() => {
    inits = [];
    window.fetch = (_input: RequestInfo | URL, init: RequestInit = {}) => {
      inits.push(init);
      return answer(init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('never follows a redirect, and reports one as a clear error', async () => {
    answer = async () => new Response(null, { status: 307, headers: { Location: 'https://elsewhere.test/token' } });
    const tokens = new TokenManager(endpointTokenProvider(endpoint()));
    const error = (await tokens.getToken().catch((e: unknown) => e)) as LightApiError;
    expect(inits[0].redirect).to.be.oneOf(['error', 'manual']);
    expect(error).to.be.instanceOf(LightApiError);
    expect(error.code).to.equal('config');
    expect(error.message).to.contain('redirect');
    expect(error.retryable).to.equal(false);
  });

  it('gives the endpoint request a signal that aborts when the token timeout runs out', async () => {
    const timers = manualTimers();
    const asked = deferred();
    answer = (init) => {
      asked.resolve();
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    };
    const tokens = new TokenManager(endpointTokenProvider(endpoint()), now, { timer: timers });
    const pending = tokens.getToken().catch((e: unknown) => e);
    await asked.promise;
    expect(inits[0].signal).to.be.instanceOf(AbortSignal);
    expect(inits[0].signal!.aborted).to.equal(false);
    timers.fire();
    const error = (await pending) as LightApiError;
    expect(inits[0].signal!.aborted).to.equal(true);
    expect(error.message).to.contain("partner's token provider did not answer");
  });

  it("passes on the endpoint's Date, so expiry is judged by the server's clock", async () => {
    const server = Date.parse('2026-06-17T19:00:00Z');
    answer = async () =>
      new Response(JSON.stringify({ token: 'from-endpoint', expires_at: new Date(server + 3600_000).toISOString() }), {
        headers: { 'Content-Type': 'application/json', Date: new Date(server).toUTCString() },
      });
    const provider = endpointTokenProvider(endpoint());
    const result = (await provider()) as { token: string; date?: string | null };
    expect(result.token).to.equal('from-endpoint');
    expect(Date.parse(result.date!)).to.equal(server);

    // A customer clock two hours fast still uses the token, once.
    const tokens = new TokenManager(provider, () => server + 7200_000);
    for (let i = 0; i < 3; i++) expect(await tokens.getToken()).to.equal('from-endpoint');
    expect(inits).to.have.length(2);
  });

  it('keeps posting with the page credentials and no redirect-following', async () => {
    answer = async () => new Response(JSON.stringify({ token: 'ok', expires_at: null }));
    await endpointTokenProvider(endpoint())();
    expect(inits[0]).to.include({ method: 'POST', credentials: 'include' });
    expect(inits[0].redirect).to.be.oneOf(['error', 'manual']);
  });
});

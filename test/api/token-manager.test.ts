import { expect } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { LightApiError } from '../../src/api/errors.js';
import { REFRESH_AHEAD_MS, TokenManager, type TokenProvider } from '../../src/api/token-manager.js';
import { sharedClient } from '../../src/core/clients.js';
import { getAccount } from '../../src/api/endpoints.js';
import { LightClient } from '../../src/api/http.js';
import { recordingSleep } from '../support/fake-fetch.js';
import { deferred, manualTimers } from './support.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('TokenManager', () => {
  it('caches the token in memory and asks the provider once', async () => {
    let calls = 0;
    const tokens = new TokenManager(() => {
      calls++;
      return { token: 'tok-1', expires_at: iso(now() + 3600_000) };
    });
    expect(await tokens.getToken()).to.equal('tok-1');
    expect(await tokens.getToken()).to.equal('tok-1');
    expect(calls).to.equal(1);
  });

  it('shares one token across three clients built from the same provider', async () => {
    let calls = 0;
    const provider: TokenProvider = async () => {
      calls++;
      return 'shared-token';
    };
    const [a, b, c] = [
      sharedClient(provider, 'https://x.test'),
      sharedClient(provider, 'https://x.test'),
      sharedClient(provider, 'https://x.test'),
    ];
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    await Promise.all([a.tokens.getToken(), b.tokens.getToken(), c.tokens.getToken()]);
    expect(calls).to.equal(1);
  });

  it('refreshes five minutes ahead of expiry', async () => {
    let now = Date.parse('2026-01-01T12:00:00Z');
    let n = 0;
    const tokens = new TokenManager(
      () => ({ token: `tok-${++n}`, expires_at: iso(now + 60 * 60_000) }),
      () => now,
    );
    expect(await tokens.getToken()).to.equal('tok-1');
    now += 60 * 60_000 - REFRESH_AHEAD_MS - 1000; // 6 minutes before expiry
    expect(await tokens.getToken()).to.equal('tok-1');
    now += 2000; // now inside the five-minute window
    expect(await tokens.getToken()).to.equal('tok-2');
  });

  it('makes one provider call under 20 concurrent requests', async () => {
    let calls = 0;
    let release!: (value: string) => void;
    const tokens = new TokenManager(() => {
      calls++;
      return new Promise<string>((resolve) => (release = resolve));
    });
    const pending = Array.from({ length: 20 }, () => tokens.getToken());
    release('one-token');
    const results = await Promise.all(pending);
    expect(calls).to.equal(1);
    expect(new Set(results)).to.deep.equal(new Set(['one-token']));
  });

  it('uses a token with no known expiry until it is invalidated', async () => {
    let n = 0;
    const tokens = new TokenManager(() => `tok-${++n}`);
    expect(await tokens.getToken()).to.equal('tok-1');
    tokens.invalidate('other');
    expect(await tokens.getToken()).to.equal('tok-1');
    tokens.invalidate('tok-1');
    expect(await tokens.getToken()).to.equal('tok-2');
  });

  it('turns a throwing provider into an auth error that never repeats its message', async () => {
    const tokens = new TokenManager(() => {
      throw new Error('backend said: token=SECRET-123');
    });
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(LightApiError);
    expect((error as LightApiError).code).to.equal('auth');
    expect((error as LightApiError).message).to.contain('token provider failed');
    expect((error as LightApiError).message).not.to.contain('SECRET-123');
  });

  it('turns garbage from the provider into an auth error', async () => {
    for (const garbage of [undefined, null, 42, '', { token: '' }, { nope: 'x' }]) {
      const tokens = new TokenManager(() => garbage as never);
      const error = (await tokens.getToken().catch((e: unknown) => e)) as LightApiError;
      expect(error.code, JSON.stringify(garbage)).to.equal('auth');
    }
  });

  it('asks again after a failed provider call', async () => {
    let n = 0;
    const tokens = new TokenManager(() => {
      if (++n === 1) throw new Error('down');
      return 'ok-token';
    });
    await tokens.getToken().catch(() => undefined);
    expect(await tokens.getToken()).to.equal('ok-token');
  });

  describe('a provider that never answers', () => {
    it('gives up at the timeout with an error that says the provider did not answer, and asks again next time', async () => {
      const timers = manualTimers();
      let calls = 0;
      const asked = deferred();
      const tokens = new TokenManager(
        () => {
          calls++;
          asked.resolve();
          return calls === 1 ? new Promise<string>(() => undefined) : 'second-token';
        },
        now,
        { timeoutMs: 7000, timer: timers },
      );
      const pending = tokens.getToken().catch((e: unknown) => e);
      await asked.promise;
      expect(timers.started).to.include(7000);
      timers.fire();
      const error = (await pending) as LightApiError;
      expect(error).to.be.instanceOf(LightApiError);
      expect(error.code).to.be.oneOf(['timeout', 'auth']);
      expect(error.message).to.contain("partner's token provider did not answer");
      expect(error.retryable).to.equal(true);
      expect(await tokens.getToken()).to.equal('second-token');
    });

    it('hands the provider a signal that aborts when its time is up', async () => {
      const timers = manualTimers();
      let given: AbortSignal | undefined;
      const tokens = new TokenManager(
        (context) => {
          given = context?.signal;
          return new Promise<string>(() => undefined);
        },
        now,
        { timer: timers },
      );
      const pending = tokens.getToken().catch((e: unknown) => e);
      await Promise.resolve();
      expect(given).to.be.instanceOf(AbortSignal);
      expect(given!.aborted).to.equal(false);
      timers.fire();
      await pending;
      expect(given!.aborted).to.equal(true);
    });

    it("lets each caller's own signal end its wait, while the others keep waiting on the one call", async () => {
      let release!: (token: string) => void;
      let calls = 0;
      const tokens = new TokenManager(
        () => {
          calls++;
          return new Promise<string>((resolve) => (release = resolve));
        },
        now,
        { timer: manualTimers() },
      );
      const controller = new AbortController();
      const leaving = tokens.getToken(controller.signal).catch((e: unknown) => e);
      const staying = tokens.getToken();
      controller.abort();
      expect(((await leaving) as DOMException).name).to.equal('AbortError');
      release('late-token');
      expect(await staying).to.equal('late-token');
      expect(calls).to.equal(1);
    });

    it('rejects at once for a signal that is already aborted', async () => {
      const tokens = new TokenManager(() => 'tok');
      const error = await tokens.getToken(AbortSignal.abort()).catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });

  describe("the server's clock, not the customer's", () => {
    const server = Date.parse('2026-06-17T19:00:00Z');
    const httpDate = (ms: number) => new Date(ms).toUTCString();
    const hour = 3600_000;
    /** An API whose answers carry its own time, `serverNow()`, in `Date`; each call is recorded. */
    const serverAt = (serverNow: () => number) => {
      const calls: Array<{ headers: Headers }> = [];
      const impl = async (_input: RequestInfo | URL, init: RequestInit = {}) => {
        calls.push({ headers: new Headers(init.headers) });
        return new Response(JSON.stringify({ uuid: 'acc-1' }), { headers: { Date: httpDate(serverNow()) } });
      };
      return Object.assign(impl as typeof fetch, { calls });
    };

    it('uses a token the issuer dated, when a local clock two hours fast says it has expired', async () => {
      let local = server + 2 * hour;
      let n = 0;
      const tokens = new TokenManager(
        () => ({ token: `tok-${++n}`, expires_at: iso(server + hour), date: httpDate(local - 2 * hour) }),
        () => local,
      );
      expect(await tokens.getToken()).to.equal('tok-1');
      expect(await tokens.getToken()).to.equal('tok-1');
      expect(await tokens.getToken()).to.equal('tok-1');
      expect(n).to.equal(1);
      local += 54 * 60_000; // 6 minutes before expiry by the server's clock
      expect(await tokens.getToken()).to.equal('tok-1');
      local += 2 * 60_000; // 4 minutes before: the five-minute early refresh, by the server's clock
      expect(await tokens.getToken()).to.equal('tok-2');
    });

    it('uses a token that looks expired on receipt while no server time is known, instead of asking in a loop', async () => {
      let n = 0;
      const tokens = new TokenManager(
        () => ({ token: `tok-${++n}`, expires_at: iso(server + hour) }),
        () => server + 2 * hour,
      );
      for (let i = 0; i < 5; i++) expect(await tokens.getToken()).to.equal('tok-1');
      expect(n).to.equal(1);
    });

    it('learns the offset from the Date of API answers and refreshes five minutes early by it (clock fast)', async () => {
      let local = server + 2 * hour;
      let tokenCalls = 0;
      const fetch = serverAt(() => local - 2 * hour);
      const client = new LightClient({
        tokenProvider: () => ({ token: `tok-${++tokenCalls}`, expires_at: iso(server + hour) }),
        apiBase: 'https://api.example.test',
        fetch,
        sleep: recordingSleep(),
        now: () => local,
      });
      for (let i = 0; i < 3; i++) await getAccount(client);
      expect(tokenCalls).to.equal(1);
      local += 56 * 60_000; // the server's clock is now 4 minutes before expiry
      await getAccount(client);
      expect(tokenCalls).to.equal(2);
      expect(fetch.calls.map((c) => c.headers.get('Authorization'))).to.deep.equal([
        'Bearer tok-1',
        'Bearer tok-1',
        'Bearer tok-1',
        'Bearer tok-2',
      ]);
    });

    it('refreshes five minutes early by the server even when the local clock is two hours slow', async () => {
      let local = server - 2 * hour;
      let tokenCalls = 0;
      const fetch = serverAt(() => local + 2 * hour);
      const client = new LightClient({
        tokenProvider: () => ({ token: `tok-${++tokenCalls}`, expires_at: iso(server + hour) }),
        apiBase: 'https://api.example.test',
        fetch,
        sleep: recordingSleep(),
        now: () => local,
      });
      await getAccount(client);
      local += 54 * 60_000;
      await getAccount(client);
      expect(tokenCalls).to.equal(1);
      local += 2 * 60_000;
      await getAccount(client);
      expect(tokenCalls).to.equal(2);
    });

    it('ignores a server Date under which a token that just arrived had already expired', async () => {
      // A server whose clock is not the one that wrote expires_at (a proxy with a wrong clock): the local clock,
      // which agrees with the issuer, keeps judging the token.
      let local = server;
      let n = 0;
      const tokens = new TokenManager(
        () => ({ token: `tok-${++n}`, expires_at: iso(local + hour) }),
        () => local,
      );
      tokens.observeServerTime(server + 30 * 24 * hour, local);
      expect(await tokens.getToken()).to.equal('tok-1');
      expect(await tokens.getToken()).to.equal('tok-1');
      local += 56 * 60_000;
      expect(await tokens.getToken()).to.equal('tok-2');
    });
  });
});

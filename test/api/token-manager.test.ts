import { expect } from '@open-wc/testing';
import { now } from '../../src/api/clock.js';
import { LightApiError } from '../../src/api/errors.js';
import { REFRESH_AHEAD_MS, TokenManager, type TokenProvider } from '../../src/api/token-manager.js';
import { sharedClient } from '../../src/core/clients.js';

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
    const [a, b, c] = [sharedClient(provider, 'https://x.test'), sharedClient(provider, 'https://x.test'), sharedClient(provider, 'https://x.test')];
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
});

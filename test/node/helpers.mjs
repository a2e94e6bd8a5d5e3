// Shared setup for the server tests: the BUILT modules (dist/, or $LIGHT_DIST) and a settable clock.
const dist = process.env.LIGHT_DIST ? `file://${process.env.LIGHT_DIST.replace(/\/+$/, '')}` : null;
const distUrl = (name) => (dist ? `${dist}/${name}` : new URL(`../../dist/${name}`, import.meta.url).href);

export const server = await import(distUrl('server.js'));
export const sandboxModule = await import(distUrl('sandbox.js'));

/** A clock the sandbox and the backend share; `advance(ms)` moves both. */
export function testClock(start = Date.parse('2026-12-01T18:00:00Z')) {
  let t = start;
  return {
    now: () => t,
    date: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    /** A sleep that records what it was asked and moves the clock instead of waiting. */
    sleeps: [],
    sleep(ms) {
      this.sleeps.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}

/** A fake Light: records each call and answers with `answer(call)` (default `{}`). */
export function fakeLight(answer = () => ({ status: 200, body: {} })) {
  const calls = [];
  const fetch = async (input, init = {}) => {
    const request = new Request(input, init);
    const text = await request.text();
    const call = {
      method: request.method,
      url: request.url,
      path: new URL(request.url).pathname,
      auth: request.headers.get('authorization'),
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const { status = 200, body = {}, headers = {} } = await answer(call);
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
  };
  return { calls, fetch };
}

/** A POST to the backend. */
export function post(path, body, init = {}) {
  return new Request(`https://partner.example${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
}

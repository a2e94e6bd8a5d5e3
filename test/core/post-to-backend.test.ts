import { expect } from '@open-wc/testing';
import { LightApiError } from '../../src/api/errors.js';
import { postToBackend } from '../../src/core/clients.js';

/** Answers every `fetch` on the page with `answer` until restored. */
function answerWith(answer: () => Promise<Response>) {
  const original = window.fetch;
  window.fetch = () => answer();
  return () => (window.fetch = original);
}

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

async function failure(answer: () => Promise<Response>): Promise<LightApiError> {
  const restore = answerWith(answer);
  try {
    await postToBackend('/energy/eligibility', { postal_code: '75201' });
  } catch (error) {
    return error as LightApiError;
  } finally {
    restore();
  }
  throw new Error('postToBackend did not fail');
}

describe("postToBackend: the partner backend's refusals keep their status", () => {
  it('a 401 is `auth` (the partner session has ended), not retryable: no retry renews it', async () => {
    const error = await failure(() => json(401, { error: 'Not signed in' }));
    expect(error).to.be.instanceOf(LightApiError);
    expect(error).to.include({ code: 'auth', status: 401, retryable: false, outcomeUnknown: false });
  });

  it("a 400 is `validation` with the backend's own sentence, what was sent redacted from it", async () => {
    const error = await failure(() => json(400, { error: 'postal_code must be 5 digits' }));
    expect(error).to.include({ code: 'validation', status: 400, retryable: false });
    expect(error.message).to.equal('postal_code must be 5 digits');
    const echoed = await failure(() => json(400, { error: 'No service at 75201' }));
    expect(echoed.message).to.equal('No service at [redacted]');
  });

  it('a 403, 404 and 429 keep their codes; a 5xx is a retryable `server` error whose outcome is unknown', async () => {
    expect(await failure(() => json(403, {}))).to.include({ code: 'forbidden', status: 403, retryable: false });
    expect(await failure(() => json(404, {}))).to.include({ code: 'not_found', status: 404 });
    expect(await failure(() => json(429, {}))).to.include({ code: 'rate_limited', status: 429, retryable: true });
    const html = () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await failure(html)).to.include({ code: 'server', status: 502, retryable: true, outcomeUnknown: true });
  });
});

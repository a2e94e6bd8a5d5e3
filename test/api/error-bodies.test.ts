/**
 * Error answers in every shape a Light API (or something in front of it) may send: the docs' bare message, the
 * example app's `{ error: "…" }`, our sandbox's `{ error: { code, message } }`, `{ message }`, `{ detail }` and
 * plain text. The code always comes from the HTTP status; the body only gives the sentence.
 */
import { expect } from '@open-wc/testing';
import { getAccount } from '../../src/api/endpoints.js';
import { LightApiError, type LightErrorCode } from '../../src/api/errors.js';
import { LightClient } from '../../src/api/http.js';
import { recordingSleep, scriptedFetch, type Step } from '../support/fake-fetch.js';

async function failure(step: Step): Promise<LightApiError> {
  const client = new LightClient({
    tokenProvider: () => 'token-1',
    apiBase: 'https://api.example.test',
    // Retried statuses (5xx, 429) answer the same every time.
    fetch: scriptedFetch(step),
    sleep: recordingSleep(),
    random: () => 0.5,
    maxAttempts: 1,
  });
  const error = await getAccount(client).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(LightApiError);
  return error as LightApiError;
}

const MESSAGE = 'Cannot finalize enrollment';

/** The same message in each body shape. */
const SHAPES: Array<[string, (status: number) => Step]> = [
  ['a bare JSON string', (status) => ({ status, body: MESSAGE })],
  ['{ error: "…" }', (status) => ({ status, body: { error: MESSAGE } })],
  [
    '{ error: { code, message } }',
    (status) => ({ status, body: { error: { code: 'cannot_finalize', message: MESSAGE } } }),
  ],
  ['{ message }', (status) => ({ status, body: { message: MESSAGE } })],
  ['{ detail }', (status) => ({ status, body: { detail: MESSAGE } })],
  ['plain text', (status) => ({ status, raw: MESSAGE, headers: { 'Content-Type': 'text/plain' } })],
];

const STATUSES: Array<[number, LightErrorCode]> = [
  [400, 'validation'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [422, 'validation'],
  [429, 'rate_limited'],
  [500, 'server'],
  [503, 'server'],
];

describe('error bodies', () => {
  for (const [shape, step] of SHAPES) {
    it(`reads the message of ${shape}, with the code from the status`, async () => {
      for (const [status, code] of STATUSES) {
        const error = await failure(step(status));
        expect([error.status, error.code, error.message], `${shape} at ${status}`).to.deep.equal([
          status,
          code,
          MESSAGE,
        ]);
      }
    });
  }

  it('reads the docs example 422 exactly as the docs show it', async () => {
    const error = await failure({ status: 422, raw: '"Cannot finalize enrollment"' });
    expect([error.code, error.message, error.retryable]).to.deep.equal(['validation', MESSAGE, false]);
  });

  it('falls back to the status message for an empty body, an unreadable one, or one without a message', async () => {
    const fallback = (await failure({ status: 422 })).message;
    expect(fallback).to.not.equal('');
    for (const step of [
      { status: 422, raw: '   ' },
      { status: 422, body: {} },
      { status: 422, body: { error: { code: 'invalid' } } },
      { status: 422, body: 42 },
      { status: 422, body: null },
    ] satisfies Step[])
      expect((await failure(step)).message, JSON.stringify(step)).to.equal(fallback);
  });

  it('never shows markup or a long page as the message', async () => {
    const html = await failure({ status: 502, raw: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
    expect(html.code).to.equal('server');
    expect(html.message).to.not.contain('<');
    const long = await failure({ status: 500, raw: 'x'.repeat(1000) });
    expect(long.message).to.not.contain('xxxx');
  });

  it('still keeps the token out of a plain-text message', async () => {
    const error = await failure({ status: 400, raw: 'Bad token token-1 given' });
    expect(error.message).to.not.contain('token-1');
  });
});

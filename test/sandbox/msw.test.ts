import { expect } from '@open-wc/testing';
import { getResponse } from 'msw';
import { createSandbox } from '../../src/sandbox/index.js';
import { createHandlers } from '../../src/sandbox/msw.js';

describe('sandbox MSW handlers', () => {
  it('answer API requests from the sandbox and leave other URLs alone', async () => {
    const sandbox = createSandbox();
    const handlers = createHandlers(sandbox);
    const { token } = await sandbox.session('active').tokenProvider();
    const headers = { Authorization: `Bearer ${token}` };
    const response = await getResponse(handlers, new Request('https://api.light.dev/v1/account', { headers }));
    expect(response!.status).to.equal(200);
    expect((await response!.json()).status).to.equal('active');
    expect(await getResponse(handlers, new Request('https://example.com/v1/account', { headers }))).to.equal(undefined);
    expect(sandbox.requests.map((r) => r.route)).to.deep.equal(['account']);
  });

  it('turn a network fault into a network error response, and follow a custom base', async () => {
    const sandbox = createSandbox();
    sandbox.faults.add({ route: 'account', kind: 'network', times: 1 });
    const handlers = createHandlers(sandbox, { apiBase: 'http://localhost:8000/light/' });
    const response = await getResponse(handlers, new Request('http://localhost:8000/light/v1/account'));
    expect(response!.type).to.equal('error');
    const next = await getResponse(handlers, new Request('http://localhost:8000/light/v1/account'));
    expect(next!.status).to.equal(401);
  });
});

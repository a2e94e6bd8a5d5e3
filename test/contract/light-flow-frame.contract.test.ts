import { html } from '@open-wc/testing';
import type { FlowLogin, FlowScope } from '../../src/api/types.js';
import { coreMsg } from '../../src/core/messages.js';
import '../../src/elements/flow-frame/light-flow-frame.js';
import { flowMsg } from '../../src/elements/flow-frame/flow-frame.messages.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { runDataElementContract } from '../support/contract.js';

/**
 * A partner's flow provider: its backend asks the sandbox's app side for a flow-login link (so faults on that
 * route reach it) and passes failures on. The link is pointed at the stand-in flow page the test runner serves.
 */
function sandboxFlowProvider(setup: () => SandboxSetup) {
  return async (scope: FlowScope, options?: { signal?: AbortSignal }) => {
    const { sandbox, session } = setup();
    const response = await sandbox.fetch(`${sandbox.apiBase}/v1/app/accounts/${session.accountUuid}/flow-login`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.appToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ scope }),
      signal: options?.signal,
    });
    if (!response.ok) throw new Error(`flow-login answered ${response.status}`);
    const link = (await response.json()) as FlowLogin;
    const standIn = new URL(`/public/sandbox-flow.html?scope=${scope}`, location.href).href;
    return { login_link: standIn, expires_at: link.expires_at };
  };
}

runDataElementContract({
  tag: 'light-flow-frame',
  content: (setup) =>
    html`<light-flow-frame open scope="billing" .flowProvider=${sandboxFlowProvider(setup)}></light-flow-frame>`,
  scenario: 'active',
  route: 'app.flowLogin',
  ready: { shows: 'iframe:not(.concealed)' },
  // Axe also looks into the frame once it is there: hold the link long enough for it to judge the wait.
  loading: { shows: '[part~="loading"]', text: flowMsg('en', 'opening'), delayMs: 1500 },
  // Failures come from the partner's provider, and the frame says the link could not be made.
  failures: { text: flowMsg('en', 'providerBody'), code: 'auth', network: coreMsg('en', 'networkError') },
  states: ['data', 'loading', 'error and retry', '429 with Retry-After', '5xx', 'offline', 'malformed JSON'],
});

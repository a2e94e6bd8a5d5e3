import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { answerFlowStandIn, flowSteps } from '../../demo/flow-data.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** The stand-in page's shown step text, once it has loaded. */
const stepBody = (frame: HTMLIFrameElement) => frame.contentDocument?.getElementById('step-body')?.textContent ?? '';

/** The account's newest invoice, read the way the elements do (through the API), so the sandbox has it. */
async function newestInvoice(sandbox: ReturnType<typeof createSandbox>, token: string): Promise<string> {
  const response = await sandbox.fetch(`${sandbox.apiBase}/v1/account/billing/invoices?limit=1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { data } = (await response.json()) as { data: Array<{ number: string }> };
  return data[0].number;
}

describe('the demo’s stand-in for Light’s prebuilt flows', () => {
  it('shows the account’s own invoices, card and plan, not the example text', async () => {
    const sandbox = createSandbox({ seed: 3 });
    const session = sandbox.session('active');
    const number = await newestInvoice(sandbox, (await session.tokenProvider()).token);
    const account = sandbox.inspect(session.accountUuid);

    const billing = flowSteps(sandbox, session.accountUuid, 'billing')!;
    expect(billing[0][1]).to.contain(`Invoice ${number}`);
    expect(flowSteps(sandbox, session.accountUuid, 'update-payment-method')![0][1]).to.contain(
      `ending in ${account.card!.last4}`,
    );
    expect(flowSteps(sandbox, session.accountUuid, 'renewal')![0][1]).to.contain(
      account.locations[0].contracts.at(-1)!.plan.json.name,
    );
  });

  it('fills the framed page from the parent page that opened it', async () => {
    const sandbox = createSandbox({ seed: 3 });
    const session = sandbox.session('active');
    const number = await newestInvoice(sandbox, (await session.tokenProvider()).token);
    const stop = answerFlowStandIn(sandbox, session.accountUuid);
    try {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="flow" src="/public/sandbox-flow.html?scope=billing"></iframe>`,
      );
      await waitUntil(() => stepBody(frame).includes(number), 'the stand-in never showed the account’s invoice', {
        timeout: 5000,
      });
      expect(stepBody(frame)).not.to.contain('Invoice 1042');
      // Continue walks the account's steps: the newest invoice's charges.
      const charges = flowSteps(sandbox, session.accountUuid, 'billing')![1][1];
      frame.contentDocument!.getElementById('flow-next')!.click();
      await waitUntil(() => stepBody(frame) === charges, 'Continue did not show the account’s charges');
    } finally {
      stop();
    }
  });

  it('keeps its example steps when nobody answers (Storybook, other pages)', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="flow" src="/public/sandbox-flow.html?scope=billing"></iframe>`,
    );
    await waitUntil(() => stepBody(frame).includes('Invoice 1042'), 'the stand-in never rendered');
  });
});

import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { flowTitle, renderFlowBody, type FlowView } from '../../src/elements/flow-frame/flow-frame.templates.js';
import { DEFAULT_FRAME_ALLOW } from '../../src/elements/flow-frame/frame-allow.js';

const link = new URL('https://flow.example.com/login?token=secret');

function mount(over: Partial<FlowView> = {}) {
  const calls: string[] = [];
  const view: FlowView = {
    flow: { status: 'fetching' },
    attempt: 1,
    label: 'Your bills and payments',
    locale: 'en',
    closable: false,
    modal: false,
    provider: false,
    allow: DEFAULT_FRAME_ALLOW,
    retryable: false,
    onClose: () => calls.push('close'),
    onRetry: () => calls.push('retry'),
    onFrameLoad: () => calls.push('load'),
    ...over,
  };
  const box = document.createElement('div');
  render(renderFlowBody(view), box);
  return { box, calls };
}

describe('flow frame templates', () => {
  it('titles each scope, and an unknown one in general', () => {
    expect(flowTitle('billing', 'en')).to.equal('Your bills and payments');
    expect(flowTitle('other' as never, 'en')).to.equal('Your electricity account');
  });

  it('frames the link with the sandbox and policies, concealed while it loads', () => {
    const { box } = mount({ flow: { status: 'loading', link } });
    const frame = box.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal(link.href);
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox',
    );
    expect(frame.getAttribute('allow')).to.equal('camera; microphone; payment; encrypted-media');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin');
    expect(frame.title).to.equal('Your bills and payments');
    expect(frame.classList.contains('concealed')).to.equal(true);
    expect(box.querySelector('[part~="loading"]')).to.not.equal(null);
    const ready = mount({ flow: { status: 'ready', link } }).box;
    expect(ready.querySelector('iframe')!.classList.contains('concealed')).to.equal(false);
    expect(ready.querySelector('[part~="loading"]')).to.equal(null);
  });

  it("gives the frame the view's permissions policy", () => {
    const { box } = mount({ flow: { status: 'ready', link }, allow: "payment 'src'" });
    expect(box.querySelector('iframe')!.getAttribute('allow')).to.equal("payment 'src'");
    const none = mount({ flow: { status: 'ready', link }, allow: '' }).box;
    expect(none.querySelector('iframe')!.getAttribute('allow')).to.equal('');
  });

  it('offers Close while loading only in a modal without its own close button', () => {
    expect(mount().box.querySelector('[part~="loading-close"]')).to.equal(null);
    const { box, calls } = mount({ modal: true });
    box.querySelector<HTMLButtonElement>('[part~="loading-close"]')!.click();
    expect(calls).to.deep.equal(['close']);
    const closable = mount({ modal: true, closable: true }).box;
    expect(closable.querySelector('[part~="loading-close"]')).to.equal(null);
    expect(closable.querySelector('[part="close-button"]')).to.not.equal(null);
  });

  it('shows the new-tab link only after a load timeout, and a retry only when one could help', () => {
    const timeout = mount({ flow: { status: 'error', problem: 'timeout', link }, retryable: true, modal: true });
    const fallback = timeout.box.querySelector<HTMLAnchorElement>('[part="fallback-link"]')!;
    expect(fallback.href).to.equal(link.href);
    expect(fallback.rel).to.equal('noopener noreferrer');
    timeout.box.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(timeout.calls).to.deep.equal(['retry']);
    const refused = mount({ flow: { status: 'error', problem: 'refused' } }).box;
    expect(refused.querySelector('[part="fallback-link"]')).to.equal(null);
    expect(refused.querySelector('[part~="retry-button"]')).to.equal(null);
    expect(refused.querySelector('iframe')).to.equal(null);
    expect(refused.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('tells an expired link apart by whether a provider can replace it', () => {
    const text = (provider: boolean) =>
      mount({ flow: { status: 'error', problem: 'expired' }, provider }).box.querySelector('[part="error"]')!
        .textContent;
    expect(text(true)).to.not.equal(text(false));
  });
});

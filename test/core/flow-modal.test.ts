import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderFlowModal } from '../../src/core/flow-modal.js';

describe('renderFlowModal', () => {
  it('renders a modal flow frame for the scope, closable by button and Escape, with the provider and open state', () => {
    const box = document.createElement('div');
    const provider = async () => ({ login_link: 'https://example.com', expires_at: '2026-12-01T00:00:00Z' });
    const closes: Event[] = [];
    render(renderFlowModal({ scope: 'billing', provider, open: true, onClose: (e) => closes.push(e) }), box);
    const frame = box.querySelector('light-flow-frame') as HTMLElement & { flowProvider?: unknown };
    expect(frame.getAttribute('mode')).to.equal('modal');
    expect(frame.getAttribute('scope')).to.equal('billing');
    expect(frame.hasAttribute('closable') && frame.hasAttribute('close-on-escape')).to.equal(true);
    expect(frame.hasAttribute('open')).to.equal(true);
    expect(frame.flowProvider).to.equal(provider);
    frame.dispatchEvent(new CustomEvent('light-flow-close'));
    expect(closes.length).to.equal(1);
    render(renderFlowModal({ scope: 'billing', provider, open: false, onClose: () => undefined }), box);
    expect(frame.hasAttribute('open')).to.equal(false);
  });

  it('renders nothing without a provider', () => {
    const box = document.createElement('div');
    render(
      renderFlowModal({ scope: 'update-payment-method', provider: undefined, open: true, onClose: () => undefined }),
      box,
    );
    expect(box.querySelector('light-flow-frame')).to.equal(null);
  });
});

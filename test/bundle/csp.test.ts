import { expect, waitUntil } from '@open-wc/testing';

const TAGS = [
  'light-account-status',
  'light-address-search',
  'light-plan-card',
  'light-enrollment',
  'light-invoices',
  'light-payment-method',
  'light-billing-address',
  'light-usage-chart',
  'light-renewal',
  'light-documents',
  'light-flow-frame',
];

describe('under a strict Content-Security-Policy', function () {
  this.timeout(30_000);

  it('renders every element from the classic build with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/bundle/csp.html';
    frame.style.cssText = 'width: 1024px; height: 800px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'every element loaded', {
      timeout: 15_000,
    });

    const settled = (tag: string) => {
      const root = doc.querySelector(tag)!.shadowRoot;
      if (!root) return false;
      // The flow frame shows the flow's own page, not text of its own.
      if (tag === 'light-flow-frame') return !root.querySelector('[part~="loading"]') && !!root.querySelector('iframe');
      const busy = root.querySelector('[part~="skeleton"], .skeleton, [aria-busy="true"]');
      return !busy && (root.textContent ?? '').trim().length > 0;
    };
    await waitUntil(
      () => TAGS.every(settled),
      `elements still loading: ${TAGS.filter((t) => !settled(t)).join(', ')}`,
      {
        timeout: 20_000,
      },
    );
    for (const tag of TAGS.filter((t) => t !== 'light-flow-frame')) {
      const alert = doc.querySelector(tag)!.shadowRoot!.querySelector('[role="alert"]');
      expect(alert?.textContent ?? null, `${tag} shows no error`).to.equal(null);
    }
    // The chart's tooltip is positioned at run time: show it too.
    const plot = doc
      .querySelector('light-usage-chart')!
      .shadowRoot!.querySelector<HTMLElement>('[role="application"]')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await waitUntil(
      () => doc.querySelector('light-usage-chart')!.shadowRoot!.querySelector('[part~="tooltip"]'),
      'tooltip shown',
    );
    expect(win.__violations).to.deep.equal([]);
    frame.remove();
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { elementSettled, TAGS } from './page-elements.js';

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

    const settled = (tag: string) => elementSettled(doc, tag);
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

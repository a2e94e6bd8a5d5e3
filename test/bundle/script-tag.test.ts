import { expect, waitUntil } from '@open-wc/testing';

/** Loads a plain HTML page that uses the built script-tag bundle through one module script. */
async function loadPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('light-account-status'), 'bundle did not register elements', { timeout: 5000 });
  return win;
}

describe('script-tag bundle', () => {
  it('registers the elements and renders on a plain page with one script tag', async () => {
    const win = await loadPage('/test/bundle/script-tag.html');
    const el = win.document.querySelector('light-account-status')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no configuration state rendered');
    expect(el.shadowRoot!.textContent).to.contain('not set up yet');
    expect(win.customElements.get('light-provider')).to.exist;
  });
});

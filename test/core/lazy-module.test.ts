import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyModule } from '../../src/core/lazy-module.js';

class LazyHost extends LitElement {
  updates = 0;
  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('lazy-module-host', LazyHost);

/** Code an element fetches on first use. */
describe('LazyModule', () => {
  it('fetches on first ask, once, hands the module over, and updates the host', async () => {
    const host = await fixture<LazyHost>(html`<lazy-module-host></lazy-module-host>`);
    let fetches = 0;
    const seen: unknown[] = [];
    const lazy = new LazyModule(
      host,
      async () => ({ n: ++fetches }),
      (module) => seen.push(module),
    );
    const before = host.updates;
    expect(lazy.get()).to.equal(undefined);
    expect(lazy.pending).to.equal(true);
    expect(lazy.get()).to.equal(undefined);
    await waitUntil(() => lazy.get(), 'the module arrived');
    await host.updateComplete;
    expect(lazy.get()).to.deep.equal({ n: 1 });
    expect(await lazy.load()).to.equal(lazy.get());
    expect(fetches).to.equal(1);
    expect(seen).to.deep.equal([{ n: 1 }]);
    expect(host.updates).to.be.greaterThan(before);
  });

  it('offline, resolves undefined rather than throwing, and fetches again on the next ask', async () => {
    const host = await fixture<LazyHost>(html`<lazy-module-host></lazy-module-host>`);
    let fetches = 0;
    const lazy = new LazyModule(host, async () => {
      if (++fetches === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    expect(await lazy.load()).to.equal(undefined);
    expect(lazy.pending).to.equal(false);
    expect(await lazy.load()).to.deep.equal({ ok: true });
    expect(fetches).to.equal(2);
  });
});

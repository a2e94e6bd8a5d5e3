import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import { LazyViews, PlanCardsLoader } from '../../src/elements/enrollment/enrollment-loaders.js';

function host() {
  const world = { updates: 0, controllers: 0 };
  const stand: ReactiveControllerHost = {
    addController: () => void world.controllers++,
    removeController: () => undefined,
    requestUpdate: () => void world.updates++,
    updateComplete: Promise.resolve(true),
  };
  return { stand, world };
}

/** A module fetch the test settles. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('enrollment loaders', () => {
  describe('plan cards', () => {
    it('is ready at once when the cards are defined, fetching nothing', () => {
      const { stand, world } = host();
      let loads = 0;
      const cards = new PlanCardsLoader(stand, { defined: () => true, load: async () => void loads++ });
      expect(cards.ready()).to.equal(true);
      expect(loads).to.equal(0);
      expect(world.controllers).to.equal(1);
    });

    it('fetches the code once, and re-renders when it is here', async () => {
      const { stand, world } = host();
      let defined = false;
      let loads = 0;
      const fetch = deferred<unknown>();
      const cards = new PlanCardsLoader(stand, { defined: () => defined, load: () => (loads++, fetch.promise) });
      expect(cards.ready()).to.equal(false);
      expect(cards.ready()).to.equal(false);
      expect(loads).to.equal(1);
      defined = true;
      fetch.resolve(undefined);
      await settle();
      expect(world.updates).to.equal(1);
      expect(cards.ready()).to.equal(true);
    });

    it('says when the code could not load, and fetches it again on retry', async () => {
      const { stand, world } = host();
      let loads = 0;
      const cards = new PlanCardsLoader(stand, {
        defined: () => false,
        load: () => (loads++, Promise.reject(new TypeError('Failed to fetch'))),
      });
      cards.ready();
      await settle();
      expect(cards.error).to.be.instanceOf(LightApiError);
      expect(cards.error!.code).to.equal('network');
      expect(cards.ready()).to.equal(false);
      expect(loads).to.equal(1);
      cards.retry();
      expect(cards.error).to.equal(null);
      expect(world.updates).to.equal(2);
      cards.ready();
      expect(loads).to.equal(2);
    });
  });

  describe('lazy views', () => {
    const views = { renderDone: () => 'done' };

    it('starts fetching when asked for views it does not have yet, then gives them', async () => {
      const { stand, world } = host();
      let loads = 0;
      const lazy = new LazyViews(stand, async () => (loads++, views));
      expect(lazy.get()).to.equal(undefined);
      expect(lazy.get()).to.equal(undefined);
      expect(loads).to.equal(1);
      await settle();
      expect(world.updates).to.equal(1);
      expect(lazy.get()).to.equal(views);
      expect(loads).to.equal(1);
    });

    it('fetches once however often it is loaded', async () => {
      const { stand } = host();
      let loads = 0;
      const lazy = new LazyViews(stand, async () => (loads++, views));
      lazy.load();
      lazy.load();
      await settle();
      lazy.load();
      expect(loads).to.equal(1);
    });

    it('fetches again after a failure', async () => {
      const { stand } = host();
      let loads = 0;
      const lazy = new LazyViews(stand, () => (loads++, Promise.reject(new TypeError('offline'))));
      lazy.load();
      await settle();
      lazy.load();
      expect(loads).to.equal(2);
    });
  });
});

import { expect, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LightApiError } from '../../src/api/errors.js';
import type { LightClient } from '../../src/api/http.js';
import { EnrollmentOffers, type PlansProvider } from '../../src/elements/enrollment/enrollment-offers.js';

/** Offers on a stand-in host; plans come from a provider, so no client request is made. */
function setup(provider: PlansProvider) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  const world = { esiId: 'esi-1' as string | undefined };
  const offers = new EnrollmentOffers(host, {
    client: () => ({}) as LightClient,
    esiId: () => world.esiId,
    provider: () => provider,
    lookupEsiId: () => undefined,
  });
  return { offers, controllers, world };
}

const provided = (...plans: Array<[string, number]>) => {
  const calls: string[] = [];
  const provider: PlansProvider = async (esiId) => {
    calls.push(esiId);
    return { plans: plans.map(([uuid, average_price_1000_cents]) => ({ uuid, name: uuid, average_price_1000_cents })) };
  };
  return { provider, calls };
};

describe('enrollment offers', () => {
  it('gives its host the two requests and the plan cards', () => {
    const { offers, controllers } = setup(provided().provider);
    expect(controllers).to.include(offers.plans);
    expect(controllers).to.include(offers.lookup);
    expect(controllers).to.include(offers.cards);
  });

  it('loads the plans for the confirmed address, cheapest first', async () => {
    const { provider, calls } = provided(['dear', 20], ['cheap', 10]);
    const { offers } = setup(provider);
    offers.load();
    const plans = await offers.plans.taskComplete;
    expect(plans!.map((p) => p.uuid)).to.deep.equal(['cheap', 'dear']);
    expect(calls).to.deep.equal(['esi-1']);
  });

  it("fetches the later steps' views when a later step asks for them first, showing the wait meanwhile", async () => {
    const { offers } = setup(provided().provider);
    const seen: unknown[] = [];
    const render = (views: unknown) => (seen.push(views), html`<p>identity</p>`);
    offers.later('en', 'identity', render);
    expect(seen).to.have.length(0);
    await waitUntil(() => offers.laterViews, 'the views were never fetched');
    offers.later('en', 'identity', render);
    expect(seen).to.deep.equal([offers.laterViews]);
    expect(typeof offers.laterViews!.renderIdentity).to.equal('function');
  });

  it('asks for the plans on entering the plan step only the first time', async () => {
    const { provider, calls } = provided(['a', 10]);
    const { offers } = setup(provider);
    offers.enterPlans();
    await offers.plans.taskComplete;
    offers.enterPlans();
    await offers.plans.taskComplete;
    expect(calls.length).to.equal(1);
  });

  it('offers no plans without an address', async () => {
    const { provider, calls } = provided(['a', 10]);
    const { offers, world } = setup(provider);
    world.esiId = undefined;
    offers.load();
    expect(await offers.plans.taskComplete).to.equal(null);
    expect(calls).to.deep.equal([]);
  });

  it('gives the preselected plan once, if offered', async () => {
    const { offers } = setup(provided(['a', 10], ['b', 20]).provider);
    expect(offers.preset('b')).to.equal(undefined);
    offers.load();
    await offers.plans.taskComplete;
    expect(offers.preset('b')?.uuid).to.equal('b');
    expect(offers.preset('b')).to.equal(undefined);
  });

  it('asks only once even when the preselected plan is not offered', async () => {
    const { offers } = setup(provided(['a', 10]).provider);
    offers.load();
    await offers.plans.taskComplete;
    expect(offers.preset('gone')).to.equal(undefined);
    expect(offers.preset('a')).to.equal(undefined);
  });

  it('shows the lookup as pending until it completes', () => {
    const { offers } = setup(provided().provider);
    expect(offers.lookupState).to.equal('pending');
  });

  it('hands the plan step its requests and retries', async () => {
    const { provider, calls } = provided(['a', 10]);
    const { offers } = setup(provider);
    const view = offers.view();
    expect(view.plans).to.equal(offers.plans);
    expect(view.cardsError).to.equal(null);
    view.onRetryPlans();
    await offers.plans.taskComplete;
    expect(calls.length).to.equal(1);
    expect(view.onRetryCards).to.equal(offers.cards.retry);
  });

  it('keeps a failed plans request for the step to show', async () => {
    const { offers } = setup(() => Promise.reject(new LightApiError('network', 'offline')));
    offers.load();
    await offers.plans.taskComplete.catch(() => undefined);
    expect(offers.plans.error).to.be.instanceOf(LightApiError);
  });
});

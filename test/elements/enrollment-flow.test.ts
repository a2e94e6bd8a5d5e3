import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { enrollmentSnapshot } from '../support/enrollment-snapshot.js';
import {
  EnrollmentFlow,
  type EnrollmentStepDetail,
  stepDetail,
} from '../../src/elements/enrollment/enrollment-flow.js';
import type { EnrollmentSnapshot, PageProgress, Stage } from '../../src/elements/enrollment/enrollment-steps.js';

const snapshot = enrollmentSnapshot;

/** A flow on a stand-in host: the test plays the element's update cycle. */
function setup(initial: { account?: EnrollmentSnapshot; noHistory?: boolean } = {}) {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const world = {
    account: 'account' in initial ? initial.account : snapshot(),
    page: { addressConfirmed: false, planChosen: false, creditSubmitted: false } as PageProgress,
    noHistory: initial.noHistory ?? true,
    entered: [] as Array<[Stage, Stage | null]>,
    events: [] as EnrollmentStepDetail[],
    focused: 0,
  };
  const heading = { focus: () => void world.focused++ } as unknown as HTMLElement;
  const target = document.createElement('div');
  target.textContent = 'steps';
  document.body.append(target);
  const flow = new EnrollmentFlow(host, {
    account: () => world.account,
    progress: () => world.page,
    noHistory: () => world.noHistory,
    enter: (stage, left) => world.entered.push([stage, left]),
    emit: (detail) => world.events.push(detail),
    heading: () => heading,
    target: () => target,
  });
  const cycle = () => {
    flow.update();
    flow.updated();
  };
  return { flow, controllers, world, cycle, target, updates: () => updates };
}

describe('enrollment flow', () => {
  let saved: unknown;
  beforeEach(() => {
    saved = history.state;
  });
  afterEach(() => {
    history.replaceState(saved, '');
  });

  it('registers itself with its host', () => {
    const { flow, controllers } = setup();
    expect(controllers).to.deep.equal([flow]);
  });

  it('has no stage while the account loads', () => {
    const { flow, world, cycle } = setup({ account: undefined });
    expect(flow.stage).to.equal(null);
    expect(flow.current).to.equal(null);
    cycle();
    expect(world.entered).to.deep.equal([]);
    expect(world.events).to.deep.equal([]);
  });

  it('derives the stage from the account and the page', () => {
    const { flow, world } = setup();
    expect(flow.stage).to.equal('address');
    world.page = { ...world.page, addressConfirmed: true };
    expect(flow.stage).to.equal('plan');
    world.account = snapshot({ has_accepted_plan: true });
    expect(flow.stage).to.equal('identity');
  });

  it('enters each new stage once, saying which stage it leaves', () => {
    const { world, cycle } = setup();
    cycle();
    cycle();
    world.page = { ...world.page, addressConfirmed: true };
    cycle();
    expect(world.entered).to.deep.equal([
      ['address', null],
      ['plan', 'address'],
    ]);
  });

  it('announces each stage shown once, numbered among seven, the confirmation at the total (never past it)', () => {
    const { world, cycle } = setup();
    cycle();
    cycle();
    world.account = snapshot({ is_enrollment_finalized: true });
    cycle();
    expect(world.events).to.deep.equal([
      { step: 'address', index: 1, total: 7 },
      { step: 'done', index: 7, total: 7 },
    ]);
    expect(stepDetail('done')).to.deep.equal({ step: 'done', index: 7, total: 7 });
    expect(stepDetail('review')).to.deep.equal({ step: 'review', index: 7, total: 7 });
  });

  it('announces nothing while its element is hidden or off the page, and the stage once it comes into view', async () => {
    const { world, cycle, target, updates } = setup({ account: snapshot({ is_enrollment_finalized: true }) });
    target.hidden = true;
    cycle();
    target.remove();
    cycle();
    expect(world.events, 'hidden, then not on the page').to.deep.equal([]);
    const wrapper = document.createElement('section');
    wrapper.style.display = 'none';
    wrapper.append(target);
    target.hidden = false;
    document.body.append(wrapper);
    cycle();
    expect(world.events, 'inside a display: none ancestor').to.deep.equal([]);
    const before = updates();
    wrapper.style.display = '';
    await waitUntil(() => updates() > before, 'coming into view asks for an update');
    cycle();
    expect(world.events).to.deep.equal([{ step: 'done', index: 7, total: 7 }]);
    wrapper.remove();
  });

  it('opens a step other than the current one for review, and the current one as itself', () => {
    const { flow, world, updates } = setup({ account: snapshot({ has_accepted_plan: true }) });
    world.page = { addressConfirmed: true, planChosen: true, creditSubmitted: false };
    flow.open('address');
    expect(flow.viewing).to.equal('address');
    expect(flow.stage).to.equal('address');
    expect(updates()).to.equal(1);
    flow.open('identity');
    expect(flow.viewing).to.equal(null);
    expect(flow.stage).to.equal('identity');
    expect(updates()).to.equal(2);
  });

  it('asks for an update only when the step viewed changes', () => {
    const { flow, updates } = setup();
    flow.viewing = null;
    expect(updates()).to.equal(0);
    flow.viewing = 'plan';
    flow.viewing = 'plan';
    expect(updates()).to.equal(1);
  });

  it('focuses the heading only after the customer moved, once', () => {
    const { flow, world, cycle } = setup();
    cycle();
    expect(world.focused).to.equal(0);
    world.page = { ...world.page, addressConfirmed: true };
    flow.moved();
    cycle();
    expect(world.focused).to.equal(1);
    world.page = { ...world.page, planChosen: true };
    cycle();
    expect(world.focused).to.equal(1);
  });

  it('takes over the history entry for a step reached while loading, and adds one per customer move', () => {
    const { flow, world, cycle } = setup({ noHistory: false });
    // Counted at pushState: history.length stops growing at 50 entries, which a long test page reaches.
    const pushed: unknown[] = [];
    const pushState = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      pushed.push(args[0]);
      return pushState.apply(this, args);
    };
    try {
      history.replaceState({ partner: 1 }, '');
      cycle();
      expect(history.state).to.deep.equal({ partner: 1, lightEnrollment: 'address' });
      expect(pushed).to.have.length(0);
      world.page = { ...world.page, addressConfirmed: true };
      flow.moved();
      cycle();
      expect(history.state).to.deep.equal({ partner: 1, lightEnrollment: 'plan' });
      expect(pushed).to.deep.equal([{ partner: 1, lightEnrollment: 'plan' }]);
    } finally {
      history.pushState = pushState;
    }
  });

  it('leaves history alone with no-history', () => {
    const { world, flow, cycle } = setup({ noHistory: true });
    history.replaceState({ partner: 2 }, '');
    cycle();
    world.page = { ...world.page, addressConfirmed: true };
    flow.moved();
    cycle();
    expect(history.state).to.deep.equal({ partner: 2 });
  });

  describe('Back and Forward', () => {
    const pop = (state: unknown) => window.dispatchEvent(new PopStateEvent('popstate', { state }));

    it('listens only while connected', () => {
      const { flow, controllers } = setup({ account: snapshot({ has_accepted_plan: true }) });
      pop({ lightEnrollment: 'terms' });
      expect(flow.viewing).to.equal(null);
      controllers[0].hostConnected!();
      pop({ lightEnrollment: 'terms' });
      expect(flow.viewing).to.equal('terms');
      controllers[0].hostDisconnected!();
      flow.viewing = null;
      pop({ lightEnrollment: 'terms' });
      expect(flow.viewing).to.equal(null);
    });

    it('reviews a completed step, returns to the current one, and ignores steps not done', () => {
      const { flow, controllers, world } = setup({ account: snapshot({ has_accepted_plan: true }) });
      controllers[0].hostConnected!();
      pop({ lightEnrollment: 'plan' });
      expect(flow.stage).to.equal('plan');
      pop({ lightEnrollment: 'identity' });
      expect(flow.viewing).to.equal(null);
      pop({ lightEnrollment: 'plan' });
      pop({ lightEnrollment: 'payment' });
      expect(flow.viewing).to.equal(null);
      world.page = { ...world.page, creditSubmitted: true };
      pop({ lightEnrollment: 'credit' });
      expect(flow.viewing).to.equal('credit');
      controllers[0].hostDisconnected!();
    });

    it('ignores entries that are not its own, the confirmation, and pops while loading', () => {
      const { flow, controllers, world } = setup({ account: snapshot({ has_accepted_plan: true }) });
      controllers[0].hostConnected!();
      pop(null);
      pop({ other: 'x' });
      pop({ lightEnrollment: 'done' });
      expect(flow.viewing).to.equal(null);
      world.account = undefined;
      pop({ lightEnrollment: 'plan' });
      expect(flow.viewing).to.equal(null);
      controllers[0].hostDisconnected!();
    });

    it('adds no history entry for the step Back or Forward shows', () => {
      const { flow, controllers, world, cycle } = setup({
        account: snapshot({ has_accepted_plan: true }),
        noHistory: false,
      });
      controllers[0].hostConnected!();
      cycle();
      const length = history.length;
      history.replaceState({ lightEnrollment: 'identity' }, '');
      pop({ lightEnrollment: 'plan' });
      cycle();
      expect(world.events.map((e) => e.step)).to.deep.equal(['identity', 'plan']);
      expect(history.state).to.deep.equal({ lightEnrollment: 'identity' });
      expect(history.length).to.equal(length);
      expect(flow.stage).to.equal('plan');
      controllers[0].hostDisconnected!();
    });
  });
});
